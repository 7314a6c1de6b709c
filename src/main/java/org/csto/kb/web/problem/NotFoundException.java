package org.csto.kb.web.problem;

/** No resource of a kind has the id a client asked for. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, String id) {
		super("No " + kind + " has the id '" + id + "'");
	}

}
