package org.csto.kb.source;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Brings the Java migration that loads the source text into data slices, which do not scan components:
 * without it Flyway would seed citations into passages that do not exist.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(V2__Load_source_text.class)
public class SourceTextMigration {

}
