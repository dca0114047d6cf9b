package fr.essor.roadmap;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import fr.essor.kit.architecture.EssorArchitectureRules;

@AnalyzeClasses(packages = "fr.essor.roadmap", importOptions = ImportOption.DoNotIncludeTests.class)
class RoadmapArchitectureTest {

    @ArchTest
    static final ArchTests essor = ArchTests.in(EssorArchitectureRules.class);
}
