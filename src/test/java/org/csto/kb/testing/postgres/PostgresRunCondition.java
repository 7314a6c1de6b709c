package org.csto.kb.testing.postgres;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test of the PostgreSQL run when there is no PostgreSQL server to run it on,
 * saying why and how to enable it. Named by {@code @ExtendWith} on the test annotations
 * ({@code @KnowledgeBaseApiTest}, {@code @KnowledgeBaseDataTest},
 * {@code @KnowledgeBaseWebTest}); a test without one runs in both runs.
 */
public class PostgresRunCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!PostgresTestDatabase.requested()) {
			return ConditionEvaluationResult.enabled("the H2 run");
		}
		PostgresTestDatabase.Availability availability = PostgresTestDatabase.availability();
		return availability.server().isPresent()
				? ConditionEvaluationResult.enabled("PostgreSQL from " + availability.server().get().origin())
				: ConditionEvaluationResult.disabled(availability.reason());
	}

}
