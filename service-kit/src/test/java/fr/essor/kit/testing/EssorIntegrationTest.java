package fr.essor.kit.testing;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service integration test: the whole service on a random port, profile {@code test}, against a real Kafka broker
 * and a MongoDB-compatible store (embedded by default, containers with {@code -Pcontainers}). Test classes that use
 * it with the same properties share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = EssorTestInitializer.class)
@ExtendWith(InfrastructureAvailable.class)
public @interface EssorIntegrationTest {
}
