package fr.essor.kit.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Makes a test context trust the shared {@link TestIdentityProvider}, as the client of its service. */
public class TestIdentityProviderInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String service = context.getEnvironment().getProperty("essor.service.name", "service");
        TestPropertyValues.of(TestIdentityProvider.serviceProperties(service)).applyTo(context);
    }
}
