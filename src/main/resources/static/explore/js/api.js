// The public API, used exactly as docs/openapi.json describes it: its paths, its paging and its shapes.

import { COLLECTIONS } from './types.js';

export const API = '/api/v1';

export const itemPath = (type, id) => `/${COLLECTIONS[type]}/${encodeURIComponent(id)}`;
export const passagePath = (source, number) => `/sources/${encodeURIComponent(source)}/passages/${number}`;

/** The explorer's own address for an API path: the same path under /explore instead of /api/v1. */
export const pageHref = (path) => `/explore${path}`;
export const apiHref = (path) => `${API}${path}`;

/** A failed request, with the RFC 9457 problem the API answered (or null if the body was not one). */
export class ApiError extends Error {
  constructor(status, problem, path) {
    super(problem?.detail ?? `The API answered ${status} to ${path}`);
    this.status = status;
    this.problem = problem;
  }
}

// Every answer is kept for the life of the page: the data changes only with a new release, and the API's
// own Cache-Control (max-age 300) lets the browser reuse it across reloads.
const answers = new Map();

/** GET an API path (relative to /api/v1), as JSON. */
export function get(path) {
  if (!answers.has(path)) {
    const answer = fetch(API + path, { headers: { Accept: 'application/json' } }).then(async (response) => {
      if (!response.ok) {
        const problem = await response.json().catch(() => null);
        throw new ApiError(response.status, problem, path);
      }
      return response.json();
    });
    answer.catch(() => answers.delete(path));
    answers.set(path, answer);
  }
  return answers.get(path);
}

/** A query string of the parameters that have a value; a list repeats its parameter. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of [value].flat()) {
      if (one != null && one !== '') search.append(name, one);
    }
  }
  return search.toString();
}

/**
 * Every item of a collection: pages of the largest size (100), the first one telling how many pages
 * there are (page.totalPages), the rest asked for together.
 */
export async function all(collection, params = {}) {
  const pageOf = (page) => get(`/${collection}?${query({ ...params, size: 100, page })}`);
  const first = await pageOf(0);
  const rest = [];
  for (let page = 1; page < first.page.totalPages; page++) rest.push(pageOf(page));
  return first.content.concat(...(await Promise.all(rest)).map((answer) => answer.content));
}

/** One page of search hits, best first. */
export function search(q, { types = [], page = 0, size = 100 } = {}) {
  return get(`/search?${query({ q, type: types, page, size })}`);
}

export const idOf = (type, item) => (type === 'country' ? item.code : item.id);
export const nameOf = (item) => item.name ?? item.title ?? item.text ?? item.id;
