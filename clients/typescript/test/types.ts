// Type-level tests of csto-kb-client: each media type is typed apart. They are compiled, never run
// (npm run typecheck); a test fails when this file does not compile, including when an @ts-expect-error
// line stops being an error.
import { knowledgeBase, type components, type Problem } from "csto-kb-client";

type EventPage = components["schemas"]["EventPage"];
type CountryPage = components["schemas"]["CountryPage"];
type Event = components["schemas"]["Event"];

/** true when A and B are the same type, not merely assignable one to the other */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): void {}

declare const kb: ReturnType<typeof knowledgeBase>;

export async function aJsonCollectionIsItsPageNotPageOrString(): Promise<void> {
	const { data, error } = await kb.json.GET("/api/v1/events", {
		params: { query: { from: "2023", involves: "ARM", sort: "date,desc" } },
	});
	if (error) {
		assertType<Equals<typeof error, Problem>>();
		return;
	}
	assertType<Equals<typeof data, EventPage>>();
	const page: EventPage = data; // would not compile if data were EventPage | string
	// @ts-expect-error a JSON page is not a string
	const text: string = data;
	void page;
	void text;
}

export async function aJsonItemIsTheItem(): Promise<void> {
	const { data, error } = await kb.json.GET("/api/v1/events/{id}", { params: { path: { id: "csto-founding" } } });
	if (error) {
		assertType<Equals<typeof error, Problem>>();
		return;
	}
	assertType<Equals<typeof data, Event>>();
}

export async function theJsonClientDoesNotAskForCsv(): Promise<void> {
	await kb.json.GET("/api/v1/member-states", { params: { query: { format: "json" } } });
	// @ts-expect-error CSV read as JSON would not be the page the types promise: kb.csv is for CSV
	await kb.json.GET("/api/v1/member-states", { params: { query: { format: "csv" } } });
}

export async function aCsvCollectionIsText(): Promise<void> {
	const { data, error } = await kb.csv("/api/v1/member-states", { status: "MEMBER", sort: "name,asc" });
	if (error) {
		assertType<Equals<typeof error, Problem>>();
		return;
	}
	assertType<Equals<typeof data, string>>();
	// @ts-expect-error CSV text is not a page
	const page: CountryPage = data;
	void page;
}

export async function csvIsOnlyForCollectionsAndTheirFilters(): Promise<void> {
	await kb.csv("/api/v1/statements");
	// @ts-expect-error an item is served as JSON only
	await kb.csv("/api/v1/events/{id}");
	// @ts-expect-error search hits are served as JSON only
	await kb.csv("/api/v1/search", { q: "rapid reaction force" });
	// @ts-expect-error CSV is the whole filtered collection: there are no pages
	await kb.csv("/api/v1/events", { page: 1 });
	// @ts-expect-error events are not sorted by name
	await kb.csv("/api/v1/events", { sort: "name,asc" });
}

type ProposalRequest = components["schemas"]["ProposalRequest"];
type Proposal = components["schemas"]["Proposal"];

export async function aProposalIsTypedFromTheContract(): Promise<void> {
	const body: ProposalRequest = {
		summary: "Add a report and the meeting it tells of",
		changes: [
			{
				action: "create",
				type: "source",
				id: "example-report",
				item: { title: "A report", origin: "https://example.org/report", licence: "CC0 1.0", text: "A line.\n" },
			},
			{
				action: "create",
				type: "event",
				id: "example-meeting",
				item: {
					title: "A meeting",
					kind: "MEETING",
					summary: "They met.",
					citations: [{ source: "example-report", passage: 1, marker: null, quote: "A line." }],
				},
			},
			{ action: "delete", type: "statement", id: "an-old-statement", baseRevision: 2 },
		],
	};
	const { data, error } = await kb.json.POST("/api/v1/proposals", { body });
	if (error) {
		assertType<Equals<typeof error, Problem>>();
		return;
	}
	const created: Proposal = data; // would not compile if data could be undefined or a string
	assertType<Equals<typeof created.status, "OPEN" | "PUBLISHED" | "REJECTED" | "WITHDRAWN">>();
	const published = await kb.json.POST("/api/v1/proposals/{id}/publish", { params: { path: { id: data.id } } });
	void published;
	// @ts-expect-error a change is a create, an update or a delete
	const renamed: ProposalRequest = { summary: "x", changes: [{ action: "rename", type: "event", id: "x" }] };
	// @ts-expect-error an event's kind is one of the documented kinds
	const war: ProposalRequest = { summary: "x", changes: [{ action: "create", type: "event", id: "x", item: { kind: "WAR" } }] };
	void renamed;
	void war;
}
