/**
 * What the tests share, and the one place for it: the one full application context and
 * the slices' annotations, the HTTP and MockMvc clients, the problem assertion, fixtures
 * and the shipped source; the OpenAPI contract ({@code contract}) and the PostgreSQL run
 * ({@code postgres}) below it.
 */
package org.csto.kb.testing;
