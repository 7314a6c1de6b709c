/**
 * CSV as a representation: a table of text and the message converter that writes it.
 */
@NamedInterface("csv")
package org.csto.kb.web.csv;

import org.springframework.modulith.NamedInterface;
