/**
 * The read model every collection shares: a feature's items, held in memory in their
 * default order, and the paging, sorting, filters and CSV columns that requests are
 * answered with.
 */
package org.csto.kb.catalog;
