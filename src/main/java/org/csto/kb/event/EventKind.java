package org.csto.kb.event;

/** What kind of happening an event is. */
public enum EventKind {

	FOUNDING, AGREEMENT, MEETING, SUMMIT, VISIT, REFUSAL, ANNOUNCEMENT, INTERVIEW, BROADCAST, DEPLOYMENT, PROTEST,
	CRISIS, OTHER

}
