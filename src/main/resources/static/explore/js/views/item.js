// One item's page: its fields, what it is on the timeline, and its citations.

import { all, apiHref, get, idOf, itemPath, nameOf, pageHref, passagePath } from '../api.js';
import { h } from '../dom.js';
import { timeElement } from '../dates.js';
import { fields } from '../fields.js';
import { apiLinks, citationItem, heading } from '../parts.js';
import { COLLECTIONS, TYPE_NAMES, typeOfCollection } from '../types.js';
import { KIND_LABEL, humanize, itemTitle } from '../words.js';

/** Events and statements that name this person, country, body or organization, asked of the API's filters. */
async function onTheTimeline(type, id) {
  const [events, statements] = await Promise.all([all('events', { participant: id }), all('statements', { speaker: id })]);
  if (!events.length && !statements.length) return null;
  const row = (itemType, item) => h('li', {},
    h('span', { class: 'when' }, timeElement(item.date, item.datePrecision)), ' ',
    h('a', { href: pageHref(itemPath(itemType, item.id)) }, itemType === 'statement' ? itemTitle('statement', item) : item.title));
  return h('section', { 'aria-labelledby': 'involved' },
    h('h2', { id: 'involved' }, 'On the timeline'),
    h('p', { class: 'meta' }, h('a', { href: `/explore?participant=${encodeURIComponent(id)}#timeline` }, 'See them on the timeline'), ' · from ',
      h('a', { href: apiHref(`/events?participant=${encodeURIComponent(id)}`) }, `/api/v1/events?participant=${id}`), ' and ',
      h('a', { href: apiHref(`/statements?speaker=${encodeURIComponent(id)}`) }, `/api/v1/statements?speaker=${id}`)),
    events.length ? [h('h3', {}, 'Events'), h('ul', {}, events.map((event) => row('event', event)))] : null,
    statements.length ? [h('h3', {}, 'Statements'), h('ul', {}, statements.map((statement) => row('statement', statement)))] : null);
}

export async function itemView(collection, id) {
  const type = typeOfCollection(collection);
  // A member state is a country, asked of its own collection: /member-states/ARM.
  const path = `/${collection}/${encodeURIComponent(id)}`;
  const item = await get(path);
  const by = `${COLLECTIONS[type]}/${idOf(type, item)}`;
  const involved = ['person', 'country', 'body', 'organization'].includes(type)
    ? await onTheTimeline(type, idOf(type, item)) : null;
  const said = type === 'event'
    ? (await all('statements')).filter((statement) => statement.event?.id === item.id) : [];
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
    said.length ? [h('h2', {}, 'Said at this event'), h('ul', {}, said.map((statement) =>
      h('li', {}, h('a', { href: pageHref(itemPath('statement', statement.id)) }, itemTitle('statement', statement)))))] : null,
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
