package fr.essor.funding.organisations.application;

import fr.essor.funding.aaa.application.ApplicationFilter;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.cpo.application.Cpos;
import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.funding.guarantees.application.LoanGuarantees;
import fr.essor.funding.guarantees.domain.LoanGuarantee;
import fr.essor.funding.organisations.domain.DoubleFunding;
import fr.essor.funding.organisations.domain.FundedProject;
import fr.essor.funding.scic.application.ScicStakes;
import fr.essor.funding.scic.domain.ScicStake;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Organisation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the Département does with one organisation, across directorates: its Appel à Agir applications and
 * grants, its multi-year objectives agreements (CPO), its SCIC stake, the loans it guarantees and the exposure, and
 * the projects that look funded twice (a CPO, decided by deliberation, counts as funded for its years).
 */
public class OrganisationOverview {

    private static final Set<ApplicationStatus> FUNDED = EnumSet.of(ApplicationStatus.GRANTED,
            ApplicationStatus.AGREEMENT_SIGNED, ApplicationStatus.IN_PAYMENT, ApplicationStatus.SETTLED);
    private static final Set<ApplicationStatus> NOT_FUNDED = EnumSet.of(ApplicationStatus.INADMISSIBLE,
            ApplicationStatus.REFUSED);

    private final Organisations organisations;
    private final Calls calls;
    private final Applications applications;
    private final ScicStakes stakes;
    private final LoanGuarantees guarantees;
    private final Cpos cpos;

    public OrganisationOverview(Organisations organisations, Calls calls, Applications applications,
                                ScicStakes stakes, LoanGuarantees guarantees, Cpos cpos) {
        this.organisations = organisations;
        this.calls = calls;
        this.applications = applications;
        this.stakes = stakes;
        this.guarantees = guarantees;
        this.cpos = cpos;
    }

    public record Overview(Organisation organisation, List<Application> applications, BigDecimal totalGranted,
                           List<Cpo> cpos, BigDecimal totalCpo, List<ScicStake> stakes, List<LoanGuarantee> guarantees, BigDecimal totalExposure,
                           List<DoubleFunding.Warning> doubleFunding) {
    }

    /** The organisation's overview by its SIRET or RNA; empty when the registry does not know it. */
    public Optional<Overview> of(String siretOrRna) {
        return organisations.findByIdentifier(siretOrRna).map(this::overview);
    }

    private Overview overview(Organisation organisation) {
        // the Appel à Agir stores applications per edition: read each edition's (a few hundred a year)
        List<Application> own = calls.all().stream()
                .flatMap(call -> applications.list(call.year(), ApplicationFilter.any()).stream())
                .filter(a -> organisation.id().equals(a.details().organisationId()))
                .sorted(Comparator.comparing(Application::callYear).reversed().thenComparing(Application::id))
                .toList();
        BigDecimal granted = own.stream().filter(a -> FUNDED.contains(a.status()))
                .flatMap(a -> a.decision().stream()).map(d -> d.amount() == null ? BigDecimal.ZERO : d.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Cpo> agreements = cpos.ofOrganisation(organisation.id());
        BigDecimal committed = agreements.stream().map(c -> c.terms().total()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        List<FundedProject> projects = Stream.concat(own.stream().filter(a -> !NOT_FUNDED.contains(a.status()))
                .map(a -> new FundedProject(a.id(), a.details().title(), a.callYear(),
                        a.callYear() + a.details().durationYears() - 1, FUNDED.contains(a.status()))),
                agreements.stream().map(c -> new FundedProject(c.id(), c.terms().title(), c.terms().fromYear(),
                        c.terms().toYear(), true))).toList();
        List<LoanGuarantee> guaranteed = guarantees.ofOrganisation(organisation.id());
        return new Overview(organisation, own, granted, agreements, committed,
                stakes.ofOrganisation(organisation.id()), guaranteed, LoanGuarantee.totalExposure(guaranteed),
                DoubleFunding.find(projects));
    }
}
