package org.csto.kb.catalog;

/** The part a party plays in an event or a statement, as its sentence gives it. */
public enum Role {

	/** Took part in an event. */
	PARTICIPANT,

	/** The country of a place where an event happened. */
	PLACE,

	/** What an event is about or directed at, without taking part. */
	CONCERNS,

	/** Who made a statement. */
	SPEAKER,

	/** What a statement speaks of, other than its speaker and its event. */
	ABOUT;

	/**
	 * Whether the party acts in this role, and so may act through a person in its office.
	 */
	boolean acts() {
		return this == PARTICIPANT || this == SPEAKER;
	}

}
