package fr.essor.funding;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import fr.essor.kit.architecture.EssorArchitectureRules;
import fr.essor.kit.architecture.FeatureBoundaryRules;

@AnalyzeClasses(packages = "fr.essor.funding", importOptions = ImportOption.DoNotIncludeTests.class)
class FundingArchitectureTest {

    @ArchTest
    static final ArchTests essor = ArchTests.in(EssorArchitectureRules.class);

    @ArchTest
    static final ArchTests features = ArchTests.in(FeatureBoundaryRules.class);
}
