package fr.essor.kit.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

@AnalyzeClasses(packages = "fr.essor.kit", importOptions = ImportOption.DoNotIncludeTests.class)
class KitArchitectureTest {

    @ArchTest
    static final ArchTests essor = ArchTests.in(EssorArchitectureRules.class);
}
