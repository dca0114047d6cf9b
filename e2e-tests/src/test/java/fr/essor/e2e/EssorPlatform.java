package fr.essor.e2e;

import fr.essor.platform.EssorService;
import fr.essor.platform.HealthProbe;
import fr.essor.platform.IdentityProvider;
import fr.essor.platform.KafkaBroker;
import fr.essor.platform.MongoStore;
import fr.essor.platform.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The whole platform as the end-to-end tests run it: a real Kafka broker and the Mongo store in this JVM, on free
 * ports, with their data in a fresh temporary directory, the local OpenID provider's jar and then the four service
 * jars as child JVMs. The logs stay in {@code <work>/logs} after the run, for whoever has to find out why a test
 * failed.
 */
final class EssorPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EssorPlatform.class);
    /** Small heaps and the C1 compiler only: four JVMs start faster on two cores and stay well within memory. */
    private static final List<String> JVM_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx384m", "-XX:ReservedCodeCacheSize=64m");
    /** 300 s by default; {@code -Dessor.e2e.startup-timeout=<seconds>} on a machine that is loaded. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(Long.getLong("essor.e2e.startup-timeout", 300));
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Path dataDir;
    private final Path logsDir;
    private final KafkaBroker broker;
    private final MongoStore mongo;
    private final Map<EssorService, Integer> ports = new EnumMap<>(EssorService.class);
    private final int idpPort;
    /** Funding's embedded SMTP server (ADR-0018): a free port, not the default 3025 a ./run-local.sh may hold. */
    private final int mailPort;
    /** The provider and the services; read by the shutdown hook while {@link #startAll} may still add to it. */
    private final List<ServiceProcess> processes = new CopyOnWriteArrayList<>();
    private final Thread killOnExit = new Thread(this::killEverything, "essor-e2e-kill-on-exit");
    private boolean closed;
    private ProviderTokens tokens;

    private EssorPlatform(Path dataDir, Path logsDir) {
        this.dataDir = dataDir;
        this.logsDir = logsDir;
        this.broker = new KafkaBroker(dataDir.resolve("kafka"), FreePorts.next(), FreePorts.next());
        this.mongo = new MongoStore(dataDir.resolve("mongo").resolve("essor.mv"), FreePorts.next());
        for (EssorService service : EssorService.values()) {
            ports.put(service, FreePorts.next());
        }
        this.idpPort = FreePorts.next();
        this.mailPort = FreePorts.next();
    }

    /**
     * Starts everything and waits until the provider, then every service, reports UP; on any failure, stops what it
     * started and throws.
     *
     * @param home    the repository root, holding {@code <name>-service/target/<name>-service.jar} and
     *                {@code identity-provider/target/identity-provider.jar}
     * @param workDir where the logs go
     */
    static EssorPlatform start(Path home, Path workDir) {
        Map<EssorService, Path> jars = jars(home);
        EssorPlatform platform;
        try {
            platform = new EssorPlatform(Files.createTempDirectory("essor-e2e-data"), workDir.resolve("logs"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a temporary data directory", e);
        }
        try {
            platform.startAll(home, jars);
            return platform;
        } catch (RuntimeException | Error e) {
            platform.close();
            throw e;
        }
    }

    /**
     * The executable jars of the four services; fails naming the missing ones (the provider's jar included) and how
     * to build them.
     */
    static Map<EssorService, Path> jars(Path home) {
        Map<EssorService, Path> jars = new EnumMap<>(EssorService.class);
        List<String> missing = new ArrayList<>();
        Path providerJar = providerJar(home);
        if (!Files.isRegularFile(providerJar)) {
            missing.add(providerJar.toString());
        }
        for (EssorService service : EssorService.values()) {
            Path jar = home.resolve(service.moduleName()).resolve("target").resolve(service.moduleName() + ".jar")
                    .toAbsolutePath().normalize();
            jars.put(service, jar);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Service jar(s) missing: " + String.join(", ", missing)
                    + " — run ./mvnw package first (e.g. ./mvnw -DskipTests -pl local-platform,identity-provider,"
                    + "roadmap-service,funding-service,procurement-service,foncier-service -am install)");
        }
        return jars;
    }

    private static Path providerJar(Path home) {
        return IdentityProvider.jarIn(home).toAbsolutePath().normalize();
    }

    private void startAll(Path home, Map<EssorService, Path> jars) {
        long begin = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(killOnExit);
        // the provider's JVM boots while the broker and the store start here; the services need only those two at
        // start-up (the provider's discovery is lazy), so they boot while the provider does
        ServiceProcess provider = new ServiceProcess(IdentityProvider.MODULE,
                ServiceProcess.javaCommand(JVM_OPTIONS, providerJar(home), IdentityProvider.args(idpPort, this::url)),
                logsDir.resolve(IdentityProvider.MODULE + ".log"), URI.create(issuerUrl() + "/actuator/health"));
        processes.add(provider);
        provider.start();
        broker.start();
        mongo.start();
        List<ServiceProcess> services = new ArrayList<>(List.of(provider));
        for (EssorService service : EssorService.values()) {
            ServiceProcess process = new ServiceProcess(service.moduleName(),
                    ServiceProcess.javaCommand(JVM_OPTIONS, jars.get(service), args(service)),
                    logsDir.resolve(service.moduleName() + ".log"), URI.create(url(service) + "/actuator/health"));
            processes.add(process);
            services.add(process);
            process.start();
        }
        new HealthProbe().awaitUp(services, STARTUP_TIMEOUT, up -> { });
        log.info("Essor platform up in {} s (identity provider {}, Kafka {}, Mongo {}, services {}; logs in {})",
                String.format("%.1f", (System.nanoTime() - begin) / 1e9), issuerUrl(), broker.bootstrapServers(),
                mongo.port(), ports, logsDir);
    }

    private List<String> args(EssorService service) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port(service),
                "--spring.profiles.active=local",
                "--spring.mongodb.uri=" + mongo.connectionString(service.database()),
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                // the EPT feeds serve a change once it is this old (10 s by default); the services' own tests use 2 s
                "--essor.ept.feed-settle-delay=2s"));
        if (service == EssorService.FUNDING) {
            // the applicants' e-mails: the embedded SMTP server on a free port, links to this platform's funding
            args.add("--essor.funding.mail.embedded.port=" + mailPort);
            args.add("--essor.funding.mail.space-url=" + url(service) + "/espace-candidat");
        }
        for (EssorService linked : EssorService.values()) {
            args.add("--essor.ui.links." + linked.shortName() + "=" + url(linked));
        }
        args.addAll(IdentityProvider.serviceArgs(service, issuerUrl()));
        return args;
    }

    /** The local OpenID provider's issuer, {@code http://localhost:<free port>}: where people sign in. */
    /** Access tokens of the platform's provider for people and clients, shared by the tests of this platform. */
    synchronized ProviderTokens tokens() {
        if (tokens == null) {
            tokens = new ProviderTokens(issuerUrl(), EssorService.ROADMAP.clientId(), url(EssorService.ROADMAP));
        }
        return tokens;
    }

    String issuerUrl() {
        return IdentityProvider.issuer(idpPort);
    }

    /** {@code http://localhost:<port>} of one service. */
    String url(EssorService service) {
        return "http://localhost:" + port(service);
    }

    int port(EssorService service) {
        return ports.get(service);
    }

    /** The broker, which a test may stop and start again: same ports, same data. */
    KafkaBroker broker() {
        return broker;
    }

    /**
     * Stops the services and the provider (gracefully, all at once), then the store, then the broker, and deletes
     * the data.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            ServiceProcess.stopAll(processes, STOP_GRACE);
            mongo.stop();
            broker.stop();
        } finally {
            removeShutdownHook();
            deleteQuietly(dataDir);
        }
    }

    /** If the test JVM is told to exit before {@link #close()} (Ctrl-C, a killed fork), no child JVM outlives it. */
    private void killEverything() {
        processes.forEach(ServiceProcess::kill);
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException | IllegalArgumentException alreadyExitingOrNeverAdded) {
            // the JVM is exiting and runs the hook anyway, or start() failed before adding it
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dir, e.toString());
        }
    }
}
