// A client of the CSTO knowledge base API, typed from docs/openapi.json, for browsers and Node.js alike:
// it uses only fetch, so nothing here may need Node.js (tsconfig.json compiles it without Node's types).
//
//   const kb = knowledgeBase("https://kb.example.org");
//   const { data, error } = await kb.json.GET("/api/v1/member-states", { params: { query: { size: 100 } } });
//   const { data: csv } = await kb.csv("/api/v1/events", { from: "2023" });
//
// Every collection is served as JSON (a page) or as CSV (one string), and each media type is typed apart:
// `json` is an openapi-fetch client that asks for JSON, so a collection's data is its page; `csv` asks for
// CSV and reads the body as text, so its data is a string. Errors are problems (application/problem+json).
import createClient, { mergeHeaders, type Client, type ClientOptions, type FetchResponse } from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type { components, operations, paths } from "./schema.js";

/** An error the API answers with: RFC 9457 problem details */
export type Problem = components["schemas"]["Problem"];

/** The media types `json` reads: JSON for what was asked for, problem details for errors */
export type JsonMedia = "application/json" | "application/problem+json";

/** The media types `csv` reads: CSV for what was asked for, problem details for errors */
export type CsvMedia = "text/csv" | "application/problem+json";

/** The paths of the collections served as CSV as well as JSON */
export type CsvPath = {
	[P in keyof paths]: paths[P] extends { get: { responses: { 200: { content: { "text/csv": string } } } } } ? P : never;
}[keyof paths];

type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

/** A CSV collection's query: its filters and sort; CSV is the whole filtered collection, so no page or size */
export type CsvQuery<P extends CsvPath> = Omit<Query<P>, "format" | "page" | "size">;

/** What `csv` resolves to: the CSV text, or the problem the API answered with */
export type CsvResponse<P extends CsvPath> = FetchResponse<paths[P]["get"], { parseAs: "text" }, CsvMedia>;

// The JSON client's paths: the schema's paths, except that `format` may only ask for JSON, since a CSV
// body read as JSON would not be the page the types promise. CSV is what `csv` is for.
type JsonQuery<Q> = Q extends { format?: unknown } ? { [K in keyof Q]: K extends "format" ? "json" : Q[K] } : Q;
type JsonParameters<Params> = { [K in keyof Params]: K extends "query" ? JsonQuery<Params[K]> : Params[K] };
type JsonOperation<Op> = { [K in keyof Op]: K extends "parameters" ? JsonParameters<Op[K]> : Op[K] };

/** The paths as `json` calls them: `format` can only be `json` */
export type JsonPaths = {
	[P in keyof paths]: { [M in keyof paths[P]]: M extends "get" ? JsonOperation<paths[P][M]> : paths[P][M] };
};

/** Per-request options for `csv`: fetch's, such as a `signal` or `headers`; it always GETs */
export type CsvInit = Omit<RequestInit, "body" | "method">;

/** Options for every request: openapi-fetch's client options but the base URL (a custom `fetch`, headers, …) */
export type KnowledgeBaseOptions = Omit<ClientOptions, "baseUrl">;

export interface KnowledgeBase {
	/** An openapi-fetch client that asks for JSON: a collection's data is its page, an item's the item */
	readonly json: Client<JsonPaths, JsonMedia>;
	/**
	 * Fetches a whole filtered collection as CSV (`format=csv`): its data is the CSV text.
	 * @param path a collection served as CSV, such as `/api/v1/events`
	 * @param query the collection's filters and sort
	 * @param init per-request options, such as a `signal` or `headers`
	 */
	csv<P extends CsvPath>(path: P, query?: CsvQuery<P>, init?: CsvInit): Promise<CsvResponse<P>>;
}

/**
 * A client of the knowledge base API at baseUrl.
 * @param baseUrl where the API is, without `/api/v1`: `https://kb.example.org`, or `""` for the page's own origin
 * @param options openapi-fetch's client options, such as a custom `fetch` or headers sent with every request
 */
export function knowledgeBase(baseUrl: string, options: KnowledgeBaseOptions = {}): KnowledgeBase {
	const json = createClient<JsonPaths, JsonMedia>({
		...options,
		baseUrl,
		headers: mergeHeaders({ Accept: "application/json" }, options.headers),
	});
	const text = createClient<paths, CsvMedia>({
		...options,
		baseUrl,
		headers: mergeHeaders({ Accept: "text/csv" }, options.headers),
	});
	return {
		json,
		csv<P extends CsvPath>(path: P, query?: CsvQuery<P>, init: CsvInit = {}): Promise<CsvResponse<P>> {
			// openapi-fetch cannot check a request whose path is a type parameter: the signature above is the check
			const get = text.GET as (path: string, init: object) => Promise<CsvResponse<P>>;
			return get(path, {
				...init,
				params: { query: { ...query, format: "csv" } },
				parseAs: "text",
			});
		},
	};
}
