package org.csto.kb.testing;

import java.util.List;

import org.csto.kb.catalog.Parties;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.shared.Citation;

/** Small building blocks for the web slices' fixture records. */
public final class Fixtures {

	private Fixtures() {
	}

	public static List<Citation> cited(String quote) {
		return List.of(new Citation(ShippedSource.ID, 1, null, quote));
	}

	public static Reference reference(ResourceType type, String id, String name) {
		return new Reference(type, id, name);
	}

	/**
	 * The parties that filters can name: these resources alone, none of them in an
	 * office.
	 */
	public static Parties parties(Reference... known) {
		return new Parties(References.of(List.of(known)), person -> List.of());
	}

}
