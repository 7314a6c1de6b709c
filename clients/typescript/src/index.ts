// An example Node.js caller of the library: member states as JSON, events filtered, one event, and a collection
// as CSV. It imports the library by its package name, as an app would (npm run build first; npm start does).
// Run against a running API with: BASE_URL=http://localhost:8080 npm start
import { knowledgeBase, type components, type paths, type Problem } from "csto-kb-client";

type MemberState = components["schemas"]["Country"];
type Event = components["schemas"]["Event"];

const kb = knowledgeBase(process.env.BASE_URL ?? "http://localhost:8080");

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

// kb.json asks for JSON, so a collection's data is its page: no CSV string to rule out.
const memberStates = await kb.json.GET("/api/v1/member-states", {
	params: { query: { size: 100, sort: "name,asc" } },
});
if (memberStates.error) {
	throw new Error(describeProblem(memberStates.error));
}
console.log(`${memberStates.data.page.totalElements} member states:`);
memberStates.data.content.map(describeMemberState).forEach((line) => console.log(`  ${line}`));

// Each collection's sort is a union of the values it accepts: an events sort by name does not compile.
type EventSort = NonNullable<NonNullable<paths["/api/v1/events"]["get"]["parameters"]["query"]>["sort"]>;
const newestFirst: EventSort = "date,desc";
// @ts-expect-error events are not sorted by name
const byName: EventSort = "name,asc";
void byName;

// Events since 2023 that involve Armenia in any role: taking part, where they happened, or what they concern.
const armenia = await kb.json.GET("/api/v1/events", {
	params: { query: { from: "2023", involves: "ARM", sort: newestFirst } },
});
if (armenia.error) {
	throw new Error(describeProblem(armenia.error));
}
console.log(`${armenia.data.page.totalElements} events since 2023 involve Armenia:`);
armenia.data.content.map(describeEvent).forEach((line) => console.log(`  ${line}`));

const event = await kb.json.GET("/api/v1/events/{id}", { params: { path: { id: "csto-founding" } } });
if (event.error) {
	throw new Error(describeProblem(event.error));
}
console.log(describeEvent(event.data));

// kb.csv asks for the whole filtered collection as CSV, so its data is the CSV text.
const statesCsv = await kb.csv("/api/v1/member-states", { status: "MEMBER" });
if (statesCsv.error) {
	throw new Error(describeProblem(statesCsv.error));
}
const header = statesCsv.data.slice(0, statesCsv.data.indexOf("\r\n"));
console.log(`member states as CSV, ${statesCsv.data.length} characters; its header: ${header}`);
