package fr.essor.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the local platform puts its data and which ports it uses. Every value has a default and can be set
 * with a system property ({@code -Dessor.kafka.port=19092}) or, taking precedence, an argument without the
 * {@code essor.} prefix ({@code --kafka.port=19092}).
 */
public record PlatformSettings(
        Path home,
        Path dataDir,
        int kafkaPort,
        int kafkaControllerPort,
        int mongoPort,
        int idpPort,
        Path idpJar,
        Map<EssorService, Integer> servicePorts,
        Map<EssorService, Path> serviceJars,
        Set<EssorService> services,
        List<String> jvmOptions,
        Duration startupTimeout,
        boolean aotCache) {

    static final String DEFAULT_JVM_OPTIONS =
            "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xmx768m -XX:ReservedCodeCacheSize=128m";

    public PlatformSettings {
        servicePorts = Map.copyOf(servicePorts);
        serviceJars = Map.copyOf(serviceJars);
        EnumSet<EssorService> ordered = EnumSet.noneOf(EssorService.class);
        ordered.addAll(services);
        services = Collections.unmodifiableSet(ordered);
        jvmOptions = List.copyOf(jvmOptions);
    }

    public static PlatformSettings from(String[] args, Properties systemProperties) {
        Map<String, String> values = new HashMap<>();
        systemProperties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("essor."))
                .forEach(name -> values.put(name.substring("essor.".length()), systemProperties.getProperty(name)));
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "': use --name=value, e.g. --data-dir=./data");
            }
            String name = arg.substring(2, arg.indexOf('='));
            name = name.startsWith("essor.") ? name.substring("essor.".length()) : name;
            if (!isKnown(name)) {
                throw new IllegalArgumentException("Unknown option '--" + name + "' (see --help)");
            }
            values.put(name, arg.substring(arg.indexOf('=') + 1));
        }

        Path home = Path.of(values.getOrDefault("home", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(values.getOrDefault("data-dir", "data"));
        dataDir = (dataDir.isAbsolute() ? dataDir : Path.of("").toAbsolutePath().resolve(dataDir)).normalize();

        Map<EssorService, Integer> ports = new EnumMap<>(EssorService.class);
        Map<EssorService, Path> jars = new EnumMap<>(EssorService.class);
        for (EssorService service : EssorService.values()) {
            ports.put(service, port(values, service.shortName() + ".port", service.defaultPort()));
            String jar = values.get(service.shortName() + ".jar");
            jars.put(service, jar != null
                    ? Path.of(jar).toAbsolutePath().normalize()
                    : home.resolve(service.moduleName()).resolve("target").resolve(service.moduleName() + ".jar"));
        }

        return new PlatformSettings(
                home,
                dataDir,
                port(values, "kafka.port", 9092),
                port(values, "kafka.controller-port", 9093),
                port(values, "mongo.port", 27017),
                port(values, "idp-port", port(values, "idp.port", IdentityProvider.DEFAULT_PORT)),
                values.containsKey("idp.jar") ? Path.of(values.get("idp.jar")).toAbsolutePath().normalize()
                        : IdentityProvider.jarIn(home),
                ports,
                jars,
                services(values.getOrDefault("services", "all")),
                List.of(values.getOrDefault("jvm-options", DEFAULT_JVM_OPTIONS).trim().split("\\s+")),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("startup-timeout", "300"))),
                aotCache(values.getOrDefault("aot-cache", "off")));
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path mongoFile() {
        return dataDir.resolve("mongo").resolve("essor.mv");
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    /** The local OpenID provider's URL, which is also its issuer: {@code http://localhost:9000}. */
    public String idpUrl() {
        return IdentityProvider.issuer(idpPort);
    }

    public int port(EssorService service) {
        return servicePorts.get(service);
    }

    public String url(EssorService service) {
        return "http://localhost:" + port(service);
    }

    private static boolean isKnown(String name) {
        if (List.of("home", "data-dir", "kafka.port", "kafka.controller-port", "mongo.port", "idp-port", "idp.port",
                "idp.jar", "services", "jvm-options", "startup-timeout", "aot-cache").contains(name)) {
            return true;
        }
        for (EssorService service : EssorService.values()) {
            if (name.equals(service.shortName() + ".port") || name.equals(service.shortName() + ".jar")) {
                return true;
            }
        }
        return false;
    }

    private static int port(Map<String, String> values, String name, int defaultPort) {
        String value = values.get(name);
        if (value == null) {
            return defaultPort;
        }
        int port = Integer.parseInt(value.trim());
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be a TCP port, was " + value);
        }
        return port;
    }

    /** {@code on} (used where the JDK has it, Java 25 and later; {@code ./run-local.sh} asks for it) or {@code off}. */
    private static boolean aotCache(String value) {
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "on" -> AotCache.supported();
            case "off" -> false;
            default -> throw new IllegalArgumentException("aot-cache must be on or off, was " + value);
        };
    }

    private static Set<EssorService> services(String value) {
        if (value.isBlank() || value.equalsIgnoreCase("all")) {
            return EnumSet.allOf(EssorService.class);
        }
        if (value.equalsIgnoreCase("none")) {
            return EnumSet.noneOf(EssorService.class);
        }
        List<EssorService> selected = new ArrayList<>();
        for (String name : value.split(",")) {
            selected.add(EssorService.byShortName(name));
        }
        return EnumSet.copyOf(selected);
    }
}
