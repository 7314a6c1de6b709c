package org.csto.kb.person;

import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.catalog.CsvColumns;
import org.csto.kb.catalog.PageQuery;
import org.csto.kb.web.csv.CsvMessageConverter;
import org.csto.kb.web.csv.CsvTable;
import org.csto.kb.web.problem.NotFoundException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons", description = "The people the source names, with the roles it gives them")
class PersonController {

	private static final CsvColumns<Person> CSV = CsvColumns.of(Person.class)
		.with("roles",
				person -> person.roles()
					.stream()
					.map(role -> role.of() == null ? role.title() : role.title() + " (" + role.of().name() + ")")
					.collect(Collectors.joining("; ")));

	private final Persons persons;

	PersonController(Persons persons) {
		this.persons = persons;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listPersons", summary = "List the persons",
			description = "Sortable by `name`. With `Accept: text/csv`, the whole collection as CSV.")
	PagedModel<Person> list(@ParameterObject PageQuery query) {
		return new PagedModel<>(persons.page(query));
	}

	@GetMapping(produces = CsvMessageConverter.TEXT_CSV_VALUE)
	@Operation(operationId = "listPersons", summary = "List the persons")
	CsvTable listCsv(@ParameterObject PageQuery query) {
		return CSV.table("persons", persons.list(query));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getPerson", summary = "Get a person")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The person's id", example = "nikol-pashinyan")
	Person get(@PathVariable String id) {
		return persons.find(id).orElseThrow(() -> new NotFoundException("person", id));
	}

}
