package org.csto.kb.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.csto.kb.catalog.CheckError;
import org.csto.kb.catalog.Checks;
import org.csto.kb.catalog.Curated;
import org.csto.kb.catalog.Leaves;
import org.csto.kb.catalog.Quotes;
import org.csto.kb.catalog.ReadModel;
import org.csto.kb.history.Action;
import org.csto.kb.history.DeletedItems;
import org.csto.kb.shared.Citation;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.shared.References;
import org.csto.kb.source.Passage;
import org.csto.kb.source.Source;
import org.csto.kb.source.SourceDraft;
import org.csto.kb.source.SourceText;
import org.csto.kb.source.Sources;
import org.springframework.stereotype.Component;

/**
 * What every proposal is checked for, when it is proposed and again when it is published:
 * ids, revisions, citations that quote their passages word for word, references that
 * resolve, text a reader can trust, and each type's own rules. Each failure is reported
 * at its JSON Pointer into the request.
 */
@Component
class ProposalChecks {

	/** The longest quote a citation may give, as its column holds. */
	static final int MAX_QUOTE = 2000;

	private final ReadModel readModel;

	private final References references;

	private final Sources sources;

	private final DeletedItems deleted;

	ProposalChecks(ReadModel readModel, References references, Sources sources, DeletedItems deleted) {
		this.readModel = readModel;
		this.references = references;
		this.sources = sources;
		this.deleted = deleted;
	}

	/** Everything wrong with these changes, against the knowledge base as it is now. */
	List<CheckError> check(List<ProposedChange> changes) {
		List<CheckError> errors = new ArrayList<>();
		Proposal proposal = new Proposal(changes);
		for (ProposedChange change : changes) {
			String earlier = proposal.firstPointer(change.key());
			if (!earlier.equals(change.pointer())) {
				errors.add(new CheckError(change.pointer() + "/id",
						"is changed by " + earlier + " already; make each item's change once"));
				continue;
			}
			identity(change, errors);
			if (change.action() == Action.DELETE) {
				stillReferred(change, proposal, errors);
			}
			else if (change.draft() != null) {
				item(change, proposal, errors);
			}
		}
		errors.addAll(proposal.cycles());
		return errors;
	}

	/**
	 * The id of a new item is free; the item an update or delete names is at its base
	 * revision.
	 */
	private void identity(ProposedChange change, List<CheckError> errors) {
		Curated<?> curated = readModel.catalog(change.type());
		Optional<Integer> stored = curated.storedRevision(change.id());
		Optional<String> gone = deleted.deletion(change.key())
			.map(revision -> "was deleted in its revision " + revision.revision()
					+ "; a deleted item's id is never given again");
		if (change.action() == Action.CREATE) {
			String invalid = curated.invalidId(change.id());
			if (invalid != null) {
				errors.add(new CheckError(change.pointer() + "/id", invalid));
			}
			else if (stored.isPresent()) {
				errors.add(new CheckError(change.pointer() + "/id", "is the id of a published " + change.type().key()
						+ "; update it, or give the new item an id of its own"));
			}
			else {
				gone.ifPresent(reason -> errors.add(new CheckError(change.pointer() + "/id", reason)));
			}
			return;
		}
		if (stored.isEmpty()) {
			errors.add(
					new CheckError(change.pointer() + "/id", gone.orElse("names no published " + change.type().key())));
		}
		else if (!stored.get().equals(change.baseRevision())) {
			errors.add(new CheckError(change.pointer() + "/baseRevision",
					"is " + change.baseRevision() + ", but the item is at revision " + stored.get()
							+ " now: read it again and make the change to that revision"));
		}
	}

	/** A deletion leaves nothing pointing at the deleted item. */
	private void stillReferred(ProposedChange change, Proposal proposal, List<CheckError> errors) {
		List<String> referrers = readModel.referrers(change.key())
			.stream()
			.filter(referrer -> !proposal.deletes(referrer) && !proposal.updates(referrer))
			.map(referrer -> referrer.type() + " '" + referrer.id() + "'")
			.toList();
		if (!referrers.isEmpty()) {
			errors.add(new CheckError(change.pointer(), "is still referred to or cited by "
					+ String.join(", ", referrers) + ": change or delete them in this proposal first"));
		}
	}

	private void item(ProposedChange change, Proposal proposal, List<CheckError> errors) {
		String at = change.pointer() + "/item";
		Record draft = change.draft();
		check(readModel.catalog(change.type()), change, new Checks(at, errors));
		if (!(draft instanceof SourceDraft) && Leaves.citations(draft).isEmpty()) {
			errors.add(new CheckError(at + "/citations",
					"needs at least one citation: the passage, and its exact words, that state the item"));
		}
		Leaves.walk(draft, "", (pointer, leaf) -> {
			if (leaf instanceof Citation citation) {
				citation(at + pointer, citation, proposal, errors);
			}
			else if (leaf instanceof Reference reference) {
				reference(at + pointer, reference, proposal, errors);
			}
			else if (leaf instanceof String text) {
				String invalid = Texts.invalid(text);
				if (invalid != null) {
					errors.add(new CheckError(at + pointer, invalid));
				}
			}
		});
	}

