package fr.essor.kit.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries between the features of a service ({@code fr.essor.<service>.<feature>.<role>}, ARCHITECTURE §1). A
 * service checks them with {@code @ArchTest static final ArchTests features = ArchTests.in(FeatureBoundaryRules.class);}.
 * The kit is a set of building blocks rather than features, and is not held to them.
 */
public final class FeatureBoundaryRules {

    /**
     * The features of a service ({@code fr.essor.<service>.<feature>..}) depend on each other in one direction only:
     * a feature that needs another's work asks its application layer, and that one never asks back.
     */
    @ArchTest
    public static final ArchRule FEATURES_FREE_OF_CYCLES = slices().matching("fr.essor.(*).(*)..")
            .namingSlices("$1 $2").should().beFreeOfCycles()
            .because("a feature is understood, changed and tested without the features that use it (issue 13)");

    /** A feature's adapters (its pages, API and stores) are its own: another feature goes through its application. */
    @ArchTest
    public static final ArchRule ADAPTERS_STAY_IN_THEIR_FEATURE = classes()
            .that().resideInAPackage("fr.essor.*.*..")
            .should(new ArchCondition<JavaClass>("not depend on another feature's web or infrastructure") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    FeaturePackage from = FeaturePackage.of(origin.getPackageName());
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        FeaturePackage to = FeaturePackage.of(dependency.getTargetClass().getPackageName());
                        if (from != null && to != null && from.isAnotherFeatureOfTheSameCodebase(to)
                                && to.isAdapter()) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("a feature's web and infrastructure change with it alone (issue 13)");

    /** {@code fr.essor.<codebase>.<feature>.<role>…}, as far as a package name has them. */
    private record FeaturePackage(String codebase, String feature, String role) {

        static FeaturePackage of(String packageName) {
            String[] parts = packageName.split("\\.");
            if (parts.length < 4 || !parts[0].equals("fr") || !parts[1].equals("essor")) {
                return null;
            }
            return new FeaturePackage(parts[2], parts[3], parts.length > 4 ? parts[4] : "");
        }

        boolean isAnotherFeatureOfTheSameCodebase(FeaturePackage other) {
            return codebase.equals(other.codebase) && !feature.equals(other.feature);
        }

        boolean isAdapter() {
            return role.equals("web") || role.equals("infrastructure");
        }
    }

    private FeatureBoundaryRules() {
    }
}
