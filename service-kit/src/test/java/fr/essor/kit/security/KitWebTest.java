package fr.essor.kit.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

import fr.essor.kit.testing.TestIdentityProviderInitializer;

/**
 * Boots {@link SecurityTestApplication} as the funding service, trusting the test OpenID provider, without MongoDB,
 * Kafka or Cloud Stream (the security and layout tests need none of them). One shared context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = SecurityTestApplication.class, properties = {
        "essor.service.name=funding",
        "essor.service.title=Financements de l'ESS",
        "essor.ui.links.roadmap=http://roadmap.essor.test",
        "management.endpoints.web.exposure.include=health,info,prometheus",
        "spring.autoconfigure.exclude="
                + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
                + "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration,"
                + "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration,"
                + "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration,"
                + "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration,"
                + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration,"
                + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration,"
                + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration,"
                + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveRepositoriesAutoConfiguration,"
                + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration,"
                + "org.springframework.boot.kafka.autoconfigure.metrics.KafkaMetricsAutoConfiguration,"
                + "org.springframework.cloud.stream.config.BindersHealthIndicatorAutoConfiguration,"
                + "org.springframework.cloud.stream.config.ChannelsEndpointAutoConfiguration,"
                + "org.springframework.cloud.stream.config.BindingsEndpointAutoConfiguration,"
                + "org.springframework.cloud.stream.config.BindingServiceConfiguration,"
                + "org.springframework.cloud.stream.function.FunctionConfiguration,"
                + "fr.essor.kit.EssorKitConfiguration,"
                + "fr.essor.kit.organisations.OrganisationRegistryConfiguration" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestIdentityProviderInitializer.class)
public @interface KitWebTest {
}
