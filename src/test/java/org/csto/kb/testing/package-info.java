/**
 * What the tests share, and the one place for it. A test class says what it gets with one
 * annotation; nothing is added behind its back (no {@code META-INF} registrations):
 * <ul>
 * <li>{@link org.csto.kb.testing.KnowledgeBaseApiTest}: the whole application on a random
 * port, with an {@link org.csto.kb.testing.Api} (real HTTP) and a
 * {@link org.csto.kb.testing.MockMvcApi} (MockMvc) to inject;
 * {@link org.csto.kb.testing.BrowserTest} adds Chromium to it;</li>
 * <li>{@link org.csto.kb.testing.KnowledgeBaseWebTest}: a web slice of named controllers
 * through MockMvc;</li>
 * <li>{@link org.csto.kb.testing.KnowledgeBaseDataTest}: a JPA slice on the seeded
 * data.</li>
 * </ul>
 * Each of the three shows on its face what it brings: the PostgreSQL run's database and
 * skip ({@code postgres}) and, where there is MockMvc, every answer checked against the
 * OpenAPI document ({@code contract}, {@code @CheckedAgainstOpenApi}). Besides them: the
 * problem assertion, fixtures and the shipped source.
 */
package org.csto.kb.testing;
