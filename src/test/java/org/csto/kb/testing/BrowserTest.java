package org.csto.kb.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole application on a random port, used through its pages in headless
 * {@link Chromium}. Skipped with a message where the machine has no Chromium, except in
 * CI ({@code CI} set), where it must run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@KnowledgeBaseApiTest
@Tag("browser")
@ExtendWith(Chromium.Condition.class)
public @interface BrowserTest {

}
