// The explorer's views. Each reads what its address names from the API and returns what to show.

import {
  COLLECTIONS, all, apiHref, citing, get, idOf, itemPath, nameOf, pageHref, passagePath, search, swaggerHref, typeOfCollection,
} from './api.js';
import {
  TYPE_NAMES, citationHref, citationItem, h, markedPassage, refLink, snippet, timeElement, yearFraction,
} from './dom.js';

const humanize = (word) => word.charAt(0) + word.slice(1).toLowerCase().replaceAll('_', ' ');
const label = (key) => humanize(key.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase());

function heading(text) {
  return h('h1', { tabindex: '-1' }, text);
}

/** Where the same data is in the API: its JSON and its operation in Swagger UI. */
function apiLinks(path, operation, more = []) {
  return h('ul', { class: 'links', 'aria-label': 'This view in the API' },
    h('li', {}, h('a', { href: apiHref(path) }, 'JSON in the API')),
    h('li', {}, h('a', { href: swaggerHref(operation) }, 'The operation in Swagger UI')),
    more.map((link) => h('li', {}, link)));
}

// ---------------------------------------------------------------------------------------------- home

const STATUS = { MEMBER: 'Member', PARTICIPATION_FROZEN: 'Participation frozen' };

function stateCard(state) {
  const flagged = state.status !== 'MEMBER';
  return h('li', { class: flagged ? 'flagged' : null, dataset: { code: state.code } },
    h('a', { class: 'name', href: pageHref(itemPath('country', state.code)) }, state.name),
    h('span', { class: 'status' }, STATUS[state.status] ?? humanize(state.status ?? 'unknown')),
    flagged
      ? [h('p', {}, 'The status rests on these words of the source:'),
        h('ol', { class: 'citations' }, state.citations.map((citation) => citationItem(citation, `countries/${state.code}`))),
        state.note ? h('p', { class: 'meta' }, state.note) : null]
      : h('span', { class: 'meta' }, 'cited in ', state.citations.map((citation, index) => [index ? ', ' : '',
        h('a', { href: citationHref(citation, `countries/${state.code}`) }, `passage ${citation.passage}`)])));
}

function memberStates(states) {
  return h('section', { 'aria-labelledby': 'states' },
    h('h2', { id: 'states' }, 'Member states'),
    h('p', { class: 'meta' }, `The ${states.length} member states as the source tells them. `,
      h('a', { href: apiHref('/member-states') }, 'JSON'), ' · ',
      h('a', { href: swaggerHref('memberStates') }, 'Swagger UI')),
    h('ul', { class: 'states' }, states.map(stateCard)));
}

const KIND_LABEL = { QUOTE: 'Quote', PARAPHRASE: 'Reported speech' };

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

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * The whole span of the dated items at a glance, events above and statements below, each as wide as its
 * precision. A drawing only (hidden from assistive technology): the list below says the same in words.
 */
function overview(dated) {
  const first = Number(dated[0].date.slice(0, 4));
  const last = Number(dated[dated.length - 1].date.slice(0, 4)) + 1;
  const share = (year, fraction) => (year + fraction - first) / (last - first);
  const bars = dated.map((entry) => {
    const year = Number(entry.date.slice(0, 4));
    const [from, to] = yearFraction(entry.date, entry.datePrecision);
    const left = share(year, from) * 1000;
    return svg('rect', {
      class: `bar ${entry.type}`, 'data-key': `${entry.type}:${entry.id}`, x: left.toFixed(1),
      width: Math.max(share(year, to) * 1000 - left, 3).toFixed(1), y: entry.type === 'event' ? 2 : 24, height: 18,
    });
  });
  const ticks = [];
  const labels = [];
  for (let year = first; year <= last; year++) {
    const major = year % 5 === 0;
    const at = share(year, 0) * 1000;
    ticks.push(svg('line', { class: major ? 'tick major' : 'tick', x1: at, x2: at, y1: 0, y2: 44 }));
    if (major && year < last - 1) labels.push(h('span', { style: { left: `${share(year, 0) * 100}%` } }, String(year)));
  }
  return h('div', { class: 'overview', 'aria-hidden': 'true' },
    svg('svg', { viewBox: '0 0 1000 44', preserveAspectRatio: 'none', focusable: 'false' }, ...ticks, ...bars),
    h('div', { class: 'axis' }, labels));
}

