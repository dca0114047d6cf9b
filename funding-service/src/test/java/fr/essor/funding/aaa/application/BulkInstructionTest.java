package fr.essor.funding.aaa.application;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationEvent;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.funding.decisions.domain.SessionFixtures;
import fr.essor.kit.ept.FeedWindow;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A step or an assignment applied to many applications: what happened to each, one save each. */
class BulkInstructionTest {

    private static final Actor PILOT = new Actor("dmta", Set.of(Role.DMTA), null);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T08:00:00Z"), ZoneOffset.UTC);

    private final StoredApplications stored = new StoredApplications();
    private final BulkInstruction bulk = new BulkInstruction(stored,
            new Instruction(stored, null /* no review here: the grid is never read */, CLOCK));

    @Test
    void eachApplicationOfTheEditionTakesTheStepAndIsSavedOnce() {
        stored.put(SessionFixtures.application("AAA-2026-0001", ApplicationStatus.ADMISSIBLE));
        stored.put(SessionFixtures.application("AAA-2026-0002", ApplicationStatus.ADMISSIBLE));

        List<BulkInstruction.Each> each = bulk.apply(2026, List.of("AAA-2026-0001", "AAA-2026-0002",
                "AAA-2026-0001"), new BulkInstruction.Step(WorkflowAction.START_REVIEW, ""), PILOT);

        assertThat(each).extracting(BulkInstruction.Each::applicationId)
                .containsExactly("AAA-2026-0001", "AAA-2026-0002");
        assertThat(each).allSatisfy(e -> {
            assertThat(e).isInstanceOf(BulkInstruction.Done.class);
            assertThat(((BulkInstruction.Done) e).changed()).isTrue();
            assertThat(((BulkInstruction.Done) e).application().status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        });
        assertThat(stored.saves).containsExactly("AAA-2026-0001", "AAA-2026-0002");
        assertThat(stored.find("AAA-2026-0002").orElseThrow().status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void anApplicationRefusedDoesNotStopTheOthersAndSaysWhy() {
        stored.put(SessionFixtures.application("AAA-2026-0001", ApplicationStatus.SUBMITTED));
        stored.put(SessionFixtures.application("AAA-2026-0002", ApplicationStatus.UNDER_REVIEW));
        Application lastYear = SessionFixtures.application("AAA-2025-0009", ApplicationStatus.UNDER_REVIEW);
        stored.put(new Application(lastYear.id(), "AAA-2025", 2025, lastYear.details(), lastYear.channel(), null,
                lastYear.status(), null, lastYear.directorates(), List.of(), List.of(), List.of(), null, List.of(),
                List.of(), lastYear.version(), lastYear.submittedAt(), lastYear.submittedBy(), null,
                lastYear.updatedAt(), lastYear.updatedBy()));

        List<BulkInstruction.Each> each = bulk.apply(2026, List.of("AAA-2026-0001", "AAA-2025-0009", "AAA-2026-0404",
                "AAA-2026-0002"), new BulkInstruction.Step(WorkflowAction.REQUEST_TERRITORY_OPINION, ""), PILOT);

        assertThat(each).containsExactly(
                new BulkInstruction.Refused("AAA-2026-0001", "Impossible de demander l'avis de l'EPT une "
                        + "candidature « Déposée » (étapes possibles : déclarer recevable, déclarer irrecevable, "
                        + "demander une correction)."),
                new BulkInstruction.Refused("AAA-2025-0009", "Cette candidature n'appartient pas à l'édition 2026."),
                new BulkInstruction.Refused("AAA-2026-0404", "Cette candidature n'appartient pas à l'édition 2026."),
                new BulkInstruction.Done("AAA-2026-0002", stored.find("AAA-2026-0002").orElseThrow(), true));
        assertThat(stored.saves).containsExactly("AAA-2026-0002");
    }

    @Test
    void aStepThatMustSayWhyIsRefusedWithTheDomainsMessageWhenNoReasonIsGiven() {
        stored.put(SessionFixtures.application("AAA-2026-0001", ApplicationStatus.UNDER_REVIEW));

        assertThat(bulk.apply(2026, List.of("AAA-2026-0001"),
                new BulkInstruction.Step(WorkflowAction.REQUEST_CORRECTION, "  "), PILOT))
                .containsExactly(new BulkInstruction.Refused("AAA-2026-0001", "Dites ce qui doit être corrigé."));
        assertThat(stored.saves).isEmpty();
    }

    @Test
    void votesAndPaymentsAreNoBulkStepAndAreRefusedIfAskedAnyway() {
        assertThat(BulkInstruction.STEPS).doesNotContain(WorkflowAction.GRANT, WorkflowAction.REFUSE,
                WorkflowAction.SIGN_AGREEMENT, WorkflowAction.START_PAYMENT, WorkflowAction.SETTLE)
                .contains(WorkflowAction.START_REVIEW, WorkflowAction.REQUEST_CORRECTION);
        assertThat(BulkInstruction.step("GRANT")).isEmpty();
        assertThat(BulkInstruction.step("nothing")).isEmpty();
        assertThat(BulkInstruction.step("START_REVIEW")).hasValue(WorkflowAction.START_REVIEW);

        stored.put(SessionFixtures.proposed("AAA-2026-0001"));
        assertThat(bulk.apply(2026, List.of("AAA-2026-0001"),
                new BulkInstruction.Step(WorkflowAction.GRANT, "Bon projet"), PILOT)).singleElement()
                .isInstanceOf(BulkInstruction.Refused.class);
        assertThat(stored.saves).isEmpty();
    }

    @Test
    void anAssignmentAlreadyInPlaceIsDoneWithNothingToChange() {
        stored.put(SessionFixtures.application("AAA-2026-0001", ApplicationStatus.UNDER_REVIEW));
        stored.put(SessionFixtures.application("AAA-2026-0002", ApplicationStatus.UNDER_REVIEW));

        List<BulkInstruction.Each> each = bulk.apply(2026, List.of("AAA-2026-0001", "AAA-2026-0002"),
                new BulkInstruction.Assignment(EnumSet.of(Directorate.DJVA)), PILOT);

        assertThat(each).allSatisfy(e -> assertThat(((BulkInstruction.Done) e).changed()).isFalse());
        assertThat(stored.saves).isEmpty();
        assertThat(bulk.apply(2026, List.of("AAA-2026-0001"), new BulkInstruction.Assignment(
                EnumSet.of(Directorate.DTER)), PILOT)).singleElement().satisfies(e ->
                assertThat(((BulkInstruction.Done) e).application().directorates()).containsExactly(Directorate.DTER));
        assertThat(stored.saves).containsExactly("AAA-2026-0001");
    }

    /** Applications in memory; a save keeps the new state and notes which application was written. */
    private static final class StoredApplications implements Applications {

        private final Map<String, Application> byId = new LinkedHashMap<>();
        final List<String> saves = new ArrayList<>();

        void put(Application application) {
            byId.put(application.id(), application);
        }

        @Override
        public String nextId(int callYear) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Application> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Application> list(int callYear, ApplicationFilter filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Application> territoryFeed(String territoryCode, TerritorySelection selection,
                                               FeedWindow window) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> findSameProject(String callId, String organisationId, String normalisedTitle) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Application> forOrganisations(Collection<String> organisationIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(Application application, List<ApplicationEvent> events) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void save(Application application, long expectedVersion, List<ApplicationEvent> events) {
            byId.put(application.id(), application);
            saves.add(application.id());
        }
    }
}
