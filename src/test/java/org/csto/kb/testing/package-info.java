/**
 * What the tests share, and the one place for it: the test slices' annotations and the one full application
 * context, the HTTP and MockMvc clients, the problem assertion, the OpenAPI contract check, fixtures, and the
 * PostgreSQL run's database.
 */
package org.csto.kb.testing;
