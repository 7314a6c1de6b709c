package org.csto.kb.curation;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Proposals as a curator writes them, as JSON: a source of test text, and events and
 * statements that cite it. The text is made up for the tests and never ships.
 */
final class Drafts {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Two passages: the second with a footnote marker. */
	static String text(String place) {
		return "On 3 March 2025, the test council met in " + place + ".\n\n"
				+ "The council adopted a declaration on testing.[1]\n";
	}

	static ObjectNode proposal(String summary, ObjectNode... changes) {
		ObjectNode proposal = JSON.createObjectNode();
		proposal.put("summary", summary);
		ArrayNode list = proposal.putArray("changes");
		for (ObjectNode change : changes) {
			list.add(change);
		}
		return proposal;
	}

	static ObjectNode create(String type, String id, ObjectNode item) {
		ObjectNode change = JSON.createObjectNode().put("action", "create").put("type", type).put("id", id);
		change.set("item", item);
		return change;
	}

	static ObjectNode update(String type, String id, int baseRevision, ObjectNode item) {
		ObjectNode change = JSON.createObjectNode()
			.put("action", "update")
			.put("type", type)
			.put("id", id)
			.put("baseRevision", baseRevision);
		change.set("item", item);
		return change;
	}

	static ObjectNode delete(String type, String id, int baseRevision) {
		return JSON.createObjectNode()
			.put("action", "delete")
			.put("type", type)
			.put("id", id)
			.put("baseRevision", baseRevision);
	}

	static ObjectNode source(String place) {
		return JSON.createObjectNode()
			.put("title", "Test report from " + place)
			.put("origin", "https://example.org/reports/" + place.toLowerCase(java.util.Locale.ROOT))
			.put("licence", "CC0 1.0")
			.put("text", text(place));
	}

	static ObjectNode citation(String source, int passage, String quote) {
		return JSON.createObjectNode()
			.put("source", source)
			.put("passage", passage)
			.putNull("marker")
			.put("quote", quote);
	}

	/** A meeting on 3 March 2025, citing the first passage of the source. */
	static ObjectNode event(String title, String source, String place) {
		ObjectNode event = JSON.createObjectNode()
			.put("title", title)
			.put("kind", "MEETING")
			.put("summary", "The test council met in " + place + ".")
			.put("date", "2025-03-03")
			.put("datePrecision", "DAY");
		event.putArray("places").addObject().put("name", place).putNull("country");
		event.putArray("citations").add(citation(source, 1, "On 3 March 2025, the test council met in " + place));
		return event;
	}

	private Drafts() {
	}

}
