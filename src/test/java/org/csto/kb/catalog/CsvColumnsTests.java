package org.csto.kb.catalog;

import java.util.List;

import org.csto.kb.shared.Citation;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.web.csv.CsvTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CsvColumnsTests {

	private static final Reference ARMENIA = new Reference(ResourceType.COUNTRY, "ARM", "Armenia");

	private static final Reference BELARUS = new Reference(ResourceType.COUNTRY, "BLR", "Belarus");

	@Test
	void flattensEachFieldByItsKindInTheRecordsOrder() {
		CsvTable table = CsvColumns.of(Item.class)
			.table("items", List.of(new Item("a", null, List.of(ARMENIA, BELARUS), List.of("x", "y"),
					List.of(new Citation("s", 1, null, "one"), new Citation("s", 2, "[3]", "two")))));

		assertThat(table.header()).containsExactly("id", "ownerId", "ownerName", "membersId", "membersName", "tags",
				"citationPassages", "citationQuotes");
		assertThat(table.rows())
			.containsExactly(List.of("a", "", "", "ARM; BLR", "Armenia; Belarus", "x; y", "1; 2", "one | two"));
	}

	@Test
	void writesAListOfAnotherKindOnlyAsItIsTold() {
		List<Counted> items = List.of(new Counted("a", List.of(4, 5)));

		assertThatIllegalStateException().isThrownBy(() -> CsvColumns.of(Counted.class).table("counted", items))
			.withMessageContaining("numbers");
		assertThat(CsvColumns.of(Counted.class)
			.with("numbers", counted -> counted.numbers().size())
			.table("counted", items)
			.rows()).containsExactly(List.of("a", "2"));
	}

	private record Item(String id, Reference owner, List<Reference> members, List<String> tags,
			List<Citation> citations) {
	}

	private record Counted(String id, List<Integer> numbers) {
	}

}
