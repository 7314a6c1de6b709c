package org.csto.kb.curation;

/** Where a proposal stands: open for review until published, rejected or withdrawn. */
public enum ProposalStatus {

	/** Awaiting review; its author may still revise or withdraw it. */
	OPEN,
	/** A reviewer published it: its changes are the knowledge base's. */
	PUBLISHED,
	/** A reviewer rejected it, saying why. */
	REJECTED,
	/** Its author took it back. */
	WITHDRAWN

}
