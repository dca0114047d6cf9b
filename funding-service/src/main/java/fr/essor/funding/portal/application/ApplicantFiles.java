package fr.essor.funding.portal.application;

import java.util.List;
import java.util.Optional;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.kit.security.Actor;

/** The applications an applicant follows: those of the organisations its account is confirmed for, and no other. */
public class ApplicantFiles {

    private final Applications applications;
    private final ApplicantLinks links;

    public ApplicantFiles(Applications applications, ApplicantLinks links) {
        this.applications = applications;
        this.links = links;
    }

    public sealed interface Access {
    }

    public record Granted(Application application) implements Access {
    }

    /** The file exists but is another organisation's. */
    public record Refused() implements Access {
    }

    public record Unknown() implements Access {
    }

    public List<Application> mine(Actor applicant) {
        return applications.forOrganisations(links.confirmedOrganisations(applicant));
    }

    public Access file(Actor applicant, String applicationId) {
        Optional<Application> application = applications.find(applicationId);
        if (application.isEmpty()) {
            return new Unknown();
        }
        return links.actsFor(applicant, application.get().details().organisationId())
                ? new Granted(application.get()) : new Refused();
    }
}
