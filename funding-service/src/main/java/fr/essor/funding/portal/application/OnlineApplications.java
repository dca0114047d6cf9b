package fr.essor.funding.portal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import fr.essor.funding.aaa.application.ApplicationIntake;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationForm;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.aaa.domain.Channel;
import fr.essor.funding.aaa.domain.ProjectTitles;
import fr.essor.funding.portal.domain.ApplicationDraft;
import fr.essor.funding.portal.domain.DraftFields;
import fr.essor.funding.portal.domain.OrganisationLink;
import fr.essor.funding.portal.domain.PortalOutcome;
import fr.essor.kit.security.Actor;

/**
 * Applying online: an applicant starts a draft for an organisation it acts for and an open call, saves it at each
 * step, and submits it, which makes it an application of the Appel à Agir through {@link ApplicationIntake} (the same
 * rules, aggregate, events and instruction list as an agent's entry; channel ONLINE). A draft is its owner's only.
 */
public class OnlineApplications {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ApplicationDrafts drafts;
    private final OrganisationLinks links;
    private final Calls calls;
    private final Applications applications;
    private final ApplicationIntake intake;
    private final Clock clock;

    public OnlineApplications(ApplicationDrafts drafts, OrganisationLinks links, Calls calls,
                              Applications applications, ApplicationIntake intake, Clock clock) {
        this.drafts = drafts;
        this.links = links;
        this.calls = calls;
        this.applications = applications;
        this.intake = intake;
        this.clock = clock;
    }

    /** What submitting a draft gave. */
    public sealed interface Submission {
    }

    public record Submitted(Application application) implements Submission {
    }

    public record Refused(ApplicationOutcome outcome) implements Submission {
    }

    public record NotPossible(PortalOutcome<ApplicationDraft> reason) implements Submission {
    }

    /** The calls open to applications today, newest first. */
    public List<Call> openCalls() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PARIS);
        return calls.all().stream().filter(call -> call.isOpenOn(today)).toList();
    }

    /** Starts a draft; empty when the account does not act for the organisation or the call is not open. */
    public PortalOutcome<ApplicationDraft> start(Actor applicant, String organisationId, int callYear) {
        Optional<OrganisationLink> link = links.find(OrganisationLink.idOf(applicant.username(),
                organisationId == null ? "" : organisationId)).filter(OrganisationLink::confirmed);
        if (link.isEmpty()) {
            return new PortalOutcome.Invalid<>("organisationId", "organisation.notLinked",
                    "Choisissez une de vos structures dont le rattachement est confirmé.");
        }
        if (openCalls().stream().noneMatch(call -> call.year() == callYear)) {
            return new PortalOutcome.Invalid<>("callYear", "call.notOpen",
                    "Choisissez un appel ouvert aux candidatures.");
        }
        ApplicationDraft draft = ApplicationDraft.start(drafts.nextId(), applicant.username(), organisationId,
                link.get().organisationName(), callYear, clock.instant());
        drafts.add(draft);
        return new PortalOutcome.Changed<>(draft);
    }

    /** The account's own draft; another account's draft is not found. */
    public Optional<ApplicationDraft> draft(Actor applicant, String draftId) {
        return drafts.findDraft(draftId).filter(draft -> draft.account().equals(applicant.username()));
    }

    public List<ApplicationDraft> drafts(Actor applicant) {
        return drafts.draftsOf(applicant.username());
    }

    /** Keeps what was typed; empty when the draft is not the account's. */
    public Optional<PortalOutcome<ApplicationDraft>> save(Actor applicant, String draftId, DraftFields fields) {
        return draft(applicant, draftId).map(draft -> {
            PortalOutcome<ApplicationDraft> outcome = draft.save(fields, applicant.username(), clock.instant());
            if (outcome instanceof PortalOutcome.Changed<ApplicationDraft> changed) {
                drafts.save(changed.state(), draft.version());
            }
            return outcome;
        });
    }

    /**
     * Submits the account's draft as it is saved, read as {@code form}: checked against the call's rules by the intake.
     * A submission repeated after a failure between the two writes finds the application it already made (same
     * organisation, call and title, submitted online by this account) instead of making a second one.
     */
    public Optional<Submission> submit(Actor applicant, String draftId, ApplicationForm form) {
        Optional<ApplicationDraft> found = draft(applicant, draftId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApplicationDraft draft = found.get();
        if (draft.submitted()) {
            return Optional.of(new NotPossible(draft.save(draft.fields(), applicant.username(), clock.instant())));
        }
        if (!links.find(OrganisationLink.idOf(applicant.username(), draft.organisationId()))
                .map(OrganisationLink::confirmed).orElse(false)) {
            return Optional.of(new NotPossible(new PortalOutcome.NotAllowedNow<>("organisation.notLinked",
                    "Le rattachement de votre compte à cette structure n'est plus confirmé.")));
        }
        Optional<Application> earlier = calls.find(draft.callYear()).flatMap(call -> applications.findSameProject(
                        call.id(), draft.organisationId(), ProjectTitles.normalise(form.title())))
                .flatMap(applications::find)
                .filter(a -> a.channel() == Channel.ONLINE && applicant.username().equals(a.submittedBy()));
        Application application;
        if (earlier.isPresent()) {
            application = earlier.get();
        } else {
            ApplicationIntake.Result result = intake.submitOnline(draft.callYear(), draft.organisationId(), form,
                    applicant);
            if (!(result instanceof ApplicationIntake.Done done)) {
                return Optional.of(new NotPossible(new PortalOutcome.NotAllowedNow<>("call.unknown",
                        "Cet appel n'existe plus.")));
            }
            if (!(done.outcome() instanceof ApplicationOutcome.Changed changed)) {
                return Optional.of(new Refused(done.outcome()));
            }
            application = changed.application();
        }
        if (draft.submittedAs(application.id(), applicant.username(), clock.instant())
                instanceof PortalOutcome.Changed<ApplicationDraft> changed) {
            drafts.save(changed.state(), draft.version());
        }
        return Optional.of(new Submitted(application));
    }
}
