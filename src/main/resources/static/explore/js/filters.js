// The timeline's filters. The address is their source of truth: read from it, written back to it,
// matched against the entries, and turned into the API requests that ask the same question.

import { within } from './dates.js';

/**
 * The filters an address gives: involves (a party's id, as the API's involves=; participant= is its old
 * name), kind (statement, event, QUOTE, PARAPHRASE or an event's kind), from and to (partial dates), and
 * whether the undated are shown although the years would leave them out.
 */
export function filtersOf(url) {
  const get = (name) => url.searchParams.get(name)?.trim() ?? '';
  return {
    involves: get('involves') || get('participant'),
    kind: get('kind'),
    from: get('from'),
    to: get('to'),
    undated: get('undated') === 'show',
  };
}

/** The address of these filters on this page (/explore or /explore/timeline), at the timeline. */
export function addressOf(pathname, filters, hash = 'timeline') {
  const next = new URL(pathname, location.href);
  for (const name of ['involves', 'kind', 'from', 'to']) if (filters[name]) next.searchParams.set(name, filters[name]);
  if (filters.undated && (filters.from || filters.to)) next.searchParams.set('undated', 'show');
  next.hash = hash;
  return next;
}

export const keyOf = (entry) => `${entry.type}:${entry.id}`;

/** Whether an entry's kind is the one asked for: a type (event, statement) or a kind of its own. */
export const ofKind = (entry, kind) => !kind || entry.type === kind || entry.kind === kind;

/**
 * Whether an entry matches, as the API's filters would have it: it involves the party (the API's answer
 * to involves=, by entry), it is of the kind, and its date overlaps the years; the years leave the
 * undated out, unless the reader asked to see them.
 */
export function matches(entry, filters, involved) {
  if (filters.involves && !involved?.has(keyOf(entry))) return false;
  if (!ofKind(entry, filters.kind)) return false;
  if (!entry.date) return !(filters.from || filters.to) || filters.undated;
  return within(entry.date, filters.from, filters.to);
}

/** The API requests that answer the same question as the filters, as [shown, path under /api/v1]. */
export function apiEquivalents({ involves, kind, from, to }) {
  const statementKind = kind === 'QUOTE' || kind === 'PARAPHRASE' ? kind : null;
  const link = (collection, params) => {
    const query = new URLSearchParams(Object.entries({ involves, ...params, from, to }).filter(([, value]) => value));
    const shown = `/api/v1/${collection}${query.size ? `?${query}` : ''}`;
    query.set('size', '100');
    return [shown, `/${collection}?${query}`];
  };
  if (!kind) return [link('timeline', {})];
  if (kind === 'statement' || statementKind) return [link('statements', { kind: statementKind })];
  return [link('events', {})];
}

/** The filters in words, for saying what matches nothing: "involving Armenia, from 2030". */
export function describe(filters, nameOf, kindName) {
  return [
    filters.involves ? `involving ${nameOf(filters.involves)}` : null,
    filters.kind ? kindName(filters.kind) : null,
    filters.from ? `from ${filters.from}` : null,
    filters.to ? `to ${filters.to}` : null,
  ].filter(Boolean).join(', ');
}
