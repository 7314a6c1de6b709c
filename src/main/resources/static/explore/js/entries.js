// The timeline's list: each entry in its year, placed within the year at its precision; the undated apart.

import { itemPath, pageHref } from './api.js';
import { h } from './dom.js';
import { timeElement, yearFraction } from './dates.js';
import { keyOf } from './filters.js';
import { refLink } from './parts.js';
import { KIND_LABEL, humanize } from './words.js';

const MONTHS = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];

/** An entry: its date, a bar across the part of its year it covers, its kind, title and speaker. */
export function entryItem(entry) {
  const statement = entry.type === 'statement';
  const badge = statement ? KIND_LABEL[entry.kind] ?? 'Statement' : humanize(entry.kind ?? 'EVENT');
  const title = statement && entry.kind === 'QUOTE' ? h('q', { class: 'verbatim' }, entry.title) : entry.title;
  let track = null;
  if (entry.date) {
    const [from, to] = yearFraction(entry.date, entry.datePrecision);
    track = h('div', { class: 'track', 'aria-hidden': 'true' },
      h('span', { class: 'span', style: { left: `${from * 100}%`, width: `${(to - from) * 100}%` } }));
  }
  return h('li', {
    class: `entry ${entry.type}`,
    dataset: { key: keyOf(entry), type: entry.type, kind: entry.kind ?? '', precision: entry.datePrecision ?? 'NONE' },
  },
  h('div', { class: 'when' }, timeElement(entry.date, entry.datePrecision)),
  track,
  h('div', { class: 'what' },
    h('span', { class: `badge ${statement ? (entry.kind ?? '').toLowerCase() : 'event'}` }, badge),
    h('a', { href: pageHref(itemPath(entry.type, entry.id)) }, title),
    entry.speaker ? [h('span', { class: 'who' }, ' — '), refLink(entry.speaker)] : null,
    // How the entry involves the party the reader chose, where its title does not say it.
    h('span', { class: 'role' })));
}

function groupByYear(dated) {
  const years = new Map();
  for (const entry of dated) {
    const year = entry.date.slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(entry);
  }
  return years;
}

/** The dated entries, year by year, each year with its months marked. */
export function yearList(dated) {
  return h('ol', { class: 'years' }, [...groupByYear(dated)].map(([year, items]) => h('li', { class: 'year' },
    h('h3', {}, year),
    h('div', { class: 'months', 'aria-hidden': 'true' }, MONTHS.map((month) => h('span', {}, month))),
    h('ol', { class: 'entries' }, items.map(entryItem)))));
}

/** The years the dated entries fall in, oldest first. */
export const yearsOf = (dated) => [...new Set(dated.map((entry) => entry.date.slice(0, 4)))];
