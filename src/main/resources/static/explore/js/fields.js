// An item's fields as a definition list: each value as its shape says (a reference is a link, a date is
// shown at its precision, a list is a list), under a label in plain English.

import { h } from './dom.js';
import { timeElement } from './dates.js';
import { citationHref, refLink } from './parts.js';
import { humanize, label } from './words.js';

// Shown elsewhere on the page (the heading, the citations), or not about the item: involvement is set only
// in answers to an involves= filter.
const HIDDEN_FIELDS = new Set(['id', 'name', 'title', 'citations', 'datePrecision', 'foundedPrecision', 'passages', 'checksum', 'code', 'involvement']);

/** The fields whose names say too little: an event's and a statement's roles above all. */
const LABELS = {
  participants: 'Took part',
  places: 'Places',
  concerns: 'Concerns',
  during: 'During',
  statements: 'Said at or about it',
  speaker: 'Speaker',
  about: 'Speaks of',
  event: 'Said at or about',
  alpha2: 'Alpha-2 code',
};

/** A place as its sentence names it, with a link to its country where the source gives one. */
const place = ({ name, country }) => (country ? [name, ' (', refLink(country), ')'] : name);

function fieldValue(key, value, item, by) {
  // A country's null status means it is no member of the CSTO, not that the source is silent.
  if (key === 'status' && value == null) return 'Not a member state';
  if (value == null) return h('span', { class: 'meta' }, 'not given by the source');
  if (key === 'date') return timeElement(value, item.datePrecision);
  if (key === 'founded') return timeElement(value, item.foundedPrecision);
  if (Array.isArray(value)) {
    if (!value.length) return h('span', { class: 'meta' }, 'none given');
    return h('ul', {}, value.map((one) => h('li', {}, fieldValue(key, one, item, by))));
  }
  if (typeof value === 'object') {
    if (value.type && value.id && value.name) return refLink(value);
    if (key === 'places') return place(value);
    if ('title' in value && 'citations' in value) {
      return [value.title, value.of ? [' of ', refLink(value.of)] : '', ' (',
        value.citations.map((citation, index) => [index ? ', ' : '',
          h('a', { href: citationHref(citation, by) }, `passage ${citation.passage}`)]), ')'];
    }
    if (value.name && value.language) return `${value.name} (${value.language}${value.kind ? `, ${humanize(value.kind).toLowerCase()}` : ''})`;
    return JSON.stringify(value);
  }
  if (typeof value === 'string' && /^https?:\/\//.test(value)) return h('a', { href: value }, value);
  if (key === 'kind' && item.speaker !== undefined) return { QUOTE: 'Quote: the speaker’s own words, verbatim', PARAPHRASE: 'Reported speech' }[value] ?? value;
  if (key === 'kind' || key === 'status') return humanize(value);
  return String(value);
}

/** The fields of an item of this type; `by` names it in links to the passages its roles cite. */
export function fields(item, type, by) {
  const entries = Object.entries(item).filter(([key]) => !HIDDEN_FIELDS.has(key)
    && !(type === 'statement' && key === 'text'));
  const list = h('dl', { class: 'fields' });
  if (type === 'country') list.append(h('dt', {}, 'Code'), h('dd', {}, item.code));
  for (const [key, value] of entries) list.append(h('dt', {}, LABELS[key] ?? label(key)), h('dd', {}, fieldValue(key, value, item, by)));
  return list;
}
