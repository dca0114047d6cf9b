package fr.essor.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The embedded default: one command starts the local OpenID provider, a real Kafka broker, the MongoDB-compatible
 * store and, once the provider is UP, the four services, each in a JVM of its own so that each can fail alone
 * (issue 15); waits until they are healthy and prints where to go. Then it supervises them ({@link Supervisor}): a
 * part that exits on its own is reported, started again after a growing back-off and reported UP once its health
 * probe answers, at most {@value Supervisor#MOST_RESTARTS} times in ten minutes. Ctrl-C stops
 * the services and the provider, then the store, then the broker. A plain Java main: the launcher needs no Spring
 * context.
 */
public final class LocalPlatform {

    private static final Duration SERVICE_GRACE = Duration.ofSeconds(30);
    private static final Duration BACKEND_GRACE = Duration.ofSeconds(60);
    /** The broker's and the store's JVM: C2 compiles their hot paths (unlike the services' fast-start options). */
    static final List<String> BACKEND_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xss512k", "-Xmx1g");

    private final PlatformSettings settings;
    private final PrintStream console;
    private final HealthProbe health = new HealthProbe();
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private ServiceProcess broker;
    private ServiceProcess store;
    private final Supervisor supervisor;
    private volatile boolean stopping;

    public LocalPlatform(PlatformSettings settings, PrintStream console) {
        this.settings = settings;
        this.console = console;
        this.supervisor = new Supervisor(Clock.systemUTC(), this::say);
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals(BackendProcess.COMMAND)) {
            System.setProperty("logback.configurationFile", "local-platform-backend-logback.xml");
            BackendProcess.serve(List.of(args).subList(1, args.length));
            return;
        }
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(usage());
            return;
        }
        PlatformSettings settings;
        try {
            settings = PlatformSettings.from(args, System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        // before the first logger exists: the broker and the store log to a file, the console stays readable
        System.setProperty("essor.logs-dir", settings.logsDir().toString());
        System.setProperty("logback.configurationFile", "local-platform-logback.xml");

        LocalPlatform platform = new LocalPlatform(settings, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "essor-shutdown"));
        try {
            platform.start();
        } catch (RuntimeException e) {
            if (platform.stopping) {
                return; // Ctrl-C during startup: the shutdown hook is already stopping what was started
            }
            System.err.println();
            System.err.println("[essor] ÉCHEC du démarrage / startup FAILED: " + e.getMessage());
            System.exit(1);
        }
        platform.awaitStop();
    }

    /**
     * Starts the provider, the broker, the store and the services; throws, naming the culprit, if one of them does
     * not come up.
     */
    public void start() {
        long begin = System.nanoTime();
        checkJarsExist();
        checkPortsFree();

        // the provider's JVM boots while the broker and the store start in theirs
        ServiceProcess provider = new ServiceProcess(
                IdentityProvider.MODULE,
                ServiceProcess.javaCommand(settings.jvmOptions(), settings.idpJar(), providerArgs()),
                settings.logsDir().resolve(IdentityProvider.MODULE + ".log"),
                URI.create(settings.idpUrl() + "/actuator/health"));
        startProcess(provider);
        say("Fournisseur d'identité / identity provider (OIDC) " + settings.idpUrl() + " démarre / starting (pid "
                + provider.pid() + ", journal / log: " + provider.logFile() + ")");

        broker = new ServiceProcess("kafka",
                BackendProcess.kafkaCommand(BACKEND_JVM_OPTIONS, settings.kafkaDir(), settings.kafkaPort(),
                        settings.kafkaControllerPort()),
                settings.logsDir().resolve("kafka.log"), URI.create("tcp://localhost:" + settings.kafkaPort()));
        startProcess(broker);
        say("Kafka (KRaft) sur / on localhost:" + settings.kafkaPort() + " démarre / starting (pid " + broker.pid()
                + ", journal / log: " + broker.logFile() + ")");
        store = new ServiceProcess("mongo-store",
                BackendProcess.storeCommand(BACKEND_JVM_OPTIONS, settings.mongoFile(), settings.mongoPort()),
                settings.logsDir().resolve("mongo-store.log"), URI.create("tcp://localhost:" + settings.mongoPort()));
        startProcess(store);
        say("MongoDB (mongo-java-server + H2) sur / on localhost:" + settings.mongoPort() + " démarre / starting (pid "
                + store.pid() + ", journal / log: " + store.logFile() + ")");
        // the services need the broker and the store at start-up; the provider only at the first sign-in or token
        // (its discovery is lazy), so they boot while it does
        awaitHealthy(List.of(broker, store), begin);

        if (settings.aotCache()) {
            trainAotCaches();
        }
        List<ServiceProcess> services = new ArrayList<>();
        for (EssorService service : settings.services()) {
            ServiceProcess process = new ServiceProcess(
                    service.moduleName(),
                    serviceCommand(service),
                    settings.logsDir().resolve(service.moduleName() + ".log"),
                    URI.create(settings.url(service) + "/actuator/health"));
            startProcess(process);
            services.add(process);
            say(service.moduleName() + " démarre / starting (pid " + process.pid() + ", journal / log: "
                    + process.logFile() + ")");
        }
        List<ServiceProcess> awaited = new ArrayList<>(List.of(provider));
        awaited.addAll(services);
        awaitHealthy(awaited, begin);
        console.println();
        console.print(Banner.render(settings, Duration.ofNanos(System.nanoTime() - begin)));
    }

    /**
     * Blocks until {@link #stop()} ran; meanwhile, every 2 s, lets the {@link Supervisor} report a part (service,
     * provider, broker, store) that exits on its own, start it again after its back-off and report it UP.
     */
    public void awaitStop() {
        try {
            while (!stopped.await(2, TimeUnit.SECONDS)) {
                if (!stopping) {
                    supervisor.check(snapshot().stream().map(Supervised::new).toList());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A part as the supervisor sees it; a Ctrl-C also reaches the children, so nothing starts once stopping. */
    private final class Supervised implements Supervisor.Part {

        private final ServiceProcess process;

        Supervised(ServiceProcess process) {
            this.process = process;
        }

        @Override
        public String name() {
            return process.name();
        }

        @Override
        public boolean isAlive() {
            return process.isAlive();
        }

        @Override
        public int exitValue() {
            return process.exitValue();
        }

        @Override
        public boolean startAgain() {
            synchronized (processes) {
                if (stopping) {
                    return false;
                }
                process.start();
                return true;
            }
        }

        @Override
        public long pid() {
            return process.pid();
        }

        @Override
        public boolean isUp() {
            return health.isUp(process.healthUri());
        }

        @Override
        public Path logFile() {
            return process.logFile();
        }
    }

    /** Stops the services (SIGTERM, then wait), then the store, then the broker. Safe to call more than once. */
    public synchronized void stop() {
        List<ServiceProcess> running;
        synchronized (processes) {
            if (stopping) {
                return;
            }
            stopping = true;
            running = List.copyOf(processes);
        }
        try {
            if (!running.isEmpty()) {
                say("Arrêt des services et du fournisseur d'identité / stopping the services and the identity provider …");
            }
            ServiceProcess.stopAll(running.stream().filter(p -> p != broker && p != store).toList(), SERVICE_GRACE);
            if (store != null) {
                say("Arrêt de MongoDB / stopping the Mongo store …");
                ServiceProcess.stopAll(List.of(store), BACKEND_GRACE);
            }
            if (broker != null) {
                say("Arrêt de Kafka / stopping the broker …");
                ServiceProcess.stopAll(List.of(broker), BACKEND_GRACE);
            }
            if (broker != null) {
                say("Tout est arrêté proprement / everything stopped cleanly.");
            }
        } finally {
            stopped.countDown();
        }
    }

    /** From its AOT cache when it has a current one, from its jar otherwise. */
    private List<String> serviceCommand(EssorService service) {
        Path jar = settings.serviceJars().get(service);
        return (settings.aotCache() ? new AotCache(jar).command(settings.jvmOptions(), serviceArgs(service))
                : Optional.<List<String>>empty())
                .orElseGet(() -> ServiceProcess.javaCommand(settings.jvmOptions(), jar, serviceArgs(service)));
    }

    /**
     * Trains the AOT cache of each service whose jar changed since its cache was made (the first start after a
     * build), all at once: about a minute on two cores, then every start maps the cache.
     */
    private void trainAotCaches() {
        List<EssorService> stale = settings.services().stream()
                .filter(service -> !new AotCache(settings.serviceJars().get(service)).isCurrent()).toList();
        if (stale.isEmpty()) {
            return;
        }
        long begin = System.nanoTime();
        say("Cache AOT des services (une fois par construction) / training the services' AOT cache (once per build): "
                + stale.stream().map(EssorService::moduleName).toList());
        List<Thread> trainings = new ArrayList<>();
        for (EssorService service : stale) {
            trainings.add(Thread.ofPlatform().name("aot-" + service.shortName()).start(() -> {
                boolean trained = new AotCache(settings.serviceJars().get(service)).train(settings.jvmOptions(),
                        serviceArgs(service), settings.logsDir().resolve(service.moduleName() + ".aot-training.log"),
                        problem -> say(service.moduleName() + " : pas de cache AOT / no AOT cache (" + problem
                                + "), démarre depuis son jar / starts from its jar"));
                if (trained) {
                    say(service.moduleName() + " : cache AOT prêt / AOT cache ready");
                }
            }));
        }
        for (Thread training : trainings) {
            try {
                training.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        say("Cache AOT / AOT cache: " + Duration.ofNanos(System.nanoTime() - begin).toSeconds() + " s");
    }

    List<String> serviceArgs(EssorService service) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + settings.port(service),
                "--spring.profiles.active=local",
                "--spring.mongodb.uri=" + mongoUri(service),
                "--spring.kafka.bootstrap-servers=localhost:" + settings.kafkaPort()));
        for (EssorService linked : EssorService.values()) {
            args.add("--essor.ui.links." + linked.shortName() + "=" + settings.url(linked));
        }
        args.addAll(IdentityProvider.serviceArgs(service, settings.idpUrl()));
        return args;
    }

    /** The provider's port and issuer, and where every service runs (the redirect and logout URIs of its clients). */
    List<String> providerArgs() {
        return IdentityProvider.args(settings.idpPort(), settings::url);
    }

    private void startProcess(ServiceProcess process) {
        synchronized (processes) {
            checkNotStopping();
            processes.add(process);
            process.start();
        }
    }

    private String mongoUri(EssorService service) {
        return "mongodb://localhost:" + settings.mongoPort() + "/" + service.database();
    }

    private void awaitHealthy(List<ServiceProcess> starting, long begin) {
        checkNotStopping();
        health.awaitUp(starting, settings.startupTimeout(), process -> {
            checkNotStopping();
            say(String.format("%s est UP / is UP (%.1f s)", process.name(), (System.nanoTime() - begin) / 1e9));
        });
    }

    private void checkJarsExist() {
        List<Path> jars = new ArrayList<>(List.of(settings.idpJar()));
        settings.services().forEach(service -> jars.add(settings.serviceJars().get(service)));
        List<String> missing = jars.stream()
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Object::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("jar(s) introuvable(s) / not found: " + String.join(", ", missing)
                    + " — construisez-les avec / build them with ./run-local.sh (or ./mvnw -DskipTests package)");
        }
    }

    private void checkPortsFree() {
        List<Integer> ports = new ArrayList<>(List.of(settings.kafkaPort(), settings.kafkaControllerPort(), settings.mongoPort(),
                settings.idpPort()));
        settings.services().forEach(service -> ports.add(settings.port(service)));
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("le port " + port + " est déjà pris / port " + port
                        + " is already in use (une autre instance d'Essor ? / another Essor running?)");
            }
        }
    }

    private void checkNotStopping() {
        if (stopping) {
            throw new IllegalStateException("arrêt demandé pendant le démarrage / stop requested while starting");
        }
    }

    /**
     * The part of that name ({@code kafka}, {@code mongo-store}, {@code identity-provider}, {@code roadmap-service}…),
     * for the tests and fault drills that kill or pause it.
     */
    public ServiceProcess part(String name) {
        return snapshot().stream().filter(process -> process.name().equals(name)).findFirst().orElseThrow();
    }

    private List<ServiceProcess> snapshot() {
        synchronized (processes) {
            return List.copyOf(processes);
        }
    }

    private void say(String message) {
        console.println("[essor] " + message);
    }

    static String usage() {
        return """
                Essor — plateforme locale / local platform
                usage: java -jar local-platform/target/local-platform-exec.jar [--name=value ...]
                  --data-dir=./data                 Kafka, MongoDB and logs (kept between runs)
                  --kafka.port=9092  --kafka.controller-port=9093  --mongo.port=27017
                  --idp-port=9000                   the local OpenID provider (issuer http://localhost:<port>)
                  --roadmap.port=8081 --funding.port=8082 --procurement.port=8083 --foncier.port=8084
                  --services=all|none|roadmap,funding,...   which services to start (none: Kafka, MongoDB and the provider)
                  --home=.                          repository root holding <name>-service/target/<name>-service.jar
                                                    and identity-provider/target/identity-provider.jar
                  --roadmap.jar=PATH ... --idp.jar=PATH   another jar for one service or the provider
                  --jvm-options="%s"
                  --startup-timeout=300             seconds to wait for each /actuator/health to be UP
                  --aot-cache=off|on                on (Java 25+; ./run-local.sh's default): each service starts from
                                                    a JDK AOT cache trained at the first start after a build
                                                    (kept in <service>/target/aot)
                Every option can also be given as a system property: -Dessor.kafka.port=19092
                """.formatted(PlatformSettings.DEFAULT_JVM_OPTIONS);
    }
}