	private static <D extends Record> void check(Curated<D> curated, ProposedChange change, Checks checks) {
		curated.check(change.id(), curated.draftType().cast(change.draft()), change.action() == Action.CREATE, checks);
	}

	/** A citation names a passage there is, and quotes it word for word. */
	private void citation(String at, Citation citation, Proposal proposal, List<CheckError> errors) {
		if (citation.source() == null) {
			errors.add(new CheckError(at + "/source", "is required: the id of the source the quote is from"));
			return;
		}
		Optional<List<String>> passages = proposal.passages(citation.source());
		if (passages.isEmpty()) {
			errors.add(new CheckError(at + "/source",
					"names no published source, nor one this proposal creates: '" + citation.source() + "'"));
			return;
		}
		List<String> texts = passages.get();
		if (citation.passage() < 1 || citation.passage() > texts.size()) {
			errors.add(new CheckError(at + "/passage",
					"must be a passage of " + citation.source() + ": 1 to " + texts.size()));
			return;
		}
		String passage = texts.get(citation.passage() - 1);
		if (citation.quote() == null || citation.quote().isBlank()) {
			errors
				.add(new CheckError(at + "/quote", "is required: the exact words of the passage that state the fact"));
		}
		else if (citation.quote().length() > MAX_QUOTE) {
			errors.add(new CheckError(at + "/quote",
					"must be at most " + MAX_QUOTE + " characters long; it has " + citation.quote().length()));
		}
		else if (!Quotes.excerptOf(citation.quote(), passage)) {
			errors.add(new CheckError(at + "/quote", "is not an exact excerpt of passage " + citation.passage() + " of "
					+ citation.source() + " (whitespace aside)" + Quotes.divergence(citation.quote(), passage)));
		}
		if (citation.marker() != null && !SourceText.markers(passage).contains(citation.marker())) {
			List<String> markers = SourceText.markers(passage);
			errors.add(new CheckError(at + "/marker", "is not a footnote marker of passage " + citation.passage()
					+ (markers.isEmpty() ? ", which has none; leave it null" : "; it has " + markers)));
		}
	}

	/** A reference names an item there is: published and kept, or created alongside. */
	private void reference(String at, Reference reference, Proposal proposal, List<CheckError> errors) {
		if (reference.type() == null) {
			errors.add(new CheckError(at + "/type", "is required"));
			return;
		}
		if (reference.id() == null) {
			errors.add(new CheckError(at + "/id", "is required"));
			return;
		}
		ResourceKey key = reference.key();
		if (proposal.deletes(key)) {
			errors.add(new CheckError(at + "/id", "names a " + key.type() + " this proposal deletes"));
		}
		else if (!proposal.creates(key) && !references.exists(key)) {
			String hint = deleted.deletion(key)
				.map(revision -> ": it was deleted in its revision " + revision.revision())
				.orElse(references.named(key.id())
					.stream()
					.filter(named -> named.type().equals(key.type()))
					.findFirst()
					.map(named -> ": did you mean '" + named.id() + "'?")
					.orElse(""));
			errors.add(new CheckError(at + "/id",
					"names no published " + key.type() + ", nor one this proposal creates" + hint));
		}
	}

	/** The changes of one proposal, by the items they change. */
	private final class Proposal {

		private final Map<ResourceKey, ProposedChange> byKey = new HashMap<>();

		Proposal(List<ProposedChange> changes) {
			changes.forEach(change -> byKey.putIfAbsent(change.key(), change));
		}

		String firstPointer(ResourceKey key) {
			return byKey.get(key).pointer();
		}

		boolean creates(ResourceKey key) {
			ProposedChange change = byKey.get(key);
			return change != null && change.action() == Action.CREATE;
		}

		boolean updates(ResourceKey key) {
			ProposedChange change = byKey.get(key);
			return change != null && change.action() == Action.UPDATE;
		}

		boolean deletes(ResourceKey key) {
			ProposedChange change = byKey.get(key);
			return change != null && change.action() == Action.DELETE;
		}

		/** A source's passages, as published or as this proposal creates it. */
		Optional<List<String>> passages(String source) {
			ResourceKey key = new ResourceKey(ResourceType.SOURCE.key(), source);
			ProposedChange change = byKey.get(key);
			if (change != null && change.action() == Action.CREATE) {
				return change.draft() instanceof SourceDraft draft && draft.text() != null
						? Optional.of(SourceText.of(draft.text()).passages()) : Optional.empty();
			}
			if (change != null && change.action() == Action.DELETE) {
				return Optional.empty();
			}
			return sources.find(source).map(Source::passages).map(list -> list.stream().map(Passage::text).toList());
		}

		/**
		 * New items that refer to one another in a circle: none of them could be written
		 * first.
		 */
		List<CheckError> cycles() {
			List<CheckError> errors = new ArrayList<>();
			Set<ResourceKey> written = new HashSet<>();
			PublicationOrder.of(byKey.values(), key -> Set.of()).forEach(change -> written.add(change.key()));
			byKey.values()
				.stream()
				.filter(change -> change.action() != Action.DELETE && !written.contains(change.key()))
				.forEach(change -> errors.add(new CheckError(change.pointer(),
						"is one of new items that refer to one another in a circle; create one first, "
								+ "and refer back to it in a later proposal")));
			return errors;
		}

	}

}
