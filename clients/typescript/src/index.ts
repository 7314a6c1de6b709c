// Fetches the member states and one event from a running API, typed by the generated schema.
// Run against a running API with: BASE_URL=http://localhost:8080 npm start
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type MemberState = components["schemas"]["Country"];
type Event = components["schemas"]["Event"];
type Problem = components["schemas"]["Problem"];

const client = createClient<paths>({ baseUrl: process.env.BASE_URL ?? "http://localhost:8080" });

function describeProblem(problem: Problem): string {
	return `${problem.status} ${problem.title}: ${problem.detail}`;
}

function describeMemberState(state: MemberState): string {
	return `${state.code} ${state.name} (${state.status ?? "not a member"})`;
}

function describeEvent(event: Event): string {
	const when = event.date === null ? "undated" : `${event.date} (${event.datePrecision})`;
	const who = event.participants.map((participant) => participant.name).join(", ");
	return `${event.title}, ${when}: ${event.summary} [${who}]`;
}

// Collections are served as JSON or, on request, as CSV: ask for JSON, and narrow the union to it.
const memberStates = await client.GET("/api/v1/member-states", {
	params: { query: { size: 100, sort: "name,asc" } },
	headers: { Accept: "application/json" },
});
if (memberStates.error) {
	throw new Error(describeProblem(memberStates.error));
}
const page = memberStates.data;
if (typeof page === "string") {
	throw new Error("Asked for JSON, got CSV");
}
console.log(`${page.page.totalElements} member states:`);
page.content.map(describeMemberState).forEach((line) => console.log(`  ${line}`));

// Each collection's sort is a union of the values it accepts: an events sort by name does not compile.
type EventSort = NonNullable<NonNullable<paths["/api/v1/events"]["get"]["parameters"]["query"]>["sort"]>;
const newestFirst: EventSort = "date,desc";
// @ts-expect-error events are not sorted by name
const byName: EventSort = "name,asc";
void byName;

const recent = await client.GET("/api/v1/events", {
	params: { query: { from: "2023", sort: newestFirst, format: "json" } },
});
if (recent.error) {
	throw new Error(describeProblem(recent.error));
}
if (typeof recent.data !== "string") {
	recent.data.content.map(describeEvent).forEach((line) => console.log(`  ${line}`));
}

const event = await client.GET("/api/v1/events/{id}", { params: { path: { id: "csto-founding" } } });
if (event.error) {
	throw new Error(describeProblem(event.error));
}
console.log(describeEvent(event.data));
