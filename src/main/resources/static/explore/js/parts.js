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

/** The same view at another page: ?page=N, the first page without it. */
function pageLink(url, number, text, rel) {
  const next = new URL(url);
  if (number > 0) next.searchParams.set('page', number);
  else next.searchParams.delete('page');
  return h('a', { href: next.pathname + next.search, rel }, text);
}

/**
 * The links to the pages on either side of this one (page from 0, as the API counts). Past the last page
 * there is nothing to show: it says so, and leads back to the last page.
 */
export function pager(url, { page, totalPages, noun }) {
  if (totalPages > 0 && page >= totalPages) {
    return h('p', { class: 'meta past-the-end', role: 'status' },
      `No more ${noun}: they end on page ${totalPages}. `, pageLink(url, totalPages - 1, `Back to page ${totalPages}`, 'prev'));
  }
  if (totalPages <= 1) return null;
  return h('nav', { class: 'pager', 'aria-label': `Pages of ${noun}` },
    page > 0 ? pageLink(url, page - 1, `Previous ${noun}`, 'prev') : null,
    h('span', {}, `Page ${page + 1} of ${totalPages}`),
    page + 1 < totalPages ? pageLink(url, page + 1, `More ${noun}`, 'next') : null);
}
