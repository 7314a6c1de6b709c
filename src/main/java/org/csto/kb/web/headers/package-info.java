/**
 * The security headers every response carries, error responses that Tomcat writes itself
 * included.
 */
@NamedInterface("headers")
package org.csto.kb.web.headers;

import org.springframework.modulith.NamedInterface;
