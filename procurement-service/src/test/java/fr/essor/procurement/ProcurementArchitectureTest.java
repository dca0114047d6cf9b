package fr.essor.procurement;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.essor.kit.architecture.EssorArchitectureRules;

@AnalyzeClasses(packages = "fr.essor.procurement", importOptions = ImportOption.DoNotIncludeTests.class)
class ProcurementArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = EssorArchitectureRules.DOMAIN_IS_PLAIN_JAVA.allowEmptyShould(true);

    @ArchTest
    static final ArchRule applicationDoesNotDependOnAdapters =
            EssorArchitectureRules.APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS.allowEmptyShould(true);

    @ArchTest
    static final ArchRule noDirectBrokerAccess = EssorArchitectureRules.NO_DIRECT_BROKER_ACCESS;
}
