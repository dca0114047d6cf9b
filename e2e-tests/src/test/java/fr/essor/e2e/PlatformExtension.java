package fr.essor.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;

/**
 * Starts the {@link EssorPlatform} at the first test class that needs it and keeps it in the root store, which JUnit
 * closes (and so stops the platform) when the whole run ends, failed or not. A failed start is kept too: the next
 * classes fail at once with the same cause instead of trying again for minutes.
 */
final class PlatformExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlatformExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        platform(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EssorPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }

    private static EssorPlatform platform(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Startup.class, key -> Startup.attempt(), Startup.class)
                .platformOrThrow();
    }

    /** The outcome of the one start attempt of the run. */
    private record Startup(EssorPlatform platform, RuntimeException failure) implements AutoCloseable {

        static Startup attempt() {
            try {
                return new Startup(EssorPlatform.start(setting("essor.e2e.home", ".."),
                        setting("essor.e2e.work", "target/e2e")), null);
            } catch (RuntimeException e) {
                return new Startup(null, e);
            }
        }

        EssorPlatform platformOrThrow() {
            if (failure != null) {
                throw new IllegalStateException("The Essor platform did not start: " + failure.getMessage(), failure);
            }
            return platform;
        }

        @Override
        public void close() {
            if (platform != null) {
                platform.close();
            }
        }

        private static Path setting(String property, String fallback) {
            return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
        }
    }
}
