package org.csto.kb.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.csto.kb.catalog.Leaves;
import org.csto.kb.history.Action;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;

/**
 * The order a proposal's changes are written in, so that the database's foreign keys hold
 * at every step: an item after the new items it refers to or cites, and a deleted item
 * after the deleted items that refer to it. Otherwise the proposal's own order.
 */
final class PublicationOrder {

	private PublicationOrder() {
	}

	/**
	 * The changes in an order they can be written in; those that refer to one another in
	 * a circle are left out, since none of them can come first.
	 * @param kept what a deleted item refers to, as it is kept now
	 */
	static List<ProposedChange> of(Collection<ProposedChange> changes, Function<ResourceKey, Set<ResourceKey>> kept) {
		List<ProposedChange> pending = changes.stream()
			.sorted((a, b) -> Integer.compare(a.index(), b.index()))
			.toList();
		Set<ResourceKey> created = new HashSet<>();
		Set<ResourceKey> deleted = new HashSet<>();
		pending.forEach(change -> (change.action() == Action.DELETE ? deleted : created).add(change.key()));
		List<ProposedChange> writes = new ArrayList<>();
		List<ProposedChange> deletes = new ArrayList<>();
		pending.forEach(change -> (change.action() == Action.DELETE ? deletes : writes).add(change));
		List<ProposedChange> order = new ArrayList<>(sorted(writes, change -> {
			Set<ResourceKey> needs = new HashSet<>(uses(change.draft()));
			needs.retainAll(created);
			needs.remove(change.key());
			return needs;
		}));
		// A deleted item goes after every deleted item that refers to it.
		order.addAll(sorted(deletes, change -> {
			Set<ResourceKey> after = new HashSet<>();
			deletes.stream()
				.filter(other -> !other.key().equals(change.key()) && kept.apply(other.key()).contains(change.key()))
				.forEach(other -> after.add(other.key()));
			return after;
		}));
		return order;
	}

	/** What an item refers to or cites. */
	static Set<ResourceKey> uses(Record item) {
		Set<ResourceKey> uses = new LinkedHashSet<>();
		if (item == null) {
			return uses;
		}
		Leaves.references(item)
			.stream()
			.filter(reference -> reference.type() != null && reference.id() != null)
			.forEach(reference -> uses.add(reference.key()));
		Leaves.citations(item)
			.stream()
			.filter(citation -> citation.source() != null)
			.forEach(citation -> uses.add(new ResourceKey(ResourceType.SOURCE.key(), citation.source())));
		return uses;
	}

	/** Each change after those it must follow, by Kahn's algorithm, stable. */
	private static List<ProposedChange> sorted(List<ProposedChange> changes,
			Function<ProposedChange, Set<ResourceKey>> follows) {
		List<ProposedChange> order = new ArrayList<>();
		Set<ResourceKey> done = new HashSet<>();
		Set<ResourceKey> among = new HashSet<>();
		changes.forEach(change -> among.add(change.key()));
		List<ProposedChange> left = new ArrayList<>(changes);
		boolean progress = true;
		while (!left.isEmpty() && progress) {
			progress = false;
			for (ProposedChange change : List.copyOf(left)) {
				Set<ResourceKey> waits = new HashSet<>(follows.apply(change));
				waits.retainAll(among);
				if (done.containsAll(waits)) {
					order.add(change);
					done.add(change.key());
					left.remove(change);
					progress = true;
				}
			}
		}
		return order;
	}

}
