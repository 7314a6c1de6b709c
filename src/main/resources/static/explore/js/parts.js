// Pieces that several views share: headings, links to items, to passages and to the API.

import { apiHref, itemPath, pageHref, passagePath } from './api.js';
import { h } from './dom.js';
import { COLLECTIONS, swaggerHref } from './types.js';

/** A view's heading: the focus moves to it when the view opens. */
export function heading(text) {
  return h('h1', { tabindex: '-1' }, text);
}

/** Where the same data is in the API: its JSON and its operation in Swagger UI. */
export function apiLinks(path, operation, more = []) {
  return h('ul', { class: 'links', 'aria-label': 'This view in the API' },
    h('li', {}, h('a', { href: apiHref(path) }, 'JSON in the API')),
    h('li', {}, h('a', { href: swaggerHref(operation) }, 'The operation in Swagger UI')),
    more.map((link) => h('li', {}, link)));
}

/** A link to the explorer's page for a reference ({type, id, name}). */
export function refLink(reference) {
  if (!COLLECTIONS[reference.type]) return h('span', {}, reference.name);
  return h('a', { href: pageHref(itemPath(reference.type, reference.id)) }, reference.name);
}

/** The passage a citation points at; ?by= names the citing item, whose words the passage then marks. */
export function citationHref(citation, by) {
  return pageHref(passagePath(citation.source, citation.passage)) + (by ? `?by=${by}` : '');
}

/**
 * A citation: its quote, and a link to the passage with its number and footnote marker. The link names the
 * citing item (?by=persons/nikol-pashinyan) so that the passage marks that item's words.
 */
export function citationItem(citation, by) {
  return h('li', {},
    h('blockquote', {}, citation.quote),
    h('a', { href: citationHref(citation, by), class: 'cite' },
      `Passage ${citation.passage}`, citation.marker ? ` ${citation.marker}` : '', ` of ${citation.source}`));
}