function timeline(entries, url) {
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
    const next = new URL('/explore', location.href);
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
    h('form', { class: 'filters', action: '/explore', method: 'get', 'aria-label': 'Filter the timeline' },
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

export async function home(url) {
  // The timeline does not carry a statement's kind (quote or reported speech) nor an event's kind, so the
  // two collections are read alongside it, one request each.
  const [states, entries, statements, events] = await Promise.all(
    [all('member-states'), all('timeline'), all('statements'), all('events')]);
  const kinds = new Map([...statements, ...events].map((item) => [item.id, item.kind]));
  const withKinds = entries.map((entry) => ({ ...entry, kind: kinds.get(entry.id) ?? null }));
  const nodes = [
    heading('The CSTO’s story, in the source’s own words'),
    h('p', { class: 'lead' }, 'Every event, statement and status below is cited to the passage of the source that states it. Open any item to see its fields, its references and the exact words behind it.'),
    h('nav', { 'aria-label': 'Start with' }, h('ul', { class: 'links' },
      h('li', {}, 'Start with: '),
      h('li', {}, h('a', { href: '/explore?participant=ARM&from=2022&to=2024#timeline' }, 'Armenia and the CSTO, 2022 to 2024')),
      h('li', {}, h('a', { href: '/explore?participant=nikol-pashinyan&kind=statement#timeline' }, 'What Pashinyan said')),
      h('li', {}, h('a', { href: '/explore?kind=QUOTE#timeline' }, 'Every verbatim quote')))),
    memberStates(states),
    timeline(withKinds, url),
  ];
  return { title: 'CSTO explorer', nodes, after: () => performance.mark('explorer:timeline-rendered') };
}

// ---------------------------------------------------------------------------------------------- search

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
  const pageLink = (number, text) => {
    const next = new URL(url);
    next.searchParams.set('page', number);
    return h('a', { href: next.pathname + next.search }, text);
  };
  const { totalElements, totalPages } = answer.page;
  const nodes = [
    heading(`Search: ${q}`),
    h('p', { class: 'meta', role: 'status' }, totalElements === 1 ? '1 hit' : `${totalElements} hits`, ', best first, grouped by type.'),
    apiLinks(`/search?${new URLSearchParams([['q', q], ...types.map((type) => ['type', type])])}`, 'search'),
    typeFilter(q, types),
    [...groups].map(([type, hits]) => h('section', { 'aria-labelledby': `hits-${type}`, class: 'hit-group', dataset: { type } },
      h('h2', { id: `hits-${type}` }, `${TYPE_NAMES[type]?.[1] ?? type} (${hits.length})`),
      h('ol', { class: 'hits' }, hits.map((hit) => h('li', {},
        h('a', { href: hitHref(hit) }, hit.type === 'source' && hit.passage != null ? `Passage ${hit.passage}` : hit.title),
        h('p', { class: 'snippet' }, snippet(hit.snippet))))))),
    totalPages > 1 ? h('nav', { class: 'pager', 'aria-label': 'Pages of hits' },
      page > 0 ? pageLink(page - 1, 'Previous hits') : null,
      h('span', {}, `Page ${page + 1} of ${totalPages}`),
      page + 1 < totalPages ? pageLink(page + 1, 'More hits') : null) : null,
  ];
  return { title: `Search: ${q}`, nodes };
}

// ---------------------------------------------------------------------------------------------- items

const HIDDEN_FIELDS = new Set(['id', 'name', 'title', 'citations', 'datePrecision', 'foundedPrecision', 'passages', 'checksum', 'code']);

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

function fields(item, type, by) {
  const entries = Object.entries(item).filter(([key]) => !HIDDEN_FIELDS.has(key)
    && !(type === 'statement' && key === 'text'));
  const list = h('dl', { class: 'fields' });
  if (type === 'country') list.append(h('dt', {}, 'Code'), h('dd', {}, item.code));
  for (const [key, value] of entries) list.append(h('dt', {}, label(key)), h('dd', {}, fieldValue(key, value, item, by)));
  return list;
}

function itemTitle(type, item) {
  if (type !== 'statement') return nameOf(item);
  const text = item.text.length > 90 ? `${item.text.slice(0, 88)}…` : item.text;
  return item.kind === 'QUOTE' ? `${item.speaker?.name ?? 'Statement'}: “${text}”` : text;
}

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
  const path = itemPath(type, id);
  const item = await get(path);
  const involved = ['person', 'country', 'body', 'organization'].includes(type)
    ? await onTheTimeline(type, idOf(type, item)) : null;
  const said = type === 'event'
    ? (await all('statements')).filter((statement) => statement.event?.id === item.id) : [];
  const title = itemTitle(type, item);
  const nodes = [
    h('p', { class: 'meta' }, h('span', { class: 'badge' }, TYPE_NAMES[type][0]),
      item.kind ? h('span', { class: `badge ${type === 'statement' ? item.kind.toLowerCase() : ''}` }, type === 'statement' ? KIND_LABEL[item.kind] ?? item.kind : humanize(item.kind)) : null),
    heading(type === 'statement' ? `${item.speaker?.name ?? 'A statement'}, ${item.kind === 'QUOTE' ? 'quoted verbatim' : 'as reported'}` : nameOf(item)),
    apiLinks(path, type),
    type === 'statement'
      ? (item.kind === 'QUOTE'
        ? h('blockquote', { class: 'said' }, h('q', { class: 'verbatim' }, item.text))
        : h('p', { class: 'said' }, item.text))
      : null,
    type === 'source' ? sourceBody(item) : fields(item, type, `${collection}/${idOf(type, item)}`),
    said.length ? [h('h2', {}, 'Said at this event'), h('ul', {}, said.map((statement) =>
      h('li', {}, h('a', { href: pageHref(itemPath('statement', statement.id)) }, itemTitle('statement', statement)))))] : null,
    involved,
    h('h2', {}, 'Citations'),
    h('ol', { class: 'citations' }, (item.citations ?? []).map((citation) => citationItem(citation, `${collection}/${idOf(type, item)}`))),
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

// ---------------------------------------------------------------------------------------------- passages

export async function passageView(source, numberText, url) {
  const number = Number(numberText);
  const path = passagePath(source, number);
  // The source (a few kilobytes) gives its title and how many passages there are, for the links on either side.
  const [passage, cites, document] = await Promise.all([get(path), citing(source, number), get(itemPath('source', source))]);
  const numbers = document.passages.map((one) => one.number);
  const previous = numbers.filter((one) => one < number).pop();
  const next = numbers.find((one) => one > number);
  // ?by=persons/nikol-pashinyan: the words that item quotes are marked; without it, every cited word.
  const by = url.searchParams.get('by');
  const byOf = ({ type, item }) => `${COLLECTIONS[type]}/${idOf(type, item)}`;
  const followed = cites.find((cite) => byOf(cite) === by);
  const quotes = (followed ? [followed] : cites).flatMap(({ citations }) => citations.map((citation) => citation.quote));
  const nodes = [
    h('p', { class: 'meta' }, h('span', { class: 'badge' }, 'Passage'), `${passage.number} of ${numbers.length} of `,
      h('a', { href: pageHref(itemPath('source', source)) }, document.title)),
    heading(`Passage ${passage.number}`),
    apiLinks(path, 'passage'),
    h('nav', { 'aria-label': 'Neighbouring passages' }, h('ul', { class: 'links' },
      previous ? h('li', {}, h('a', { href: pageHref(passagePath(source, previous)), rel: 'prev' }, `Passage ${previous}`)) : null,
      next ? h('li', {}, h('a', { href: pageHref(passagePath(source, next)), rel: 'next' }, `Passage ${next}`)) : null)),
    h('blockquote', { class: 'passage' }, markedPassage(passage.text, quotes, passage.markers ?? [])),
    h('p', { class: 'meta' }, passage.markers?.length ? `Footnote markers: ${passage.markers.join(' ')}. ` : 'No footnote markers. ',
      followed
        ? ['Marked: the words that ', refLink({ type: followed.type, id: idOf(followed.type, followed.item), name: itemTitle(followed.type, followed.item) }),
          ' quotes. ', h('a', { href: pageHref(path) }, 'Mark every cited word')]
        : 'Marked: every word that an item below quotes.'),
    h('h2', {}, cites.length === 1 ? 'Cited by 1 item' : `Cited by ${cites.length} items`),
    h('ul', { class: 'cited-by' }, cites.map((cite) => h('li', { class: cite === followed ? 'followed' : null },
      h('span', { class: 'badge' }, TYPE_NAMES[cite.type][0]),
      h('a', { href: pageHref(itemPath(cite.type, idOf(cite.type, cite.item))) }, itemTitle(cite.type, cite.item)),
      cite.citations.map((citation) => h('blockquote', {}, citation.quote,
        citation.marker ? h('span', { class: 'marker' }, ` ${citation.marker}`) : null,
        ' ', h('a', { href: citationHref(citation, byOf(cite)) }, 'mark these words')))))),
  ];
  return { title: `Passage ${passage.number} of ${source}`, nodes };
}

