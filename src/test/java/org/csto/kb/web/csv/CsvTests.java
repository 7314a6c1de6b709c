package org.csto.kb.web.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.MockMvcApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Problems.assertInvalidParameter;
import static org.csto.kb.testing.Problems.assertProblem;

/**
 * CSV downloads, read back with Apache Commons CSV: a parser independent of the Jackson
 * writer.
 */
@KnowledgeBaseApiTest
class CsvTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockMvcApi api;

	@ParameterizedTest
	@ValueSource(strings = { "member-states", "countries", "events", "statements", "bodies", "persons", "organizations",
			"sources", "timeline" })
	void everyCollectionIsAWholeCsvDownloadWithAHeaderRow(String collection) throws IOException {
		MvcTestResult result = mvc.get()
			.uri("/api/v1/" + collection + "?size=1")
			.header("Accept", "text/csv")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv").contains("charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains(collection + ".csv");
		List<CSVRecord> rows = parse(result);
		long total = api.ok("/api/v1/" + collection).get("page").get("totalElements").asLong();
		assertThat(rows).as("every row, not a page of one").hasSize((int) total);
	}

	/**
	 * What a spreadsheet's IMPORTDATA or a plain link gets: it cannot send an Accept
	 * header.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "member-states", "countries", "events", "statements", "bodies", "persons", "organizations",
			"sources", "timeline" })
	void formatCsvDoesWhatTheAcceptHeaderDoes(String collection) {
		MvcTestResult byHeader = mvc.get().uri("/api/v1/" + collection).header("Accept", "text/csv").exchange();
		MvcTestResult byParameter = mvc.get().uri("/api/v1/" + collection + "?format=csv").exchange();
		assertThat(byParameter).hasStatusOk();
		assertThat(byParameter.getResponse().getContentType()).isEqualTo(byHeader.getResponse().getContentType());
		assertThat(byParameter.getResponse().getHeader("Content-Disposition"))
			.isEqualTo(byHeader.getResponse().getHeader("Content-Disposition"));
		assertThat(byParameter.getResponse().getContentAsByteArray())
			.isEqualTo(byHeader.getResponse().getContentAsByteArray());
	}

	@Test
	void formatJsonOverridesAnAcceptHeaderAskingForCsv() {
		MvcTestResult result = mvc.get()
			.uri("/api/v1/events?format=json&from=2023")
			.header("Accept", "text/csv")
			.exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		assertThat(result).bodyJson().extractingPath("$.content").asArray().isNotEmpty();
	}

	@Test
	void formatTakesEitherLetterCase() {
		assertThat(mvc.get().uri("/api/v1/persons?format=CSV").exchange()).hasStatusOk()
			.hasContentTypeCompatibleWith("text/csv");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "html", "csv2", "text/csv", "%20" })
	void anUnknownFormatIsAProblemNamingTheParameter(String format) {
		assertInvalidParameter(mvc.get().uri("/api/v1/events?format=" + format).exchange(), "format");
	}

	@Test
	void formatCsvOnASingleItemIsNotAcceptable() {
		assertProblem(mvc.get().uri("/api/v1/events/csto-founding?format=csv").exchange(), 406,
				"/problems/not-acceptable");
	}

	@Test
	void quotesWithCommasSemicolonsQuotationMarksAndCyrillicSurviveARoundTrip() throws IOException {
		Map<String, CSVRecord> statements = byId(csv("/api/v1/statements"));
		JsonNode json = api.ok("/api/v1/statements?size=100");
		json.get("content").forEach(statement -> {
			CSVRecord row = statements.get(statement.get("id").asString());
			assertThat(row.get("text")).isEqualTo(statement.get("text").asString());
			assertThat(row.get("speakerId")).isEqualTo(statement.get("speaker").get("id").asString());
			assertThat(row.get("speakerName")).isEqualTo(statement.get("speaker").get("name").asString());
		});
		assertThat(statements.values()).anySatisfy(row -> assertThat(row.get("text")).contains(",", ";"));
		assertThat(statements.values()).anySatisfy(row -> assertThat(row.get("note")).contains("\""));

		Map<String, CSVRecord> bodies = byId(csv("/api/v1/bodies"));
		assertThat(bodies.get("collective-rapid-reaction-force").get("alternativeNames")).contains("КСОР",
				"Коллекти́вные си́лы операти́вного реаги́рования");
	}

	@Test
	void filtersAndSortingApplyToTheDownload() throws IOException {
		List<String> ids = csv("/api/v1/events?from=2023&sort=date,desc").stream().map(row -> row.get("id")).toList();
		assertThat(ids).isEqualTo(api.field("/api/v1/events?from=2023&sort=date,desc&size=100", "id"));
	}

	@Test
	void referencesFlattenToIdAndNameColumns() throws IOException {
		List<CSVRecord> events = csv("/api/v1/events");
		assertThat(events.get(0).getParser().getHeaderNames()).contains("participantsId", "participantsName",
				"citationPassages", "citationQuotes");
		CSVRecord founding = byId(events).get("guam-established");
		assertThat(founding.get("participantsId").split("; ")).contains("guam", "GEO", "UKR", "AZE", "MDA");
	}

	@Test
	void rolesFlattenToColumnsOfTheirParts() throws IOException {
		List<CSVRecord> events = csv("/api/v1/events");
		assertThat(events.get(0).getParser().getHeaderNames()).contains("placesName", "placesCountryId",
				"placesCountryName", "concernsId", "concernsName", "duringId", "statementsId", "involvementRole",
				"involvementThroughId");
		JsonNode json = api.ok("/api/v1/events?size=100");
		Map<String, CSVRecord> rows = byId(events);
		json.get("content").forEach(event -> {
			CSVRecord row = rows.get(event.get("id").asString());
			List<String> names = new ArrayList<>();
			List<String> countries = new ArrayList<>();
			event.get("places").forEach(place -> {
				names.add(place.get("name").asString());
				countries.add(place.get("country").isNull() ? "" : place.get("country").get("id").asString());
			});
			assertThat(row.get("placesName")).isEqualTo(String.join("; ", names));
			assertThat(row.get("placesCountryId")).isEqualTo(String.join("; ", countries));
		});
		assertThat(csv("/api/v1/statements?involves=ARM"))
			.allSatisfy(row -> assertThat(row.get("involvementRole")).isNotEmpty());
	}

	/** The README says how lists are joined, and the download joins them so. */
	@Test
	void listsAreJoinedAsTheReadmeSays() throws IOException {
		String convention = Files.readAllLines(Path.of("README.md"))
			.stream()
			.filter(line -> line.startsWith("| CSV |"))
			.findFirst()
			.orElseThrow();
		assertThat(convention).contains("lists are joined with `; `", "`citationQuotes` (joined with ` | `");
		CSVRecord agreement = byId(csv("/api/v1/events")).get("collective-rapid-reaction-force-agreement");
		assertThat(agreement.get("citationQuotes").split(" \\| "))
			.hasSize(agreement.get("citationPassages").split("; ").length)
			.hasSizeGreaterThan(1);
	}

	@Test
	void aBadFilterIsStillAProblem() {
		assertInvalidParameter(mvc.get().uri("/api/v1/events?from=2023-99").header("Accept", "text/csv").exchange(),
				"from");
	}

	private List<CSVRecord> csv(String uri) throws IOException {
		MvcTestResult result = mvc.get().uri(uri).header("Accept", "text/csv").exchange();
		assertThat(result).hasStatusOk();
		return parse(result);
	}

	private static List<CSVRecord> parse(MvcTestResult result) throws IOException {
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).as("RFC 4180 line ends").contains("\r\n");
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
			return parser.getRecords();
		}
	}

	private static Map<String, CSVRecord> byId(List<CSVRecord> rows) {
		return rows.stream().collect(Collectors.toMap(row -> row.get("id"), Function.identity()));
	}

}
