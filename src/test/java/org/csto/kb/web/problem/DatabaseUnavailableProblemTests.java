package org.csto.kb.web.problem;

import java.sql.SQLTransientConnectionException;

import org.csto.kb.web.problem.ProblemHandler;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that needs the database while it is down gets a 503 problem, not a 500: the client may
 * retry, and a load balancer may send it elsewhere.
 */
class DatabaseUnavailableProblemTests {

	private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new NeedsTheDatabase())
		.setControllerAdvice(new ProblemHandler())
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

	@Test
	void anyOtherFailureStaysAnInternalError() {
		assertThat(mvc.get().uri("/bug")).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("/problems/internal-error");
	}

	private void assertServiceUnavailable(String path) {
		assertThat(mvc.get().uri(path)).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.type").isEqualTo("/problems/service-unavailable");
				assertThat(json).extractingPath("$.status").isEqualTo(503);
				assertThat(json).extractingPath("$.title").isEqualTo("Service unavailable");
				assertThat(json).extractingPath("$.detail").asString().contains("database");
				assertThat(json).extractingPath("$.instance").isEqualTo(path);
			});
	}

	/** Nested in a test class, so that Boot's test type filter keeps it out of every application context. */
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

		@GetMapping("/bug")
		String bug() {
			throw new IllegalStateException("a bug");
		}

	}

}
