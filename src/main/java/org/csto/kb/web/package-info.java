/**
 * What every endpoint shares on the web: paging and sorting, RFC 9457 problems, the API root and its docs.
 */
package org.csto.kb.web;
