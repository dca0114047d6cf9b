package fr.essor.kit.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every Essor codebase keeps (ARCHITECTURE §1). A service checks them all with
 * {@code @ArchTest static final ArchTests essor = ArchTests.in(EssorArchitectureRules.class);}
 */
public final class EssorArchitectureRules {

    /** Domain packages are plain Java: no Spring, no MongoDB, no Kafka, no Jackson, no servlet. */
    @ArchTest
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..",
                    "com.mongodb..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..",
                    "jakarta.servlet..", "io.micrometer..")
            .because("the domain must not depend on frameworks (ARCHITECTURE §1)");

    /** The application layer does not reach into infrastructure or web adapters. */
    @ArchTest
    public static final ArchRule APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS = noClasses().that()
            .resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..web..")
            .because("use cases talk to ports, adapters implement them");

    /** Application code publishes through the outbox, never straight to the broker. */
    @ArchTest
    public static final ArchRule NO_DIRECT_BROKER_ACCESS = noClasses().that()
            .resideOutsideOfPackages("fr.essor.kit.outbox..", "fr.essor.kit", "fr.essor.kit.health..",
                    "fr.essor.kit.consuming..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
            .orShould().dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.cloud.stream.function.StreamBridge")
            .because("events leave a service only through the outbox (ARCHITECTURE §3)");

    private EssorArchitectureRules() {
    }
}
