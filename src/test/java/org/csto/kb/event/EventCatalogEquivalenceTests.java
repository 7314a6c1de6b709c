package org.csto.kb.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.csto.kb.catalog.DateRange;
import org.csto.kb.catalog.PageQuery;
import org.csto.kb.catalog.Parties;
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.Reference;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog sorts each order once and keeps only a request's page; on the real events,
 * every page it gives must be the one the straightforward way gives: filter every event,
 * sort the matches stably, cut out the page.
 */
@KnowledgeBaseApiTest
class EventCatalogEquivalenceTests {

	@Autowired
	Events events;

	@Autowired
	Parties parties;

	@Test
	void pagesAreThoseOfFilteringSortingAndCuttingEveryEvent() {
		Random random = new Random(10);
		List<String> participants = events.all()
			.stream()
			.flatMap(event -> event.participants().stream())
			.map(Reference::id)
			.distinct()
			.toList();
		for (int i = 0; i < 2000; i++) {
			String[] bounds = bounds(random);
			String participant = random.nextInt(3) == 0
					? participants.get(random.nextInt(participants.size())).toLowerCase() : null;
			String sort = random.nextInt(5) == 0 ? null
					: (random.nextBoolean() ? "date" : "title") + (random.nextBoolean() ? ",asc" : ",desc");
			PageQuery query = new PageQuery(String.valueOf(random.nextInt(3)), String.valueOf(1 + random.nextInt(15)),
					sort);
			EventFilter filter = new EventFilter(bounds[0], bounds[1], participant, null, null, null);

			Page<Event> page = events.page(filter.parse(parties, events), query);

			List<Event> expected = straightforward(bounds[0], bounds[1], participant, sort);
			int size = Integer.parseInt(query.size());
			int from = Math.min(expected.size(), Integer.parseInt(query.page()) * size);
			assertThat(page.getContent()).as("%s %s", filter, query)
				.containsExactlyElementsOf(expected.subList(from, Math.min(expected.size(), from + size)));
			assertThat(page.getTotalElements()).as("%s %s", filter, query).isEqualTo(expected.size());
			assertThat(events.list(filter.parse(parties, events), query)).as("%s %s", filter, query)
				.containsExactlyElementsOf(expected);
		}
	}

	/**
	 * The matches in the default order (as {@code all()} gives it), sorted stably as the
	 * API documents: dates as intervals, undated last either way; titles ignoring case.
	 */
	private List<Event> straightforward(String from, String to, String participant, String sort) {
		DateRange range = DateRange.parse(from, to);
		Stream<Event> matching = events.all()
			.stream()
			// as a request is answered: with the statements said at each event
			.map(event -> events.find(event.id()).orElseThrow())
			.filter(event -> range.includes(event.date() == null ? null : PartialDate.parse(event.date())))
			.filter(event -> participant == null || event.participants()
				.stream()
				.anyMatch(reference -> reference.id().equalsIgnoreCase(participant)));
		if (sort == null) {
			return matching.toList();
		}
		boolean descending = sort.endsWith(",desc");
		Comparator<Event> order = sort.startsWith("date") ? byDate(descending)
				: descending ? Comparator.comparing(Event::title, String.CASE_INSENSITIVE_ORDER.reversed())
						: Comparator.comparing(Event::title, String.CASE_INSENSITIVE_ORDER);
		return new ArrayList<>(matching.sorted(order).toList());
	}

	private static Comparator<Event> byDate(boolean descending) {
		Comparator<PartialDate> chronological = descending ? PartialDate.CHRONOLOGICAL.reversed()
				: PartialDate.CHRONOLOGICAL;
		return Comparator.comparing(event -> event.date() == null ? null : PartialDate.parse(event.date()),
				Comparator.nullsLast(chronological));
	}

	private static String[] bounds(Random random) {
		String from = random.nextInt(3) == 0 ? null : date(random);
		String to = random.nextInt(3) == 0 ? null : date(random);
		if (from != null && to != null && PartialDate.parse(from).start().isAfter(PartialDate.parse(to).end())) {
			return new String[] { to, from };
		}
		return new String[] { from, to };
	}

	private static String date(Random random) {
		int year = 1990 + random.nextInt(37);
		return switch (random.nextInt(3)) {
			case 0 -> String.valueOf(year);
			case 1 -> "%d-%02d".formatted(year, 1 + random.nextInt(12));
			default -> "%d-%02d-%02d".formatted(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
		};
	}

}
