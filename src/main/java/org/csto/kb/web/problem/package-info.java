/**
 * RFC 9457 problems: the one error path, for failures in Spring MVC and for requests
 * Tomcat rejects itself.
 */
@NamedInterface("problem")
package org.csto.kb.web.problem;

import org.springframework.modulith.NamedInterface;
