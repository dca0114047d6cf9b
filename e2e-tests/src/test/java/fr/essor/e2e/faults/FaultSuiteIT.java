package fr.essor.e2e.faults;

import fr.essor.e2e.FreePorts;
import fr.essor.platform.EssorService;
import fr.essor.platform.LocalPlatform;
import fr.essor.platform.PlatformSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault suite of issue 15: the four service jars on the embedded default's own parts (the launcher, each part
 * in a process of its own, supervised), a burst of {@code N} registrations and {@code N} changes of organisations
 * through funding's public API per fault, and the fault set off while the burst runs. Each drill measures sent,
 * acknowledged, unanswered, what arrived in the four places that must hold it (funding, the roadmap's directory,
 * procurement's and foncier's copies), lost, doubled, order violations on the topic, and the time to converge after
 * the burst; it fails on any loss, double or order violation. {@code -Dessor.faults.n=10000} for the long run
 * (docs/reliability.md); the table is printed and written to {@code target/e2e/fault-suite.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final int N = Integer.getInteger("essor.faults.n", 200);
    private static final int CLIENTS = Integer.getInteger("essor.faults.clients", 8);
    private static final String TOPIC = "essor.funding.organisations";
    /**
     * The consumers' session timeout in this suite (10 s instead of Kafka's 45 s, so that the drill lasts less) and a
     * margin: a consumer paused that long is taken out of its group, which rebalances, and rejoins when it resumes.
     */
    private static final int SESSION_TIMEOUT_MS = 10_000;
    private static final Duration PAST_SESSION_TIMEOUT = Duration.ofMillis(SESSION_TIMEOUT_MS + 5_000);
    private static final Duration WRITE_DEADLINE = Duration.ofMinutes(6);
    /**
     * A drill's writes are taken for lost when nothing more arrived anywhere for 3 minutes (longer than any restart
     * of a part, its consumers' rejoining included); the wait never lasts more than an hour.
     */
    private static final Duration CONVERGENCE_STALL = Duration.ofMinutes(3);
    private static final Duration CONVERGENCE_CAP = Duration.ofHours(1);

    private final List<String> rows = new ArrayList<>();
    /** The members of roadmap's directory group at the end of the pause drill's pause (-1: not looked). */
    private final AtomicInteger pausedGroupMembers = new AtomicInteger(-1);
    private PlatformSettings settings;
    private LocalPlatform platform;
    private Thread supervisor;
    private Tokens tokens;
    private Burst burst;
    private Convergence convergence;
    private PrintStream console;
    private DivergenceCheck divergences;
    /** The event ids of the records this suite published in funding's name ({@code ce_source} /essor/funding). */
    private final Set<String> forged = new TreeSet<>();

    @BeforeAll
    void startThePlatform() throws IOException {
        Path home = Path.of(System.getProperty("essor.e2e.home", "..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("essor.e2e.work", "target/e2e")).toAbsolutePath();
        Files.createDirectories(work);
        Path data = work.resolve("faults-data"); // the parts' logs stay in its logs/ after the run
        deleteRecursively(data);
        console = new PrintStream(Files.newOutputStream(work.resolve("fault-suite-launcher.log")), true,
                StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("--data-dir=" + data, "--home=" + home,
                "--kafka.port=" + FreePorts.next(), "--kafka.controller-port=" + FreePorts.next(),
                "--mongo.port=" + FreePorts.next(), "--idp-port=" + FreePorts.next(),
                "--startup-timeout=" + Long.getLong("essor.e2e.startup-timeout", 300),
                // the end-to-end tests' small JVMs; funding's mail server on a free port; a request cut by a crash
                // is taken to be abandoned after 10 s, so that the clients' retries do not wait the default 30 s
                "--jvm-options=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xmx384m -XX:ReservedCodeCacheSize=64m"
                        + " -Dessor.funding.mail.embedded.port=" + FreePorts.next()
                        + " -Dessor.idempotency.abandoned-after=10s"
                        // the divergence check after each drill counts what is older than 2 s (5 min by default)
                        + " -Dessor.divergence.grace-period=2s"
                        + " -Dspring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms=" + SESSION_TIMEOUT_MS
                        + " -Dspring.kafka.consumer.properties.session.timeout.ms=" + SESSION_TIMEOUT_MS));
        for (EssorService service : EssorService.values()) {
            args.add("--" + service.shortName() + ".port=" + FreePorts.next());
        }
        settings = PlatformSettings.from(args.toArray(String[]::new), new Properties());
        startLauncher();
        tokens = new Tokens(settings.idpUrl());
        burst = new Burst(settings.url(EssorService.FUNDING), tokens, WRITE_DEADLINE);
        Map<String, String> places = new LinkedHashMap<>();
        for (EssorService service : List.of(EssorService.FUNDING, EssorService.ROADMAP, EssorService.PROCUREMENT,
                EssorService.FONCIER)) {
            places.put(service.shortName(), settings.url(service));
        }
        convergence = new Convergence(places, tokens);
        divergences = new DivergenceCheck(settings.url(EssorService.FUNDING), tokens);
        rows.add("| fault | sent | acknowledged | unanswered | lost (worst place) | doubled | order violations "
                + "| redelivered | converged in | divergent (funding's check) |");
        rows.add("|---|---|---|---|---|---|---|---|---|---|");
    }

    @AfterAll
    void stopAndReport() throws IOException {
        if (platform != null) {
            platform.stop();
        }
        String table = "N = " + N + " per fault, " + Instant.now() + "\n\n" + String.join("\n", rows) + "\n";
        System.out.println(table);
        Path work = Path.of(System.getProperty("essor.e2e.work", "target/e2e")).toAbsolutePath();
        Files.writeString(work.resolve("fault-suite.md"), table);
        console.close();
    }

    @Test
    @Order(1)
    void theBrokerKilledAndRestarted() throws Exception {
        drill(1, "broker killed (-9), restarted by the launcher", () -> kill("kafka"));
    }

    @Test
    @Order(2)
    void theStoreKilledAndRestarted() throws Exception {
        drill(2, "store killed (-9), restarted by the launcher", () -> kill("mongo-store"));
    }

    @Test
    @Order(3)
    void theWritingServiceKilledMidBurst() throws Exception {
        drill(3, "funding killed (-9) mid-burst", () -> kill(EssorService.FUNDING.moduleName()));
    }

    @Test
    @Order(4)
    void aConsumerKilledMidBatch() throws Exception {
        drill(4, "roadmap (consumer) killed (-9) mid-batch", () -> kill(EssorService.ROADMAP.moduleName()));
    }

    @Test
    @Order(5)
    void aConsumerPausedPastItsSessionTimeout() throws Exception {
        drill(5, "roadmap paused " + PAST_SESSION_TIMEOUT.toSeconds() + " s (rebalance)", () -> {
            long pid = platform.part(EssorService.ROADMAP.moduleName()).pid();
            signal("STOP", pid);
            sleep(PAST_SESSION_TIMEOUT);
            pausedGroupMembers.set(members("roadmap-directory"));
            signal("CONT", pid);
        });
        assertThat(pausedGroupMembers.get()).as("roadmap's directory consumer was out of its group while paused")
                .isZero();
    }

    /** How many members the consumer group has now, as the broker sees it. */
    private int members(String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + settings.kafkaPort()))) {
            return admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get()
                    .members().size();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot describe the group " + group, e);
        }
    }

    @Test
    @Order(6)
    void poisonRecordsOnTheConsumedTopic() throws Exception {
        double before = deadLetters(EssorService.ROADMAP);
        drill(6, "4 poison records on " + TOPIC, this::publishPoison);
        // not JSON, no CloudEvents headers, a payload against its schema: dead letters; an unknown type is skipped
        // (a topic carries several types, each consumer follows its own) — and every good fact arrived meanwhile
        assertThat(deadLetters(EssorService.ROADMAP) - before).as("roadmap's dead letters").isEqualTo(3);

        // an operator replays them from the ops API; a record's bytes cannot be mended by a replay (ADR-0008: fix the
        // consumer, or publish a corrected fact), so each comes back as a new letter and nothing else changes; a
        // letter replayed once its cause is fixed is applied once (the kit's DeadLettersIT)
        DeadLetterDesk desk = new DeadLetterDesk(settings.url(EssorService.ROADMAP), tokens);
        List<DeadLetterDesk.Letter> letters = desk.lettersOf(TOPIC);
        assertThat(letters).as("roadmap's letters of " + TOPIC).hasSize(3)
                .allSatisfy(letter -> assertThat(letter.status()).isEqualTo("UNRESOLVED"));
        for (DeadLetterDesk.Letter letter : letters) {
            assertThat(desk.replay(letter)).as("replay of " + letter).isEqualTo("REPLAYED");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<DeadLetterDesk.Letter> after = desk.lettersOf(TOPIC);
            assertThat(after).as("the three letters and the three replays that failed again").hasSize(6);
            assertThat(after).filteredOn(letter -> letter.status().equals("UNRESOLVED"))
                    .extracting(DeadLetterDesk.Letter::id).as("open letters: the replays' new ones only").hasSize(3)
                    .doesNotContainAnyElementsOf(letters.stream().map(DeadLetterDesk.Letter::id).toList());
        });
        assertThat(deadLetters(EssorService.ROADMAP) - before).as("roadmap's dead letters after the replays")
                .isEqualTo(6);
    }

    @Test
    @Order(7)
    void aCleanRestartOfEverythingInTheMiddle() throws Exception {
        drill(7, "clean restart of everything", () -> {
            platform.stop();
            join(supervisor);
            startLauncher();
        });
    }

    private void drill(int number, String fault, Runnable action) throws Exception {
        Organisations organisations = Organisations.forFault(number, fault, N);
        List<Burst.Outcome> outcomes = burst.run(organisations, CLIENTS, action);
        Convergence.Result arrived = convergence.await(outcomes, CONVERGENCE_STALL, CONVERGENCE_CAP);
        TopicAudit.Result topic = TopicAudit.of("localhost:" + settings.kafkaPort(), TOPIC,
                new HashSet<>(organisations.sirets()));
        // once everything arrived, funding's own check compares its topics, event log and organisations
        Thread.sleep(3_000); // past the check's grace period in this suite
        DivergenceCheck.Result check = divergences.run();
        long acknowledged = outcomes.stream().mapToLong(o -> (o.registered() ? 1 : 0) + (o.changed() ? 1 : 0)).sum();
        long unanswered = 2L * outcomes.size() - acknowledged;
        rows.add("| %s | %d | %d | %d | %d %s | %d | %d | %d | %.1f s | %d of %d records |".formatted(fault,
                2 * outcomes.size(), acknowledged, unanswered, arrived.lost(), arrived.missing(), topic.doubled(),
                topic.orderViolations(), topic.redelivered(), arrived.took().toMillis() / 1000.0, check.divergences(),
                check.topicRecords()));
        System.out.println(rows.getLast());

        assertThat(arrived.missing()).as("acknowledged writes missing after the fault, per place")
                .allSatisfy((place, missing) -> assertThat(missing).as(place).isZero());
        assertThat(check.topicRecords()).as("records funding's check read on its topics").isPositive();
        // the poison records this suite forged in funding's name are on funding's topic and unknown to its store:
        // the check must name exactly those, and nothing else
        assertThat(check.eventIds()).as("events funding's own check found apart").isEqualTo(forged);
        assertThat(check.divergences()).as("divergences found by funding's own check").isEqualTo(forged.size());
        assertThat(topic.doubled()).as("writes published as two facts").isZero();
        assertThat(topic.orderViolations()).as("versions published out of order").isZero();
        assertThat(acknowledged).as("acknowledged writes (the rest got no answer within "
                + WRITE_DEADLINE.toMinutes() + " min)").isEqualTo(2L * outcomes.size());
    }

    private void startLauncher() {
        platform = new LocalPlatform(settings, console);
        platform.start();
        supervisor = Thread.ofPlatform().name("fault-suite-supervisor").start(platform::awaitStop);
    }

    private void kill(String part) {
        long pid = platform.part(part).pid();
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
    }

    private static void signal(String signal, long pid) {
        try {
            int code = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start().waitFor();
            assertThat(code).as("kill -" + signal + " " + pid).isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void publishPoison() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + settings.kafkaPort());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(event("fr.essor.funding.organisation-registered.v1", "{pas du JSON", true));
            ProducerRecord<String, byte[]> bare = new ProducerRecord<>(TOPIC, "poison-2",
                    "{\"organisationId\":\"poison-2\",\"version\":1}".getBytes(StandardCharsets.UTF_8));
            bare.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            producer.send(bare);
            producer.send(event("fr.essor.funding.organisation-merged.v1",
                    "{\"organisationId\":\"poison-3\",\"version\":1}", true));
            producer.send(event("fr.essor.funding.organisation-registered.v1",
                    "{\"organisationId\":\"poison-4\",\"version\":\"la première\"}", true));
            producer.flush();
        }
    }

    private ProducerRecord<String, byte[]> event(String type, String payload, boolean headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, "poison",
                payload.getBytes(StandardCharsets.UTF_8));
        if (headers) {
            String id = UUID.randomUUID().toString();
            forged.add(id);
            add(record, "ce_id", id);
            add(record, "ce_type", type);
            add(record, "ce_source", "/essor/funding");
            add(record, "ce_specversion", "1.0");
            add(record, "ce_time", Instant.now().toString());
            add(record, "content-type", "application/json");
        }
        return record;
    }

    private static void add(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static final Pattern DEAD_LETTERS = Pattern.compile(
            "^essor_events_dead_letters_total\\{[^}]*topic=\"" + Pattern.quote(TOPIC) + "\"[^}]*} ([0-9.eE+]+)$",
            Pattern.MULTILINE);

    /** This service's dead letters of the organisations' topic so far, from its Prometheus scrape. */
    private double deadLetters(EssorService service) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(settings.url(service) + "/actuator/prometheus")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                double total = 0;
                Matcher matcher = DEAD_LETTERS.matcher(scrape.body());
                while (matcher.find()) {
                    total += Double.parseDouble(matcher.group(1));
                }
                return total;
            } catch (IOException e) {
                if (attempt > 30) {
                    throw e;
                }
                Thread.sleep(1_000);
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
