package org.csto.kb.catalog;

import java.util.Set;

import org.csto.kb.shared.ResourceKey;

/**
 * What derives from the resource catalogs' items, and follows them when a publication
 * changes some: the timeline, the index of what cites each passage, the search index.
 */
@FunctionalInterface
public interface CatalogListener {

	/**
	 * These items were changed, added or removed; the catalogs already hold them as they
	 * are now.
	 */
	void changed(Set<ResourceKey> items);

}
