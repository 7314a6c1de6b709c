package org.csto.kb.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application of a test that writes gets a database of its own, seeded by the
 * migrations as every other one is, so that what it publishes is never seen by the tests
 * that read the shipped data: an in-memory H2 database of this name, or, in the
 * PostgreSQL run, a schema of this name on that run's server, dropped before its first
 * test ({@link OwnDatabaseCustomizerFactory}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OwnDatabase {

	/** The database's name: a lowercase word. */
	String value();

}
