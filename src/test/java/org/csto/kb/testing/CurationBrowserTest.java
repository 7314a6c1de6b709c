package org.csto.kb.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The curation's application ({@link CurationApiTest}), used through its pages in
 * headless {@link Chromium}, as {@link BrowserTest} uses the reader's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@CurationApiTest
@Tag("browser")
@ExtendWith(Chromium.Condition.class)
public @interface CurationBrowserTest {

}
