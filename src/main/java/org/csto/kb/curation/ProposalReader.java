package org.csto.kb.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.csto.kb.catalog.CheckError;
import org.csto.kb.catalog.Curated;
import org.csto.kb.catalog.ReadModel;
import org.csto.kb.history.Action;
import org.csto.kb.shared.ResourceType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a proposal's JSON as strictly as it will be written: every field known and of its
 * type, nothing coerced, each failure reported at its JSON Pointer. An item is read into
 * its type's draft, the record GET returns (or a source's draft), whose derived fields
 * (its revision, the statements said at an event) are read-only and ignored.
 */
@Component
class ProposalReader {

	/** The most changes one proposal may make: a reviewer reads every one. */
	static final int MAX_CHANGES = 100;

	static final int MAX_SUMMARY = 500;

	private static final Set<String> PROPOSAL_FIELDS = Set.of("summary", "changes");

	private static final Set<String> CHANGE_FIELDS = Set.of("action", "type", "id", "baseRevision", "item");

	/**
	 * Unknown fields fail, as do numbers for text, text for numbers or booleans, and
	 * numbers for enums; a list left out or null is empty.
	 */
	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
		// A number left out or null is 0, which the checks refuse where it matters (a
		// citation's passage), rather than a failure in Jackson's words.
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
		.withCoercionConfig(LogicalType.Textual,
				config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
		.withConfigOverride(List.class,
				override -> override.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
		.build();

	private final ReadModel readModel;

	ProposalReader(ReadModel readModel) {
		this.readModel = readModel;
	}

	/** The proposal as read, and what could not be read, at its pointer. */
	record Read(String summary, List<ProposedChange> changes, List<CheckError> errors) {
	}

	Read read(JsonNode body) {
		List<CheckError> errors = new ArrayList<>();
		List<ProposedChange> changes = new ArrayList<>();
		if (body == null || !body.isObject()) {
			errors.add(new CheckError("", "must be a JSON object with a summary and changes"));
			return new Read(null, changes, errors);
		}
		unknownFields(body, "", PROPOSAL_FIELDS, errors);
		String summary = text(body, "summary", "", true, errors);
		if (summary != null && summary.isBlank()) {
			errors.add(new CheckError("/summary", "must say why, in a sentence"));
		}
		else if (summary != null && summary.length() > MAX_SUMMARY) {
			errors.add(new CheckError("/summary",
					"must be at most " + MAX_SUMMARY + " characters long; it has " + summary.length()));
		}
		else if (summary != null && Texts.invalid(summary) != null) {
			errors.add(new CheckError("/summary", Texts.invalid(summary)));
		}
		JsonNode list = body.get("changes");
		if (list == null || !list.isArray() || list.isEmpty()) {
			errors.add(new CheckError("/changes", "must be a list of at least one change"));
		}
		else if (list.size() > MAX_CHANGES) {
			errors.add(new CheckError("/changes", "may hold at most " + MAX_CHANGES + " changes; it has " + list.size()
					+ ": split them into proposals a reviewer can read"));
		}
		else {
			for (int i = 0; i < list.size(); i++) {
				ProposedChange change = change(i, list.get(i), errors);
				if (change != null) {
					changes.add(change);
				}
			}
		}
		return new Read(summary, changes, errors);
	}

	/** One change, or null where it is too broken to check further. */
	private ProposedChange change(int index, JsonNode node, List<CheckError> errors) {
		String at = "/changes/" + index;
		if (!node.isObject()) {
			errors.add(new CheckError(at, "must be an object with an action, a type and an id"));
			return null;
		}
		int before = errors.size();
		unknownFields(node, at, CHANGE_FIELDS, errors);
		String actionKey = text(node, "action", at, true, errors);
		Action action = actionKey == null ? null : Action.fromKey(actionKey);
		if (actionKey != null && action == null) {
			errors
				.add(new CheckError(at + "/action", "must be one of create, update, delete; got '" + actionKey + "'"));
		}
		String typeKey = text(node, "type", at, true, errors);
		ResourceType type = typeKey == null ? null : ResourceType.find(typeKey).orElse(null);
		if (typeKey != null && type == null) {
			errors.add(new CheckError(at + "/type", "must be one of " + keys() + "; got '" + typeKey + "'"));
		}
		String id = text(node, "id", at, true, errors);
		Integer baseRevision = baseRevision(node, at, action, errors);
		JsonNode item = node.get("item");
		if (action == Action.DELETE && item != null && !item.isNull()) {
			errors.add(new CheckError(at + "/item", "must be left out of a delete"));
		}
		if (action != null && action != Action.DELETE && (item == null || !item.isObject())) {
			errors.add(new CheckError(at + "/item", "must be the item as proposed: an object"));
		}
		if (errors.size() > before || action == null || type == null || id == null) {
			return null;
		}
		if (action == Action.DELETE) {
			return new ProposedChange(index, action, type, id, baseRevision, null, null);
		}
		return new ProposedChange(index, action, type, id, baseRevision, item,
				draft(readModel.catalog(type), (ObjectNode) item, id, at + "/item", errors));
	}

	private static Integer baseRevision(JsonNode node, String at, Action action, List<CheckError> errors) {
		JsonNode value = node.get("baseRevision");
		if (action == Action.CREATE) {
			if (value != null && !value.isNull()) {
				errors.add(new CheckError(at + "/baseRevision", "must be left out of a create: the item is new"));
			}
			return null;
		}
		if (value == null || value.isNull()) {
			if (action != null) {
				errors.add(new CheckError(at + "/baseRevision",
						"is required: the revision of the item the change was made to, as GET shows it"));
			}
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
			errors.add(new CheckError(at + "/baseRevision", "must be a revision number: a whole number from 1"));
			return null;
		}
		return value.intValue();
	}

	/**
	 * The item read into its type's draft, with the change's id where the item leaves its
	 * own out; null where it cannot be read.
	 */
	private static Record draft(Curated<?> curated, ObjectNode item, String id, String at, List<CheckError> errors) {
		JsonNode own = item.get(curated.idField());
		if (own != null && !own.isNull() && !(own.isString() && own.stringValue().equals(id))) {
			errors.add(
					new CheckError(at + "/" + curated.idField(), "must be the change's id, '" + id + "', or left out"));
			return null;
		}
		ObjectNode withId = item.deepCopy();
		withId.put(curated.idField(), id);
		try {
			return STRICT.treeToValue(withId, curated.draftType());
		}
		catch (JacksonException ex) {
			errors.add(new CheckError(at + pointer(ex), reason(ex)));
			return null;
		}
	}

	/** Where in the item reading failed, as a JSON Pointer below it. */
	private static String pointer(JacksonException ex) {
		StringBuilder pointer = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			pointer.append('/');
			pointer.append(reference.getPropertyName() != null
					? reference.getPropertyName().replace("~", "~0").replace("/", "~1") : reference.getIndex());
		}
		return pointer.toString();
	}

	/** Jackson's message without its location and the Java types it names. */
	private static String reason(JacksonException ex) {
		String message = ex.getOriginalMessage();
		if (ex instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
			return "is not a field of this type; the fields are " + unknown.getKnownPropertyIds();
		}
		if (ex instanceof tools.jackson.databind.exc.InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			return "must be one of " + List.of(invalid.getTargetType().getEnumConstants()) + "; got "
					+ invalid.getValue();
		}
		if (ex instanceof tools.jackson.databind.exc.MismatchedInputException mismatched
				&& mismatched.getTargetType() != null) {
			return "must be " + expected(mismatched.getTargetType());
		}
		return message == null ? "cannot be read" : message.replaceAll("\\(class [^)]*\\)", "").strip();
	}

	private static String expected(Class<?> type) {
		if (type == String.class) {
			return "text (a JSON string)";
		}
		if (type == int.class || type == Integer.class) {
			return "a whole number";
		}
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		if (List.class.isAssignableFrom(type)) {
			return "a list";
		}
		return "an object";
	}

	private static void unknownFields(JsonNode node, String at, Set<String> known, List<CheckError> errors) {
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			if (!known.contains(field.getKey())) {
				errors.add(new CheckError(at + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
						"is not a field here; the fields are " + known.stream().sorted().toList()));
			}
		}
	}

	/**
	 * A text field's value; null, with an error where it is required, if there is none.
	 */
	private static String text(JsonNode node, String field, String at, boolean required, List<CheckError> errors) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				errors.add(new CheckError(at + "/" + field, "is required"));
			}
			return null;
		}
		if (!value.isString()) {
			errors.add(new CheckError(at + "/" + field, "must be text (a JSON string)"));
			return null;
		}
		return value.stringValue();
	}

	private static List<String> keys() {
		return java.util.Arrays.stream(ResourceType.values()).map(ResourceType::key).toList();
	}

}
