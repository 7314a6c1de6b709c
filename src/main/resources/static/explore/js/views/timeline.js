// The timeline: every event and statement in date order, at the precision the source gives, with filters
// that live in the address.

import { all, apiHref, itemPath, pageHref } from '../api.js';
import { h } from '../dom.js';
import { timeElement, yearFraction } from '../dates.js';
import { overview } from '../overview.js';
import { heading, refLink } from '../parts.js';
import { swaggerHref } from '../types.js';
import { KIND_LABEL, humanize } from '../words.js';

function entryItem(entry) {
  const statement = entry.type === 'statement';
  const who = [...entry.participants, ...(entry.speaker ? [entry.speaker] : [])];
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
    dataset: { key: `${entry.type}:${entry.id}`, year: entry.date?.slice(0, 4) ?? '', type: entry.type, kind: entry.kind ?? '', who: who.map((ref) => ref.id).join(' '), precision: entry.datePrecision ?? 'NONE' },
  },
  h('div', { class: 'when' }, timeElement(entry.date, entry.datePrecision)),
  track,
  h('div', { class: 'what' },
    h('span', { class: `badge ${statement ? (entry.kind ?? '').toLowerCase() : 'event'}` }, badge),
    h('a', { href: pageHref(itemPath(entry.type, entry.id)) }, title),
    entry.speaker ? [h('span', { class: 'who' }, ' — '), refLink(entry.speaker)] : null));
}

const MONTHS = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];

export function timeline(entries, url) {
  const dated = entries.filter((entry) => entry.date);
  const undated = entries.filter((entry) => !entry.date);
  const years = groupBy(dated);

  const people = new Map();
  for (const entry of entries) {
    for (const ref of [...entry.participants, ...(entry.speaker ? [entry.speaker] : [])]) people.set(ref.id, ref);
  }
  const eventKinds = [...new Set(entries.filter((entry) => entry.type === 'event').map((entry) => entry.kind).filter(Boolean))].sort();

  const participant = url.searchParams.get('participant') ?? '';
  const kind = url.searchParams.get('kind') ?? '';
  const whoSelect = h('select', { name: 'participant', id: 'participant' },
    h('option', { value: '' }, 'Anyone'),
    [...people.values()].sort((a, b) => a.name.localeCompare(b.name)).map((ref) =>
      h('option', { value: ref.id, selected: ref.id === participant }, `${ref.name} (${ref.type})`)));
  const kindSelect = h('select', { name: 'kind', id: 'kind' },
    h('option', { value: '' }, 'Everything'),
    h('optgroup', { label: 'Statements' },
      h('option', { value: 'statement', selected: kind === 'statement' }, 'All statements'),
      h('option', { value: 'QUOTE', selected: kind === 'QUOTE' }, 'Quotes (the speaker’s own words)'),
      h('option', { value: 'PARAPHRASE', selected: kind === 'PARAPHRASE' }, 'Reported speech')),
    h('optgroup', { label: 'Events' },
      h('option', { value: 'event', selected: kind === 'event' }, 'All events'),
      eventKinds.map((value) => h('option', { value, selected: kind === value }, humanize(value)))));
  const yearsGiven = [...years.keys()];
  const yearSelect = (name, chosen) => h('select', { name, id: name },
    h('option', { value: '' }, name === 'from' ? 'the start' : 'the end'),
    yearsGiven.map((year) => h('option', { value: year, selected: year === chosen }, year)));
  const fromSelect = yearSelect('from', url.searchParams.get('from') ?? '');
  const toSelect = yearSelect('to', url.searchParams.get('to') ?? '');
  const count = h('p', { class: 'meta', role: 'status' });
  const sameInApi = h('ul', { class: 'links', 'aria-label': 'The same in the API' });

  const list = h('ol', { class: 'years' }, [...years].map(([year, items]) => h('li', { class: 'year' },
    h('h3', {}, year),
    h('div', { class: 'months', 'aria-hidden': 'true' }, MONTHS.map((month) => h('span', {}, month))),
    h('ol', { class: 'entries' }, items.map(entryItem)))));
  const apart = h('ul', { class: 'undated' }, undated.map(entryItem));

  const apply = () => {
    const who = whoSelect.value;
    const what = kindSelect.value;
    const from = fromSelect.value;
    const to = toSelect.value;
    let shown = 0;
    for (const item of [...list.querySelectorAll('.entry'), ...apart.querySelectorAll('.entry')]) {
      // As the API's from and to: a bound keeps the items whose own date overlaps it, and drops the undated.
      const year = item.dataset.year;
      const match = (!who || item.dataset.who.split(' ').includes(who))
        && (!what || item.dataset.type === what || item.dataset.kind === what)
        && (!from || (year && year >= from)) && (!to || (year && year <= to));
      item.hidden = !match;
      section.querySelector(`rect[data-key="${CSS.escape(item.dataset.key)}"]`)?.classList.toggle('dim', !match);
      if (match) shown++;
    }
    for (const year of list.querySelectorAll('.year')) year.hidden = !year.querySelector('.entry:not([hidden])');
    apartSection.hidden = !apart.querySelector('.entry:not([hidden])');
    count.textContent = `${shown} of ${entries.length} events and statements shown.`;
    sameInApi.replaceChildren(...apiEquivalents({ who, what, from, to }).map(([text, path]) => h('li', {}, h('a', { href: apiHref(path) }, text))));
  };
  const onChange = () => {
    const next = new URL(url.pathname, location.href);
    if (whoSelect.value) next.searchParams.set('participant', whoSelect.value);
    if (kindSelect.value) next.searchParams.set('kind', kindSelect.value);
    if (fromSelect.value) next.searchParams.set('from', fromSelect.value);
    if (toSelect.value) next.searchParams.set('to', toSelect.value);
    next.hash = 'timeline';
    history.pushState(null, '', next);
    apply();
  };
  for (const select of [whoSelect, kindSelect, fromSelect, toSelect]) select.addEventListener('change', onChange);

  const apartSection = h('section', { 'aria-labelledby': 'undated' },
    h('h3', { id: 'undated' }, 'Undated: the source gives no date'),
    h('p', { class: 'meta' }, 'Listed apart, never placed at a guessed date.'),
    apart);

  const section = h('section', { 'aria-labelledby': 'timeline', class: 'timeline' },
    h('h2', { id: 'timeline' }, 'Timeline'),
    h('p', { class: 'meta' }, 'Events and statements in date order, each at the precision the source gives: a day is a dot on its day, a month spans its month, a year its whole year. ',
      h('a', { href: apiHref('/timeline?size=100') }, 'JSON'), ' · ', h('a', { href: swaggerHref('timeline') }, 'Swagger UI')),
    h('form', { class: 'filters', action: url.pathname, method: 'get', 'aria-label': 'Filter the timeline' },
      h('label', { for: 'participant' }, 'Participant or speaker', whoSelect),
      h('label', { for: 'kind' }, 'Kind', kindSelect),
      h('label', { for: 'from' }, 'From', fromSelect),
      h('label', { for: 'to' }, 'To', toSelect)),
    count,
    h('div', { class: 'meta' }, 'The same in the API: ', sameInApi),
    dated.length ? h('figure', { class: 'overview' }, overview(dated),
      h('figcaption', { class: 'meta' }, `${dated[0].date.slice(0, 4)} to ${dated[dated.length - 1].date.slice(0, 4)}: events above, statements below; the list below places each in its year.`)) : null,
    list,
    apartSection);
  apply();
  section.dataset.state = 'ready';
  return section;
}

