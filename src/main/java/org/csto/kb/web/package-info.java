/**
 * What every endpoint shares on the web: paging and sorting, RFC 9457 problems (including those Tomcat raises
 * itself), CSV, HTTP caching, CORS and security headers.
 */
package org.csto.kb.web;
