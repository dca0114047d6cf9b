package fr.essor.kit.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "fr.essor.kit", importOptions = ImportOption.DoNotIncludeTests.class)
class KitArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = EssorArchitectureRules.DOMAIN_IS_PLAIN_JAVA;

    @ArchTest
    static final ArchRule applicationDoesNotDependOnAdapters = EssorArchitectureRules.APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS;

    @ArchTest
    static final ArchRule noDirectBrokerAccess = EssorArchitectureRules.NO_DIRECT_BROKER_ACCESS;
}
