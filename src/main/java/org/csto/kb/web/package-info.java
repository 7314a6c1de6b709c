/**
 * What every endpoint shares on the web: paging and sorting, and RFC 9457 problems.
 */
package org.csto.kb.web;
