package fr.essor.kit.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a service under test at the shared {@link TestInfrastructure}, in a database of its own. */
public class EssorTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String service = context.getEnvironment().getProperty("essor.service.name", "service");
        // a test class that writes much (the bad-input sweep) keeps to a database of its own with this property
        String database = "essor-" + service + context.getEnvironment().getProperty("essor.test.database-suffix", "")
                + "-test";
        TestPropertyValues values = TestPropertyValues.of(
                "spring.mongodb.uri=" + infrastructure.mongoUri(database))
                .and(TestIdentityProvider.serviceProperties(service))
                // EPT feeds serve changes once settled: short in tests, which still page while writing
                .and("essor.ept.feed-settle-delay=2s");
        // the divergence check (ADR-0023) reads every topic of the service: off in tests unless a test switches it on
        // (contexts of the same service with databases of their own share its topics and would disagree)
        if (context.getEnvironment().getProperty("essor.divergence.enabled") == null) {
            values = values.and("essor.divergence.enabled=false");
        }
        // a fault test that brings its own broker (e.g. one that is down at first) says so with this property
        if (!context.getEnvironment().getProperty("essor.test.own-kafka", Boolean.class, false)) {
            values = values.and("spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers());
        }
        values.applyTo(context);
    }
}
