// Search: the API's hits for the words asked, best first, grouped by type and a page at a time.

import { itemPath, pageHref, passagePath, search } from '../api.js';
import { h, textWithMarks } from '../dom.js';
import { apiLinks, heading, pager } from '../parts.js';
import { TYPE_NAMES } from '../types.js';

/** Narrows the hits to one type, as the API's type= parameter does. */
function typeFilter(q, types) {
  const only = (type) => `/explore/search?${new URLSearchParams(type ? { q, type } : { q })}`;
  const current = types.length === 1 ? types[0] : types.length ? null : '';
  return h('nav', { 'aria-label': 'Narrow the hits by type' },
    h('ul', { class: 'links' }, ['', ...Object.keys(TYPE_NAMES)].map((type) => h('li', {},
      h('a', { href: only(type), 'aria-current': type === current ? 'page' : null }, type ? TYPE_NAMES[type][1] : 'All types')))));
}

export async function searchView(url) {
  const q = (url.searchParams.get('q') ?? '').trim();
  const types = url.searchParams.getAll('type');
  const page = Math.max(0, Number.parseInt(url.searchParams.get('page') ?? '0', 10) || 0);
  if (!q) {
    return { title: 'Search', nodes: [heading('Search'), h('p', {}, 'Type a word, a name or an abbreviation into the search box above.')] };
  }
  const answer = await search(q, { types, page });
  const groups = new Map();
  for (const hit of answer.content) {
    if (!groups.has(hit.type)) groups.set(hit.type, []);
    groups.get(hit.type).push(hit);
  }
  const hitHref = (hit) => pageHref(hit.type === 'source' && hit.passage != null
    ? passagePath(hit.id, hit.passage) : itemPath(hit.type, hit.id));
  const { totalElements, totalPages } = answer.page;
  const nodes = [
    heading(`Search: ${q}`),
    h('p', { class: 'meta', role: 'status' }, totalElements ? `${totalElements === 1 ? '1 hit' : `${totalElements} hits`}, best first, grouped by type.` : 'No hits.'),
    apiLinks(`/search?${new URLSearchParams([['q', q], ...types.map((type) => ['type', type])])}`, 'search'),
    typeFilter(q, types),
    [...groups].map(([type, hits]) => h('section', { 'aria-labelledby': `hits-${type}`, class: 'hit-group', dataset: { type } },
      h('h2', { id: `hits-${type}` }, `${TYPE_NAMES[type]?.[1] ?? type} (${hits.length})`),
      h('ol', { class: 'hits' }, hits.map((hit) => h('li', {},
        h('a', { href: hitHref(hit) }, hit.type === 'source' && hit.passage != null ? `Passage ${hit.passage}` : hit.title),
        h('p', { class: 'snippet' }, textWithMarks(hit.snippet))))))),
    // Past the last page, the pager says there are no more hits and leads back to the last page.
    pager(url, { page, totalPages, noun: 'hits' }),
  ];
  return { title: `Search: ${q}`, nodes };
}
