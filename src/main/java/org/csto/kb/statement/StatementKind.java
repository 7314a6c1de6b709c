package org.csto.kb.statement;

/** Whether the source gives the speaker's own words or reports them. */
public enum StatementKind {

	/** The speaker's own words as the source quotes them, verbatim. */
	QUOTE,

	/** Reported speech: what the source says the speaker said. */
	PARAPHRASE

}
