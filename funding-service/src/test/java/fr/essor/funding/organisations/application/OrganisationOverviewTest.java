package fr.essor.funding.organisations.application;

import fr.essor.funding.aaa.application.ApplicationFilter;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationDetails;
import fr.essor.funding.aaa.domain.ApplicationEvent;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.aaa.domain.CallDefinition;
import fr.essor.funding.aaa.domain.Channel;
import fr.essor.funding.aaa.domain.Decision;
import fr.essor.funding.aaa.domain.RequestedAmounts;
import fr.essor.funding.aaa.domain.ScoringGrid;
import fr.essor.funding.aaa.domain.Agent;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.funding.cpo.application.Cpos;
import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.funding.cpo.domain.CpoEvent;
import fr.essor.funding.cpo.domain.CpoOutcome;
import fr.essor.funding.cpo.domain.CpoTerms;
import fr.essor.funding.cpo.domain.Objective;
import fr.essor.funding.cpo.domain.YearlyAmount;
import fr.essor.funding.guarantees.application.LoanGuarantees;
import fr.essor.funding.guarantees.domain.GuaranteeTerms;
import fr.essor.funding.guarantees.domain.LoanGuarantee;
import fr.essor.funding.guarantees.domain.LoanGuaranteeGranted;
import fr.essor.funding.scic.application.ScicStakes;
import fr.essor.funding.scic.domain.ScicStake;
import fr.essor.funding.scic.domain.ScicStakeEvent;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.kit.organisations.domain.OrganisationQuery;
import fr.essor.kit.organisations.domain.OrganisationRegistered;
import fr.essor.kit.organisations.domain.OrganisationUpdated;
import fr.essor.kit.organisations.domain.Siret;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Territory;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation's overview reads the Appel à Agir through its application layer, and the portfolio's stores. */
class OrganisationOverviewTest {

    static final String SIRET = Sirets.next();
    static final Instant AT = Instant.parse("2026-06-30T08:00:00Z");
    static final Commune SAINT_DENIS = new Commune("93066", "Saint-Denis", new Territory("T6", "Plaine Commune"));

    static Application application(String id, int year, String organisation, String title, int duration,
                                   ApplicationStatus status, String granted) {
        ApplicationDetails details = new ApplicationDetails(organisation, "Vélos du Canal", title, "Résumé",
                "Réemploi", new RequestedAmounts(new BigDecimal("20000"), null, null, null), duration,
                List.of(SAINT_DENIS), false, new BigDecimal("50000"), false);
        Decision decision = granted == null ? null : new Decision(true, new BigDecimal(granted), "Utile",
                "CD-" + year, LocalDate.of(year, 5, 12));
        return new Application(id, "AAA-" + year, year, details, Channel.AGENT, null, status, null, List.of(),
                List.of(), List.of(), List.of(), decision, List.of(), List.of(), 5, AT, "dmta", AT, "dmta");
    }

