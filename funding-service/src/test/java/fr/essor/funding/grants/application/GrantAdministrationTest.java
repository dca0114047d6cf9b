package fr.essor.funding.grants.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.funding.aaa.domain.TransitionRequest;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.funding.decisions.domain.SessionFixtures;
import fr.essor.funding.grants.domain.GrantEvent;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.GrantOutcome;
import fr.essor.kit.ept.FeedWindow;
import fr.essor.kit.outbox.StaleAggregateException;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;

/**
 * Two first confirmations « j'ai pris connaissance de la convention » at the same time, on two threads that both read
 * the file before either writes it: one is stored, the other is told it is already done; nothing fails.
 */
class GrantAdministrationTest {

    private static final Actor APPLICANT = new Actor("asso-fabrique", Set.of(Role.APPLICANT), null);
    private static final Actor COLLEAGUE = new Actor("asso-fabrique-2", Set.of(Role.APPLICANT), null);

    @Test
    void twoFirstAcknowledgementsAtOnceStoreOneAndTellTheOtherItIsDone() throws Exception {
        Application granted = ((ApplicationOutcome.Changed) SessionFixtures.proposed("AAA-2026-0001")
                .perform(WorkflowAction.GRANT, new TransitionRequest("Utile", new BigDecimal("15000"),
                        "CD-2026-05-12-0087", LocalDate.of(2026, 5, 12)), SessionFixtures.PILOT,
                        SessionFixtures.NOW)).application();
        RacingFiles files = new RacingFiles();
        GrantAdministration administration = new GrantAdministration(files, applications(granted), null,
                Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<GrantAdministration.Result> first = threads.submit(() -> administration.acknowledge(granted.id(),
                    APPLICANT));
            Future<GrantAdministration.Result> second = threads.submit(() -> administration.acknowledge(granted.id(),
                    COLLEAGUE));
            List<GrantOutcome> outcomes = List.of(((GrantAdministration.Done) first.get(30, TimeUnit.SECONDS))
                    .outcome(), ((GrantAdministration.Done) second.get(30, TimeUnit.SECONDS)).outcome());

            assertThat(files.raced.get()).as("both read the file before either wrote it").isEqualTo(2);
            assertThat(outcomes).filteredOn(GrantOutcome.Changed.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(GrantOutcome.NotAllowedNow.class::isInstance).singleElement()
                    .satisfies(o -> assertThat(((GrantOutcome.NotAllowedNow) o).code())
                            .isEqualTo("agreement.alreadyAcknowledged"));
            assertThat(files.writes).hasSize(1);
            GrantFile stored = files.find(granted.id()).orElseThrow();
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.acknowledgement()).get().satisfies(a -> assertThat(a.by())
                    .isIn("asso-fabrique", "asso-fabrique-2"));
        } finally {
            threads.shutdownNow();
        }
    }

    private static Applications applications(Application granted) {
        return (Applications) Proxy.newProxyInstance(Applications.class.getClassLoader(),
                new Class<?>[] {Applications.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Optional.of(granted).filter(a -> a.id().equals(args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * Grant files in memory with the store's rules (an insert of a taken id writes nothing, a save at a stale version
     * fails); the first two reads wait for each other, so that both writers start from the same file.
     */
    private static final class RacingFiles implements GrantFiles {

        private final Map<String, GrantFile> stored = new ConcurrentHashMap<>();
        private final List<GrantFile> writes = java.util.Collections.synchronizedList(new ArrayList<>());
        private final CyclicBarrier bothRead = new CyclicBarrier(2);
        private final AtomicInteger raced = new AtomicInteger();

        @Override
        public Optional<GrantFile> find(String applicationId) {
            Optional<GrantFile> found = Optional.ofNullable(stored.get(applicationId));
            if (raced.get() < 2 && raced.incrementAndGet() <= 2) {
                try {
                    bothRead.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return found;
        }

        @Override
        public synchronized boolean add(GrantFile file, List<GrantEvent> events) {
            if (stored.containsKey(file.id())) {
                return false;
            }
            stored.put(file.id(), file);
            writes.add(file);
            return true;
        }

        @Override
        public synchronized void save(GrantFile file, long expectedVersion, List<GrantEvent> events) {
            GrantFile current = stored.get(file.id());
            if (current == null || current.version() != expectedVersion) {
                throw new StaleAggregateException("grant_files", file.id(), expectedVersion);
            }
            stored.put(file.id(), file);
            writes.add(file);
        }

        @Override
        public List<GrantFile> awaitingReports() {
            return List.of();
        }

        @Override
        public List<GrantFile> ofCall(int callYear) {
            return List.of();
        }

        @Override
        public List<GrantFile> territoryFeed(String territoryCode, FeedWindow window) {
            return List.of();
        }

        @Override
        public List<GrantFile> ofTerritoryChangedSince(String territoryCode, Instant since) {
            return List.of();
        }
    }
}
