/**
 * The API's front door: the root index of the collections, the OpenAPI document's
 * description, and {@code /}.
 */
package org.csto.kb.api;
