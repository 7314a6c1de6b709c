package org.csto.kb.shared;

/** How much of a date the source gives. */
public enum DatePrecision {

	YEAR, MONTH, DAY

}
