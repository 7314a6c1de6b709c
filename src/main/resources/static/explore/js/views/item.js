// One item's page: its fields, what it is on the timeline, and its citations.

import { all, apiHref, get, idOf, itemPath, nameOf, pageHref, passagePath } from '../api.js';
import { h } from '../dom.js';
import { timeElement } from '../dates.js';
import { fields } from '../fields.js';
import { apiLinks, citationItem, heading } from '../parts.js';
import { COLLECTIONS, TYPE_NAMES, typeOfCollection } from '../types.js';
import { KIND_LABEL, entryTitle, humanize, involvementText, itemTitle } from '../words.js';

/**
 * The events and statements that involve this person, country, body or organization, in any role, as the
 * API's timeline answers involves=; each says how (a country may take part through its Prime Minister).
 */
async function onTheTimeline(id) {
  const entries = await all('timeline', { involves: id });
  if (!entries.length) return null;
  const path = `/timeline?involves=${encodeURIComponent(id)}`;
  return h('section', { class: 'involved', 'aria-labelledby': 'involved' },
    h('h2', { id: 'involved' }, 'On the timeline'),
    h('p', { class: 'meta' }, h('a', { href: `/explore?involves=${encodeURIComponent(id)}#timeline` }, 'See them on the timeline'),
      ' · from ', h('a', { href: apiHref(path) }, `/api/v1${path}`)),
    h('ul', {}, entries.map((entry) => h('li', {},
      h('span', { class: 'when' }, timeElement(entry.date, entry.datePrecision)), ' ',
      entry.type === 'statement'
        ? h('span', { class: `badge ${(entry.kind ?? '').toLowerCase()}` }, KIND_LABEL[entry.kind] ?? 'Statement')
        : h('span', { class: 'badge' }, 'Event'),
      h('a', { href: pageHref(itemPath(entry.type, entry.id)) }, entryTitle(entry)),
      h('span', { class: 'role' }, ` — ${involvementText(entry.involvement)}`)))));
}

export async function itemView(collection, id) {
  const type = typeOfCollection(collection);
  // A member state is a country, asked of its own collection: /member-states/ARM.
  const path = `/${collection}/${encodeURIComponent(id)}`;
  const item = await get(path);
  const by = `${COLLECTIONS[type]}/${idOf(type, item)}`;
  const involved = ['person', 'country', 'body', 'organization'].includes(type) ? await onTheTimeline(idOf(type, item)) : null;
  const title = itemTitle(type, item);
  const nodes = [
    h('p', { class: 'meta' }, h('span', { class: 'badge' }, TYPE_NAMES[type][0]),
      item.kind ? h('span', { class: `badge ${type === 'statement' ? item.kind.toLowerCase() : ''}` }, type === 'statement' ? KIND_LABEL[item.kind] ?? item.kind : humanize(item.kind)) : null),
    heading(type === 'statement' ? `${item.speaker?.name ?? 'A statement'}, ${item.kind === 'QUOTE' ? 'quoted verbatim' : 'as reported'}` : nameOf(item)),
    apiLinks(path, collection === 'member-states' ? 'member-state' : type),
    type === 'statement'
      ? (item.kind === 'QUOTE'
        ? h('blockquote', { class: 'said' }, h('q', { class: 'verbatim' }, item.text))
        : h('p', { class: 'said' }, item.text))
      : null,
    type === 'source' ? sourceBody(item) : fields(item, type, by),
    involved,
    h('h2', {}, 'Citations'),
    h('ol', { class: 'citations' }, (item.citations ?? []).map((citation) => citationItem(citation, by))),
  ];
  return { title, nodes };
}

function sourceBody(source) {
  return [
    h('dl', { class: 'fields' },
      h('dt', {}, 'Title'), h('dd', {}, source.title),
      h('dt', {}, 'Origin'), h('dd', {}, h('a', { href: source.origin }, source.origin)),
      h('dt', {}, 'Licence'), h('dd', {}, source.licenceUrl ? h('a', { href: source.licenceUrl }, source.licence) : source.licence)),
    h('h2', {}, `Passages (${source.passages.length})`),
    h('ol', { class: 'passages' }, source.passages.map((passage) => h('li', { value: passage.number },
      h('a', { href: pageHref(passagePath(source.id, passage.number)) },
        passage.text.length > 100 ? `${passage.text.slice(0, 98)}…` : passage.text)))),
  ];
}
