/**
 * HTTP around the API: strong ETags, 304s, gzip and a response cache; CORS; and query
 * parameters checked and read straight into records.
 */
package org.csto.kb.web.http;
