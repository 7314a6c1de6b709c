package org.csto.kb.country;

/** A country's standing in the CSTO, as the source tells it. */
public enum MembershipStatus {

	/** One of the member states the source lists. */
	MEMBER,

	/** A member state whose leader, the source says, has frozen its participation. */
	PARTICIPATION_FROZEN

}
