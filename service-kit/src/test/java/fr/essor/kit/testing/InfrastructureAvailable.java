package fr.essor.kit.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips integration tests cleanly in containers mode when no Docker engine is there. */
public class InfrastructureAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return TestInfrastructure.available()
                ? ConditionEvaluationResult.enabled("infrastructure available")
                : ConditionEvaluationResult.disabled("containers mode (-Pcontainers) without a Docker engine");
    }
}
