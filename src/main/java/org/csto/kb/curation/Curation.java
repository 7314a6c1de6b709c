package org.csto.kb.curation;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csto.kb.catalog.CheckError;
import org.csto.kb.catalog.ReadModel;
import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.history.Action;
import org.csto.kb.history.ChangeFeed;
import org.csto.kb.history.History;
import org.csto.kb.history.Publication;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.web.problem.NotFoundException;
import org.csto.kb.web.problem.ProblemException;
import org.csto.kb.web.problem.ProblemType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The curation's rules: a proposal is stored only when every check passes; only its
 * author revises or withdraws it while it is open; a reviewer other than its author
 * publishes or rejects it; and a publication writes every change, its revisions and its
 * entries in the change feed in one transaction, after checking them again against the
 * knowledge base as the publications before it left it.
 */
@Service
class Curation {

	/** The most errors a problem lists: the first ones say what to fix. */
	private static final int MAX_ERRORS = 100;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ProposalReader reader;

	private final ProposalChecks checks;

	private final ProposalRepository proposals;

	private final History history;

	private final ChangeFeed feed;

	private final ReadModel readModel;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final TransactionTemplate readOnly;

	Curation(ProposalReader reader, ProposalChecks checks, ProposalRepository proposals, History history,
			ChangeFeed feed, ReadModel readModel, JsonMapper json, PlatformTransactionManager transactions) {
		this.reader = reader;
		this.checks = checks;
		this.proposals = proposals;
		this.history = history;
		this.feed = feed;
		this.readModel = readModel;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	Proposal propose(JsonNode body, String author) {
		ProposalReader.Read read = checked(body, ProblemType.INVALID_PROPOSAL);
		return transaction.execute(status -> {
			ProposalEntity proposal = new ProposalEntity(newId(), author, now());
			proposal.revise(read.summary(), rows(read.changes()), now());
			return view(proposals.save(proposal));
		});
	}

	/** Its author's new version of an open proposal, checked as a new one is. */
	Proposal revise(String id, JsonNode body, String user) {
		ProposalReader.Read read = checked(body, ProblemType.INVALID_PROPOSAL);
		return transaction.execute(status -> {
			ProposalEntity proposal = open(id);
			authorOnly(proposal, user, "revise");
			proposal.revise(read.summary(), rows(read.changes()), now());
			return view(proposals.saveAndFlush(proposal));
		});
	}

	Proposal withdraw(String id, String user) {
		return transaction.execute(status -> {
			ProposalEntity proposal = open(id);
			authorOnly(proposal, user, "withdraw");
			proposal.decide(ProposalStatus.WITHDRAWN, user, now(), null);
			return view(proposals.saveAndFlush(proposal));
		});
	}

	Proposal reject(String id, String reason, String reviewer) {
		return transaction.execute(status -> {
			ProposalEntity proposal = open(id);
			otherThanAuthor(proposal, reviewer, "rejected", "withdraws it");
			proposal.decide(ProposalStatus.REJECTED, reviewer, now(), reason);
			return view(proposals.saveAndFlush(proposal));
		});
	}

	/**
	 * Publishes an open proposal, all or nothing, in its turn: the knowledge base's row
	 * is locked first, so that two publications never check against the same state. This
	 * instance serves the changes before the answer is sent.
	 */
	Proposal publish(String id, String reviewer) {
		transaction.executeWithoutResult(status -> {
			History.Turn turn = history.takeTurn();
			ProposalEntity proposal = open(id);
			otherThanAuthor(proposal, reviewer, "published", "asks another reviewer");
			// What another instance published before this turn, checked against.
			feed.catchUp();
			ProposalReader.Read read = checked(body(proposal), ProblemType.CONFLICT);
			Publication publication = new Publication(proposal.id(), proposal.summary(), proposal.author(), reviewer);
			for (ProposedChange change : PublicationOrder.of(read.changes(), this::kept)) {
				ResourceCatalog<?, ?> catalog = readModel.catalog(change.type());
				String previous = change.action() == Action.CREATE ? null
						: catalog.find(change.id()).map(json::writeValueAsString).orElseThrow();
				int revision = write(catalog, change);
				turn.record(publication, change.key(), change.action(), revision, previous);
			}
			proposal.decide(ProposalStatus.PUBLISHED, reviewer, turn.at(), null);
			proposals.saveAndFlush(proposal);
		});
		feed.catchUp();
		return get(id);
	}

	Page<Proposal> list(ProposalStatus status, Pageable pageable) {
		return readOnly
			.execute(tx -> (status == null ? proposals.findAll(pageable) : proposals.findByStatus(status, pageable))
				.map(this::view));
	}

	Proposal get(String id) {
		return readOnly.execute(tx -> view(find(id)));
	}

	/**
	 * The proposal, read and checked; otherwise a problem of this type listing the
	 * errors.
	 */
	private ProposalReader.Read checked(JsonNode body, ProblemType type) {
		ProposalReader.Read read = reader.read(body);
		List<CheckError> errors = new ArrayList<>(read.errors());
		errors.addAll(checks.check(read.changes()));
		if (!errors.isEmpty()) {
			String detail = type == ProblemType.CONFLICT
					? "The knowledge base has changed since the proposal was made, and it no longer holds: "
							+ errors.size() + " error(s), listed at their JSON Pointers. Nothing was published."
					: "The proposal has " + errors.size()
							+ " error(s), each at its JSON Pointer into the request. Nothing was stored.";
			throw new ProblemException(type, detail,
					Map.of("errors", errors.subList(0, Math.min(MAX_ERRORS, errors.size()))));
		}
		return read;
	}

	private static <D extends Record> int write(ResourceCatalog<?, D> catalog, ProposedChange change) {
		if (change.action() == Action.DELETE) {
			catalog.delete(change.id());
			return change.baseRevision() + 1;
		}
		int revision = catalog.write(change.id(), catalog.draftType().cast(change.draft()));
		int expected = change.action() == Action.CREATE ? 1 : change.baseRevision() + 1;
		if (revision != expected) {
			throw new IllegalStateException(
					"Writing " + change.key() + " made revision " + revision + ", not " + expected);
		}
		return revision;
	}

	/** What a kept item refers to or cites. */
	private java.util.Set<ResourceKey> kept(ResourceKey key) {
		return readModel.catalog(ResourceType.fromKey(key.type()))
			.find(key.id())
			.map(item -> PublicationOrder.uses((Record) item))
			.orElse(java.util.Set.of());
	}

	private ProposalEntity find(String id) {
		return proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
	}

	private ProposalEntity open(String id) {
		ProposalEntity proposal = find(id);
		if (proposal.status() != ProposalStatus.OPEN) {
			throw new ProblemException(ProblemType.CONFLICT,
					"Proposal " + id + " is " + proposal.status() + " already (by " + proposal.decidedBy() + ", "
							+ proposal.decidedAt() + "); only an open one can change");
		}
		return proposal;
	}

	private static void authorOnly(ProposalEntity proposal, String user, String what) {
		if (!proposal.author().equals(user)) {
			throw new ProblemException(ProblemType.FORBIDDEN,
					"Only its author, " + proposal.author() + ", may " + what + " proposal " + proposal.id());
		}
	}

	/** The two-person rule: nothing is published, or rejected, by its own author. */
	private static void otherThanAuthor(ProposalEntity proposal, String reviewer, String what, String instead) {
		if (proposal.author().equals(reviewer)) {
			throw new ProblemException(ProblemType.FORBIDDEN,
					"A proposal is " + what + " by a reviewer other than its author; its author " + instead);
		}
	}

	private List<ProposalEntity.Row> rows(List<ProposedChange> changes) {
		return changes.stream()
			.map(change -> new ProposalEntity.Row(change.action().key(), change.type().key(), change.id(),
					change.baseRevision(), change.item() == null ? null : json.writeValueAsString(change.item())))
			.toList();
	}

	/** The proposal as its author sent it, to read and check again. */
	private JsonNode body(ProposalEntity proposal) {
		ObjectNode body = json.createObjectNode();
		body.put("summary", proposal.summary());
		ArrayNode changes = body.putArray("changes");
		for (ProposalEntity.Row row : proposal.changes()) {
			ObjectNode change = changes.addObject();
			change.put("action", row.action());
			change.put("type", row.type());
			change.put("id", row.id());
			if (row.baseRevision() != null) {
				change.put("baseRevision", row.baseRevision());
			}
			if (row.item() != null) {
				change.set("item", json.readTree(row.item()));
			}
		}
		return body;
	}

	private Proposal view(ProposalEntity proposal) {
		List<Proposal.Change> changes = proposal.changes()
			.stream()
			.map(row -> new Proposal.Change(Action.fromKey(row.action()), ResourceType.fromKey(row.type()), row.id(),
					row.baseRevision(), before(proposal, row), row.item() == null ? null : json.readTree(row.item())))
			.toList();
		return new Proposal(proposal.id(), proposal.summary(), proposal.status(), proposal.author(),
				proposal.createdAt(), proposal.updatedAt(), proposal.decidedBy(), proposal.decidedAt(),
				proposal.reason(), changes);
	}

	/**
	 * The item the change was made to: as the history kept it once the proposal is
	 * published, and as it is now before.
	 */
	private Object before(ProposalEntity proposal, ProposalEntity.Row row) {
		if (row.baseRevision() == null) {
			return null;
		}
		ResourceType type = ResourceType.fromKey(row.type());
		if (proposal.status() == ProposalStatus.PUBLISHED) {
			return history.revision(new ResourceKey(type.key(), row.id()), row.baseRevision())
				.map(History.Kept::content)
				.map(json::readTree)
				.orElse(null);
		}
		Optional<?> now = readModel.catalog(type).find(row.id());
		return now.orElse(null);
	}

	private static String newId() {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		StringBuilder id = new StringBuilder("p-");
		for (byte b : bytes) {
			id.append(Character.forDigit((b & 0xFF) % 36, 36));
		}
		return id.toString();
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
