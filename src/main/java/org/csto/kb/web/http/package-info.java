/**
 * HTTP around the API: strong ETags, 304s, gzip and a response cache; CORS; security
 * headers; and query parameters read straight into records.
 */
package org.csto.kb.web.http;
