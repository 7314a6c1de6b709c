/**
 * The web plumbing under every endpoint, one concern a package: problems, HTTP and CSV.
 * It knows no feature, no shared type and no read model.
 */
package org.csto.kb.web;
