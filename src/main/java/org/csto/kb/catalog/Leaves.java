package org.csto.kb.catalog;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.csto.kb.shared.Citation;
import org.csto.kb.shared.Reference;
import org.springframework.util.ReflectionUtils;

/**
 * The citations, references and texts an item holds, its own and its parts' (a person's
 * roles, an event's places), each with its JSON Pointer below the item: found by walking
 * its record, so that no type has to list them.
 */
public final class Leaves {

	private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

	private Leaves() {
	}

	/** What a walk meets: a citation, a reference or a text, and where it is. */
	@FunctionalInterface
	public interface Visitor {

		void visit(String pointer, Object leaf);

	}

	/** Visits every citation, reference and text below the item, with its pointer. */
	public static void walk(Object item, String pointer, Visitor visitor) {
		if (item instanceof Citation || item instanceof Reference || item instanceof String) {
			visitor.visit(pointer, item);
		}
		else if (item instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				walk(list.get(i), pointer + "/" + i, visitor);
			}
		}
		else if (item instanceof Record record) {
			for (RecordComponent component : COMPONENTS.computeIfAbsent(record.getClass(), Leaves::components)) {
				walk(ReflectionUtils.invokeMethod(component.getAccessor(), record), pointer + "/" + component.getName(),
						visitor);
			}
		}
	}

	public static List<Citation> citations(Record item) {
		List<Citation> found = new ArrayList<>();
		walk(item, "", (pointer, leaf) -> {
			if (leaf instanceof Citation citation) {
				found.add(citation);
			}
		});
		return found;
	}

	public static List<Reference> references(Record item) {
		List<Reference> found = new ArrayList<>();
		walk(item, "", (pointer, leaf) -> {
			if (leaf instanceof Reference reference) {
				found.add(reference);
			}
		});
		return found;
	}

	private static RecordComponent[] components(Class<?> type) {
		RecordComponent[] components = type.getRecordComponents();
		for (RecordComponent component : components) {
			ReflectionUtils.makeAccessible(component.getAccessor());
		}
		return components;
	}

}
