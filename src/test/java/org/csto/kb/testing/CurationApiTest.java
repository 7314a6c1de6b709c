package org.csto.kb.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.csto.kb.testing.contract.CheckedAgainstOpenApi;
import org.csto.kb.testing.postgres.PostgresRunCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The whole application, as {@link KnowledgeBaseApiTest} runs it, with the accounts of
 * {@link Accounts} and a database of its own ({@link OwnDatabase}), since what its tests
 * publish must not reach the tests that read the shipped data. Every test class with this
 * annotation shares the one application: each test makes items of its own, with ids of
 * its own, and asserts nothing about the others'.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kb.security.accounts[0].name=" + Accounts.CURATOR,
				"kb.security.accounts[0].password={noop}" + Accounts.PASSWORD, "kb.security.accounts[0].roles=CURATOR",
				"kb.security.accounts[1].name=" + Accounts.REVIEWER,
				"kb.security.accounts[1].password={noop}" + Accounts.PASSWORD, "kb.security.accounts[1].roles=REVIEWER",
				"kb.security.accounts[2].name=" + Accounts.SECOND_REVIEWER,
				"kb.security.accounts[2].password={noop}" + Accounts.PASSWORD,
				"kb.security.accounts[2].roles=REVIEWER" })
@AutoConfigureMockMvc
@CheckedAgainstOpenApi
@Import(ApiClientConfiguration.class)
@OwnDatabase("curation")
@ExtendWith(PostgresRunCondition.class)
@ContextCustomizerFactories(OwnDatabaseCustomizerFactory.class)
public @interface CurationApiTest {

}