    static Call call(int year) {
        return new Call(new CallDefinition(year, "Appel à Agir " + year, List.of("Réemploi"), BigDecimal.TEN,
                BigDecimal.TEN, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 1), true, new ScoringGrid(List.of()),
                Map.of()), 1, AT, "dmta", AT, "dmta");
    }

    @Test
    void itGathersTheOrganisationsGrantsStakeAndGuaranteesAndWarnsOfTheSameProjectFundedTwice() {
        List<Application> stored = List.of(
                application("AAA-2025-0001", 2025, SIRET, "L'atelier vélo solidaire", 2, ApplicationStatus.GRANTED,
                        "15000"),
                application("AAA-2026-0004", 2026, SIRET, "Atelier vélo solidaire (suite)", 1,
                        ApplicationStatus.IN_PAYMENT, "12000.50"),
                application("AAA-2026-0005", 2026, SIRET, "Jardin partagé", 1, ApplicationStatus.REFUSED, null),
                application("AAA-2026-0006", 2026, "98765432100017", "Atelier vélo solidaire", 1,
                        ApplicationStatus.GRANTED, "9000"));
        LoanGuarantee guarantee = ((LoanGuarantee.Granted) LoanGuarantee.grant("GAR-2026-0001",
                new GuaranteeTerms(SIRET, "Vélos du Canal", "T6", "Crédit Coopératif", new BigDecimal("200000"),
                        new BigDecimal("50"), 84, LocalDate.of(2026, 6, 30), "CD-2026-06-25-0140", null), "sens",
                AT)).guarantee();
        OrganisationOverview overview = new OrganisationOverview(new OneOrganisation(),
                new FixedCalls(List.of(call(2026), call(2025))), new FixedApplications(stored), new NoStakes(),
                new FixedGuarantees(List.of(guarantee)), new FixedCpos(List.of()));

        OrganisationOverview.Overview o = overview.of(SIRET).orElseThrow();

        assertThat(o.applications()).extracting(Application::id).containsExactly("AAA-2026-0004", "AAA-2026-0005",
                "AAA-2025-0001");
        assertThat(o.totalGranted()).isEqualByComparingTo("27000.50");
        assertThat(o.totalExposure()).isEqualByComparingTo("100000.00");
        assertThat(o.doubleFunding()).singleElement().satisfies(w -> {
            assertThat(w.bothFunded()).isTrue();
            assertThat(List.of(w.first().reference(), w.second().reference()))
                    .containsExactlyInAnyOrder("AAA-2025-0001", "AAA-2026-0004");
        });
        assertThat(overview.of("98765432100099")).isEmpty();
    }

    static Cpo cpo(String id, String organisation, String title, int fromYear, String... yearly) {
        List<YearlyAmount> years = new java.util.ArrayList<>();
        for (int i = 0; i < yearly.length; i++) {
            years.add(new YearlyAmount(fromYear + i, new BigDecimal(yearly[i]), BigDecimal.ZERO));
        }
        CpoOutcome drawn = Cpo.draw(id, new CpoTerms(organisation, "Vélos du Canal", "T6", Directorate.DIEESS, title,
                List.of(new Objective("Vélos réparés", "Vélos par an", "500")), years, "CD-2025-12-11-0300",
                LocalDate.of(2025, 12, 11)), LocalDate.of(2026, 6, 30), new Agent("sens", Set.of(Directorate.DIEESS),
                false, null), AT);
        return ((CpoOutcome.Changed) drawn).cpo();
    }

    @Test
    void itListsTheOrganisationsCposWithWhatTheyCommitAndWarnsWhenAnApplicationAsksForAProjectACpoAlreadyFunds() {
        List<Application> stored = List.of(
                application("AAA-2027-0002", 2027, SIRET, "Atelier vélo solidaire", 1, ApplicationStatus.SUBMITTED,
                        null),
                application("AAA-2025-0003", 2025, SIRET, "Atelier vélo solidaire", 1, ApplicationStatus.SUBMITTED,
                        null),
                application("AAA-2027-0007", 2027, SIRET, "Jardin partagé", 1, ApplicationStatus.SUBMITTED, null));
        OrganisationOverview overview = new OrganisationOverview(new OneOrganisation(),
                new FixedCalls(List.of(call(2027), call(2025))), new FixedApplications(stored), new NoStakes(),
                new FixedGuarantees(List.of()), new FixedCpos(List.of(
                        cpo("CPO-2026-0001", SIRET, "L'atelier vélo solidaire", 2026, "40000", "35000.50", "30000"),
                        cpo("CPO-2026-0002", "98765432100017", "Atelier vélo solidaire", 2026, "9000", "9000"))));

        OrganisationOverview.Overview o = overview.of(SIRET).orElseThrow();

        assertThat(o.cpos()).extracting(Cpo::id).containsExactly("CPO-2026-0001");
        assertThat(o.totalCpo()).isEqualByComparingTo("105000.50");
        assertThat(o.doubleFunding()).singleElement().satisfies(w -> {
            assertThat(w.bothFunded()).isFalse();
            assertThat(List.of(w.first().reference(), w.second().reference()))
                    .containsExactlyInAnyOrder("AAA-2027-0002", "CPO-2026-0001");
        });
    }

    record FixedCpos(List<Cpo> stored) implements Cpos {
        public String nextId(int fromYear) {
            throw new UnsupportedOperationException();
        }

        public Optional<Cpo> find(String id) {
            return stored.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        public List<Cpo> all() {
            return stored;
        }

        public List<Cpo> ofOrganisation(String organisationId) {
            return stored.stream().filter(c -> c.terms().organisationId().equals(organisationId)).toList();
        }

        public void add(Cpo cpo) {
            throw new UnsupportedOperationException();
        }

        public void save(Cpo cpo, long expectedVersion, List<CpoEvent> events) {
            throw new UnsupportedOperationException();
        }
    }

    static final class OneOrganisation implements Organisations {
        final Organisation organisation = new Organisation(SIRET, new OrganisationDetails(new Siret(SIRET), null,
                "Vélos du Canal", LegalForm.SCIC, true, null, SAINT_DENIS), 1, AT, "dmta", AT, "dmta");

        public Optional<Organisation> find(String id) {
            return findByIdentifier(id);
        }

        public Optional<Organisation> findByIdentifier(String id) {
            return SIRET.equals(id) ? Optional.of(organisation) : Optional.empty();
        }

        public List<Organisation> list(int limit) {
            return List.of(organisation);
        }

        public void add(Organisation o, OrganisationRegistered e) {
            throw new UnsupportedOperationException();
        }

        public void save(Organisation o, long v, OrganisationUpdated e) {
            throw new UnsupportedOperationException();
        }

        public List<Organisation> search(OrganisationQuery query, int limit) {
            throw new UnsupportedOperationException();
        }

        public boolean copy(Organisation copy, String origin) {
            throw new UnsupportedOperationException();
        }

        public void keepEarliestRegistration(String id, Instant at, String by) {
            throw new UnsupportedOperationException();
        }
    }

    record FixedCalls(List<Call> calls) implements Calls {
        public Optional<Call> find(int year) {
            return calls.stream().filter(c -> c.year() == year).findFirst();
        }

        public List<Call> all() {
            return calls;
        }

        public void add(Call call) {
            throw new UnsupportedOperationException();
        }

        public void save(Call call, long expectedVersion) {
            throw new UnsupportedOperationException();
        }
    }

    record FixedApplications(List<Application> stored) implements Applications {
        public String nextId(int callYear) {
            throw new UnsupportedOperationException();
        }

        public Optional<Application> find(String id) {
            return stored.stream().filter(a -> a.id().equals(id)).findFirst();
        }

        public List<Application> list(int callYear, ApplicationFilter filter) {
            return stored.stream().filter(a -> a.callYear() == callYear).toList();
        }

        public Optional<String> findSameProject(String callId, String organisationId, String title) {
            return Optional.empty();
        }

        public List<Application> territoryFeed(String territoryCode,
                                               fr.essor.funding.aaa.application.TerritorySelection selection,
                                               fr.essor.kit.ept.FeedWindow window) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Application> forOrganisations(java.util.Collection<String> organisationIds) {
            return stored.stream().filter(a -> organisationIds.contains(a.details().organisationId())).toList();
        }

        public void add(Application application, List<ApplicationEvent> events) {
            throw new UnsupportedOperationException();
        }

        public void save(Application application, long expectedVersion, List<ApplicationEvent> events) {
            throw new UnsupportedOperationException();
        }
    }

    static final class NoStakes implements ScicStakes {
        public Optional<ScicStake> find(String stakeId) {
            return Optional.empty();
        }

        public List<ScicStake> all() {
            return List.of();
        }

        public List<ScicStake> ofOrganisation(String organisationId) {
            return List.of();
        }

        public boolean addIfAbsent(ScicStake stake, List<ScicStakeEvent> events) {
            throw new UnsupportedOperationException();
        }

        public void save(ScicStake stake, long expectedVersion, List<ScicStakeEvent> events) {
            throw new UnsupportedOperationException();
        }
    }

    record FixedGuarantees(List<LoanGuarantee> guarantees) implements LoanGuarantees {
        public String nextId(int year) {
            throw new UnsupportedOperationException();
        }

        public Optional<LoanGuarantee> find(String id) {
            return Optional.empty();
        }

        public List<LoanGuarantee> all() {
            return guarantees;
        }

        public List<LoanGuarantee> ofOrganisation(String organisationId) {
            return guarantees.stream().filter(g -> g.terms().organisationId().equals(organisationId)).toList();
        }

        public void add(LoanGuarantee guarantee, LoanGuaranteeGranted granted) {
            throw new UnsupportedOperationException();
        }

        public void save(LoanGuarantee guarantee, long expectedVersion) {
            throw new UnsupportedOperationException();
        }
    }
}
