package org.csto.kb.catalog;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.csto.kb.shared.Citation;
import org.springframework.util.ReflectionUtils;

/**
 * Every citation an item carries, its own and its parts' (a person's roles), found by
 * walking its record, so that no type has to list them.
 */
final class Citations {

	private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

	private Citations() {
	}

	static List<Citation> of(Record item) {
		List<Citation> found = new ArrayList<>();
		walk(item, found);
		return found;
	}

	private static void walk(Object value, List<Citation> found) {
		if (value instanceof Citation citation) {
			found.add(citation);
		}
		else if (value instanceof List<?> list) {
			list.forEach(element -> walk(element, found));
		}
		else if (value instanceof Record record) {
			for (RecordComponent component : COMPONENTS.computeIfAbsent(record.getClass(), Citations::components)) {
				walk(ReflectionUtils.invokeMethod(component.getAccessor(), record), found);
			}
		}
	}

	private static RecordComponent[] components(Class<?> type) {
		RecordComponent[] components = type.getRecordComponents();
		for (RecordComponent component : components) {
			ReflectionUtils.makeAccessible(component.getAccessor());
		}
		return components;
	}

}
