/**
 * The CSTO knowledge base: a read-only REST API over facts drawn, with citations, from
 * one source text.
 */
package org.csto.kb;
