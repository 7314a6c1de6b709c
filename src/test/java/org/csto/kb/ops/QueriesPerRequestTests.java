package org.csto.kb.ops;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.assertj.core.api.SoftAssertions;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.contract.ApiDocument.Operation;
import org.csto.kb.testing.contract.ApiDocument;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the database work per request, counted by Hibernate's statistics over real HTTP
 * requests. The contract allows a list at most 3 statements whatever its page size; in
 * fact every collection is read into memory once at start-up, so a request costs none,
 * and this test holds it to that. The change feed alone is read from the database, with
 * one statement a page.
 */
@KnowledgeBaseApiTest
class QueriesPerRequestTests {

	static final List<Integer> SIZES = List.of(1, 20, 100);

	@Autowired
	Api api;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void countStatements() {
		statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
	}

	@AfterEach
	void stopCounting() {
		statistics.setStatisticsEnabled(false);
	}

	@Test
	void theCounterSeesAStatementThatIsRun() {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			entityManager.createNativeQuery("select count(*) from event").getSingleResult();
		}

		assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
	}

	@Test
	void aListRequestCostsNoStatementAtAnyPageSize() throws Exception {
		List<Operation> lists = ApiDocument.getOperations(api)
			.stream()
			.filter(operation -> operation.hasParameter("size") && !operation.hasPathParameters())
			// Signed-in reads: the proposals, read from the database by the few who
			// review.
			.filter(operation -> !operation.path().startsWith("/api/v1/proposals"))
			.toList();
		assertThat(lists).extracting(Operation::path)
			.contains("/api/v1/member-states", "/api/v1/countries", "/api/v1/events", "/api/v1/statements",
					"/api/v1/bodies", "/api/v1/persons", "/api/v1/organizations", "/api/v1/sources");

		SoftAssertions softly = new SoftAssertions();
		for (Operation list : lists) {
			for (int size : SIZES) {
				String target = list.target(Map.of("size", String.valueOf(size)));
				statistics.clear();
				ResponseEntity<String> response = api.get(api.uri(target));
				long statements = statistics.getPrepareStatementCount();

				softly.assertThat(response.getStatusCode().value()).as("GET %s", target).isEqualTo(200);
				softly.assertThat(statements).as("statements for GET %s", target).isLessThanOrEqualTo(3);
				// The feed of changes grows with every publication and is read from the
				// database,
				// by scripts that follow it, with one statement.
				if (!list.path().equals("/api/v1/changes")) {
					softly.assertThat(statements).as("statements for GET %s, answered from memory", target).isZero();
				}
			}
		}
		softly.assertAll();
	}

}
