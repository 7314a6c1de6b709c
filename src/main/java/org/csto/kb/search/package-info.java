/**
 * Full-text search over every resource and the source passages: the Lucene index, its
 * analysis and the search endpoint.
 */
package org.csto.kb.search;
