package org.csto.kb.body;

/** What kind of organ a body is, as its name in the source says. */
public enum BodyKind {

	COUNCIL, ASSEMBLY, OFFICE, FORCE

}
