/**
 * What the tests share: the PostgreSQL run's database, the test slices' annotations and an HTTP client for the API.
 */
package org.csto.kb.testing;
