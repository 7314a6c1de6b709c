// A smoke test of the built ES module (npm run build first): it imports csto-kb-client by its package name, through
// package.json's exports, as an app would, checks its exports, and sends each kind of request to a fake fetch
// that answers as the API does. No server, no network.
import assert from "node:assert/strict";

const library = await import("csto-kb-client");
assert.deepEqual(Object.keys(library).sort(), ["knowledgeBase"], "the module exports knowledgeBase, and only it");
const { knowledgeBase } = library;
assert.equal(typeof knowledgeBase, "function");

const requests = [];
function answer(status, contentType, body) {
	return new Response(body, { status, headers: { "Content-Type": contentType } });
}
async function fakeFetch(request) {
	requests.push(request);
	const url = new URL(request.url);
	if (url.pathname === "/api/v1/events/nothing") {
		return answer(404, "application/problem+json", JSON.stringify({ status: 404, title: "Not found" }));
	}
	if (url.searchParams.get("format") === "csv" || request.headers.get("Accept") === "text/csv") {
		return answer(200, "text/csv;charset=UTF-8", "code,name\r\nARM,Armenia\r\n");
	}
	return answer(200, "application/json", JSON.stringify({ content: [], page: { totalElements: 0 } }));
}

const kb = knowledgeBase("https://kb.example.org/", { fetch: fakeFetch });
assert.equal(typeof kb.json.GET, "function");
assert.equal(typeof kb.csv, "function");

const events = await kb.json.GET("/api/v1/events", { params: { query: { from: "2023", involves: "ARM" } } });
assert.deepEqual(events.data, { content: [], page: { totalElements: 0 } }, "JSON is parsed into the page");
assert.equal(requests.at(-1).url, "https://kb.example.org/api/v1/events?from=2023&involves=ARM");
assert.equal(requests.at(-1).headers.get("Accept"), "application/json");

const csv = await kb.csv("/api/v1/member-states", { status: "MEMBER" });
assert.equal(csv.data, "code,name\r\nARM,Armenia\r\n", "CSV is read as text");
assert.equal(requests.at(-1).url, "https://kb.example.org/api/v1/member-states?status=MEMBER&format=csv");
assert.equal(requests.at(-1).headers.get("Accept"), "text/csv");

const missing = await kb.json.GET("/api/v1/events/{id}", { params: { path: { id: "nothing" } } });
assert.equal(missing.data, undefined);
assert.deepEqual(missing.error, { status: 404, title: "Not found" }, "a problem is the error");

console.log("csto-kb-client: the built module imports, exports knowledgeBase, and asks for JSON and CSV apart");
