package fr.essor.funding.opendata.application;

import fr.essor.funding.aaa.application.ApplicationFilter;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.grants.application.GrantFiles;
import fr.essor.funding.grants.domain.GrantFile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The granted applications as SCDL « subventions » rows: every edition, or one. */
public class SubventionsExport {

    private static final EnumSet<ApplicationStatus> GRANTED = EnumSet.of(ApplicationStatus.GRANTED,
            ApplicationStatus.AGREEMENT_SIGNED, ApplicationStatus.IN_PAYMENT, ApplicationStatus.SETTLED);

    private final Calls calls;
    private final Applications applications;
    private final GrantFiles files;
    private final String grantorName;
    private final String grantorSiret;

    public SubventionsExport(Calls calls, Applications applications, GrantFiles files, String grantorName,
                             String grantorSiret) {
        this.calls = calls;
        this.applications = applications;
        this.files = files;
        this.grantorName = grantorName;
        this.grantorSiret = grantorSiret;
    }

    /** @param year the edition, or {@code null} for all */
    public List<ScdlSubvention> rows(Integer year) {
        List<ScdlSubvention> rows = new ArrayList<>();
        for (Call call : calls.all().reversed()) {
            if (year != null && call.year() != year) {
                continue;
            }
            for (ApplicationStatus status : GRANTED) {
                for (Application application : applications.list(call.year(), new ApplicationFilter(status, null,
                        null, null))) {
                    Optional<GrantFile> file = files.find(application.id()).or(() -> GrantFile.drawUp(application));
                    file.ifPresent(f -> rows.add(ScdlSubvention.of(application, f, grantorName, grantorSiret)));
                }
            }
        }
        return rows;
    }
}
