package org.csto.kb.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.csto.kb.shared.References;
import org.csto.kb.source.V2__Load_source_text;
import org.csto.kb.testing.postgres.PostgresContextCustomizerFactory;
import org.csto.kb.testing.postgres.PostgresRunCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A JPA slice against the seeded knowledge base. The configured database is kept
 * ({@code replace = NONE}): Boot's default would swap it for a plain embedded H2 on the
 * H2 run (losing its PostgreSQL mode) and could do so on the PostgreSQL run too, where
 * the point is to test PostgreSQL. Slices scan no components, so the Java migration that
 * loads the source text is imported, or Flyway would seed citations into passages that do
 * not exist; {@link References} resolves the entities' references to other resources, as
 * the catalogs do. In the PostgreSQL run the configured database is that run's server,
 * and the slice is skipped, with the reason, when there is none
 * ({@link PostgresContextCustomizerFactory}, {@link PostgresRunCondition}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ V2__Load_source_text.class, References.class })
@ExtendWith(PostgresRunCondition.class)
@ContextCustomizerFactories(PostgresContextCustomizerFactory.class)
public @interface KnowledgeBaseDataTest {

}
