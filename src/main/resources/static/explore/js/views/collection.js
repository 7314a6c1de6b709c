// A collection of the API, a page at a time: each item linked to its page. The address's own parameters
// are the API's filters (/explore/events?participant=ARM asks /api/v1/events?participant=ARM).

import { get, idOf, itemPath, pageHref } from '../api.js';
import { h } from '../dom.js';
import { timeElement } from '../dates.js';
import { apiLinks, heading, pager } from '../parts.js';
import { COLLECTION_OF } from '../types.js';
import { STATUS, humanize, itemTitle } from '../words.js';

const SIZE = 50;

/** The address's parameters that are the view's own, not filters for the API. */
const OWN = new Set(['page', 'size', 'format']);

/** The explorer's page of an item of the collection: a member state stays a member state. */
function collectionItemHref(collection, type, id) {
  return pageHref(collection === 'member-states' ? `/member-states/${encodeURIComponent(id)}` : itemPath(type, id));
}

function row(collection, type, item) {
  return h('li', {},
    'date' in item ? [h('span', { class: 'when' }, timeElement(item.date, item.datePrecision)), ' '] : null,
    h('a', { href: collectionItemHref(collection, type, idOf(type, item)) }, itemTitle(type, item)),
    item.status ? h('span', { class: 'meta' }, ` · ${STATUS[item.status] ?? humanize(item.status)}`) : null);
}

export async function collectionView(collection, url) {
  const { type, name, one } = COLLECTION_OF[collection];
  const page = Math.max(0, Number.parseInt(url.searchParams.get('page') ?? '0', 10) || 0);
  const filters = [...url.searchParams].filter(([key]) => !OWN.has(key));
  const asked = new URLSearchParams(filters);
  const answer = await get(`/${collection}?${new URLSearchParams([...filters, ['page', page], ['size', SIZE]])}`);
  const { totalElements, totalPages } = answer.page;
  const noun = name.toLowerCase();
  const where = filters.length ? `, where ${filters.map(([key, value]) => `${key} is ${value}`).join(' and ')}` : '';
  const nodes = [
    heading(name),
    h('p', { class: 'meta', role: 'status' }, `${totalElements} ${totalElements === 1 ? one : noun}${where}.`),
    apiLinks(`/${collection}${asked.size ? `?${asked}` : ''}`, collection),
    answer.content.length
      ? h('ol', { class: 'items', start: page * SIZE + 1 }, answer.content.map((item) => row(collection, type, item)))
      : null,
    pager(url, { page, totalPages, noun }),
  ];
  return { title: name, nodes };
}
