/**
 * What every endpoint shares on the web: paging and sorting, RFC 9457 problems, CSV, HTTP caching and CORS.
 */
package org.csto.kb.web;
