package org.csto.kb.web.problem;

import java.util.Optional;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.csto.kb.web.problem.ProblemHandler;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Problems.assertProblem;

/**
 * A request that needs the database while it is down gets a 503 problem, not a 500: the
 * client may retry, and a load balancer may send it elsewhere.
 */
class DatabaseUnavailableProblemTests {

	private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new NeedsTheDatabase())
		.setControllerAdvice(new ProblemHandler(Optional.empty()))
		.build());

	@Test
	void noConnectionIsAServiceUnavailableProblem() {
		assertServiceUnavailable("/no-connection");
	}

	@Test
	void noTransactionIsAServiceUnavailableProblem() {
		assertServiceUnavailable("/no-transaction");
	}

	@Test
	void aQueryTimeoutIsAServiceUnavailableProblem() {
		assertServiceUnavailable("/timeout");
	}

	/** What a read met when PostgreSQL went away under a pooled connection. */
	@Test
	void aRollbackOnAConnectionThePoolClosedIsAServiceUnavailableProblem() {
		assertServiceUnavailable("/rollback-on-a-closed-connection");
	}

	@Test
	void aLostConnectionIsAServiceUnavailableProblem() {
		assertServiceUnavailable("/lost-connection");
	}

	@Test
	void anyOtherFailureStaysAnInternalError() {
		assertProblem(mvc.get().uri("/bug").exchange(), 500, "/problems/internal-error");
	}

	private void assertServiceUnavailable(String path) {
		JsonNode problem = assertProblem(mvc.get().uri(path).exchange(), 503, "/problems/service-unavailable");
		assertThat(problem.get("title").asString()).isEqualTo("Service unavailable");
		assertThat(problem.get("detail").asString()).contains("database");
		assertThat(problem.get("instance").asString()).isEqualTo(path);
	}

	/**
	 * Nested in a test class, so that Boot's test type filter keeps it out of every
	 * application context.
	 */
	@RestController
	static class NeedsTheDatabase {

		@GetMapping("/no-connection")
		String noConnection() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLTransientConnectionException("Connection is not available, request timed out after 2000ms"));
		}

		@GetMapping("/no-transaction")
		String noTransaction() {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
		}

		@GetMapping("/timeout")
		String timeout() {
			throw new QueryTimeoutException("canceling statement due to statement timeout");
		}

		@GetMapping("/rollback-on-a-closed-connection")
		String rollbackOnAClosedConnection() {
			throw new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
					new SQLException("Connection is closed")));
		}

		@GetMapping("/lost-connection")
		String lostConnection() {
			throw new JpaSystemException(new RuntimeException("could not execute query",
					new SQLException("An I/O error occurred while sending to the backend.", "08006")));
		}

		@GetMapping("/bug")
		String bug() {
			throw new IllegalStateException("a bug");
		}

	}

}