function groupBy(dated) {
  const years = new Map();
  for (const entry of dated) {
    const year = entry.date.slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(entry);
  }
  return years;
}

/** The API requests that answer the same question as the timeline's filters. */
function apiEquivalents({ who, what, from, to }) {
  const statementKind = what === 'QUOTE' || what === 'PARAPHRASE' ? what : null;
  const eventsOnly = what && what !== 'statement' && !statementKind;
  const link = (collection, params) => {
    const query = new URLSearchParams(Object.entries({ ...params, from, to }).filter(([, value]) => value));
    const shown = `/api/v1/${collection}${query.size ? `?${query}` : ''}`;
    query.set('size', '100');
    return [shown, `/${collection}?${query}`];
  };
  if (!who && !what) return [link('timeline', {})];
  const links = [];
  if (what !== 'statement' && !statementKind) links.push(link('events', { participant: who }));
  if (!eventsOnly) links.push(link('statements', { speaker: who, kind: statementKind }));
  return links;
}

/** Every entry of the timeline; each carries its kind (an event's, or a statement's: quote or reported speech). */
export const timelineEntries = () => all('timeline');

/** The timeline alone, at /explore/timeline. */
export async function timelineView(url) {
  const entries = await timelineEntries();
  return {
    title: 'Timeline',
    nodes: [heading('The timeline: events and statements in date order'), timeline(entries, url)],
    after: () => performance.mark('explorer:timeline-rendered'),
  };
}
