/**
 * The CSTO knowledge base: a read-only REST API over facts drawn, with citations, from one source text. The
 * application's own entry points (the API root and the OpenAPI description) live here, above the features
 * whose data they describe.
 */
package org.csto.kb;
