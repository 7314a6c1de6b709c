// The timeline: every event and statement in date order, at the precision the source gives, with filters
// that live in the address. Choosing a party asks the API what involves it (involves=), and how; the kind
// and the years are applied here, as the API's own filters would apply them.

import { all, apiHref, get, query } from '../api.js';
import { h } from '../dom.js';
import { entryItem, yearList, yearsOf } from '../entries.js';
import { addressOf, apiEquivalents, describe, filtersOf, keyOf, matches, ofKind } from '../filters.js';
import { overview } from '../overview.js';
import { heading } from '../parts.js';
import { swaggerHref } from '../types.js';
import { humanize, involvementText } from '../words.js';

const KINDS = { statement: 'statements only', QUOTE: 'quotes only', PARAPHRASE: 'reported speech only', event: 'events only' };
const kindName = (kind) => KINDS[kind] ?? `${humanize(kind).toLowerCase()} events only`;

/**
 * What only the API can answer: which entries involve the party, and how (a Map by entry), and whether it
 * takes the years given, where they were typed into the address rather than chosen. Its problem, if it
 * has one with the filters (an id that names nothing, a date it cannot read), is thrown.
 */
async function ask(filters, years) {
  const typed = [filters.from, filters.to].some((year) => year && !years.includes(year));
  const [involving] = await Promise.all([
    filters.involves ? all('timeline', { involves: filters.involves }) : null,
    typed ? get(`/timeline?${query({ involves: filters.involves, from: filters.from, to: filters.to, size: 1 })}`) : null,
  ]);
  return involving && new Map(involving.map((entry) => [keyOf(entry), entry.involvement]));
}

/** Whether the way an entry involves the party is worth saying: through a person, or in a role its title does not show. */
const notable = (involvement) => involvement?.some(({ role, through }) => through || !['PARTICIPANT', 'SPEAKER'].includes(role));

function select(name, first, options, chosen) {
  const values = options.map(([value]) => value);
  // A value of the address that is no option is shown as it is, so that the select says what the address says.
  const extra = chosen && !values.includes(chosen) ? [[chosen, chosen]] : [];
  return h('select', { name, id: name }, h('option', { value: '' }, first),
    [...options, ...extra].map(([value, text]) => h('option', { value, selected: value === chosen }, text)));
}

export async function timeline(entries, url) {
  const dated = entries.filter((entry) => entry.date);
  const undated = entries.filter((entry) => !entry.date);
  const years = yearsOf(dated);
  const parties = new Map(entries.flatMap((entry) => entry.parties ?? []).map((ref) => [ref.id, ref]));
  const nameOf = (id) => parties.get(id)?.name ?? id;
  const initial = filtersOf(url);
  initial.involves = [...parties.keys()].find((id) => id.toLowerCase() === initial.involves.toLowerCase()) ?? initial.involves;
  const eventKinds = [...new Set(entries.filter((entry) => entry.type === 'event').map((entry) => entry.kind).filter(Boolean))].sort();

  const whoSelect = select('involves', 'Anyone', [...parties.values()].sort((a, b) => a.name.localeCompare(b.name))
    .map((ref) => [ref.id, `${ref.name} (${ref.type})`]), initial.involves);
  const kindSelect = select('kind', 'Everything', [['statement', 'All statements'], ['QUOTE', 'Quotes (the speaker’s own words)'],
    ['PARAPHRASE', 'Reported speech'], ['event', 'All events'], ...eventKinds.map((kind) => [kind, `Events: ${humanize(kind).toLowerCase()}`])], initial.kind);
  const fromSelect = select('from', 'the start', years.map((year) => [year, year]), initial.from);
  const toSelect = select('to', 'the end', years.map((year) => [year, year]), initial.to);

  const problem = h('p', { class: 'error', hidden: true });
  const count = h('p', { class: 'meta', role: 'status' });
  const notice = h('p', { class: 'meta notice' });
  const sameInApi = h('ul', { class: 'links', 'aria-label': 'The same in the API' });
  const list = yearList(dated);
  const apart = h('ul', { class: 'undated' }, undated.map(entryItem));
  const apartSection = h('section', { 'aria-labelledby': 'undated' },
    h('h3', { id: 'undated', tabindex: '-1' }, 'Undated: the source gives no date'),
    h('p', { class: 'meta' }, 'Listed apart, never placed at a guessed date.'),
    apart);
  const items = [...list.querySelectorAll('.entry'), ...apart.querySelectorAll('.entry')];
  const byKey = new Map(entries.map((entry) => [keyOf(entry), entry]));
  let state = { filters: initial, involved: null, error: null };

  const link = (filters, text, hash) => {
    const next = addressOf(url.pathname, filters, hash);
    return h('a', { href: next.pathname + next.search + next.hash }, text);
  };
  /** What the filters leave out that the reader may want: everything, or the undated that the years drop. */
  const noticeOf = (shown) => {
    const { filters, involved, error } = state;
    const whole = link({}, 'Show the whole timeline');
    if (error) return [whole];
    const nothing = shown ? [] : [`Nothing on the timeline matches: ${describe(filters, nameOf, kindName)}. `];
    const left = filters.from || filters.to
      ? undated.filter((entry) => (!filters.involves || involved?.has(keyOf(entry))) && ofKind(entry, filters.kind)).length : 0;
    const items = left === 1 ? 'item' : 'items';
    const undatedPart = !left ? [] : filters.undated
      ? [`Also shown: the ${left === 1 ? '' : `${left} `}undated ${items} that ${filters.involves ? `${left === 1 ? 'involves' : 'involve'} ${nameOf(filters.involves)}` : `${left === 1 ? 'matches' : 'match'} the other filters`}, which the years leave out. `,
        link({ ...filters, undated: false }, 'Hide them'), ' ']
      : [filters.involves
        ? `${left} undated ${items} also ${left === 1 ? 'involves' : 'involve'} ${nameOf(filters.involves)}. `
        : `The years leave out ${left} undated ${items}${filters.kind ? ' of this kind' : ''}. `,
      link({ ...filters, undated: true }, 'Show them', 'undated'), ' '];
    return [...nothing, ...undatedPart, ...(shown ? [] : [whole])];
  };

  const apply = () => {
    const { filters, involved, error } = state;
    let shown = 0;
    for (const item of items) {
      const match = !error && matches(byKey.get(item.dataset.key), filters, involved);
      item.hidden = !match;
      section.querySelector(`rect[data-key="${CSS.escape(item.dataset.key)}"]`)?.classList.toggle('dim', !match);
      const how = match && filters.involves ? involved.get(item.dataset.key) : null;
      item.querySelector('.role').textContent = notable(how) ? ` · ${involvementText(how)}` : '';
      if (match) shown++;
    }
    for (const year of list.querySelectorAll('.year')) year.hidden = !year.querySelector('.entry:not([hidden])');
    apartSection.hidden = !apart.querySelector('.entry:not([hidden])');
    problem.hidden = !error;
    problem.textContent = error ?? '';
    count.textContent = `${shown} of ${entries.length} events and statements shown.`;
    notice.replaceChildren(...noticeOf(shown));
    sameInApi.replaceChildren(...apiEquivalents(filters).map(([text, path]) => h('li', {}, h('a', { href: apiHref(path) }, text))));
  };

  let asking = 0;
  const refresh = async () => {
    const token = ++asking;
    section.dataset.state = 'loading';
    section.setAttribute('aria-busy', 'true');
    const { filters } = state;
    let involved = null;
    let error = null;
    try {
      involved = await ask(filters, years);
    }
    catch (failure) {
      error = failure.message;
    }
    if (token !== asking) return;
    state = { filters, involved, error };
    apply();
    section.dataset.state = 'ready';
    section.removeAttribute('aria-busy');
  };
  const onChange = () => {
    state = { ...state, filters: { ...state.filters, involves: whoSelect.value, kind: kindSelect.value, from: fromSelect.value, to: toSelect.value } };
    // The reader is still choosing (an arrow key in a select is a change): the address follows the choice
    // without adding to the history, which only navigations do.
    history.replaceState(null, '', addressOf(url.pathname, state.filters));
    refresh();
  };
  for (const one of [whoSelect, kindSelect, fromSelect, toSelect]) one.addEventListener('change', onChange);

  const section = h('section', { 'aria-labelledby': 'timeline', class: 'timeline' },
    h('h2', { id: 'timeline' }, 'Timeline'),
    h('p', { class: 'meta' }, 'Events and statements in date order, each at the precision the source gives: a day is a dot on its day, a month spans its month, a year its whole year. ',
      h('a', { href: apiHref('/timeline?size=100') }, 'JSON'), ' · ', h('a', { href: swaggerHref('timeline') }, 'Swagger UI')),
    h('form', { class: 'filters', action: url.pathname, method: 'get', 'aria-label': 'Filter the timeline' },
      h('label', { for: 'involves' }, 'Involving', whoSelect),
      h('label', { for: 'kind' }, 'Kind', kindSelect),
      h('label', { for: 'from' }, 'From', fromSelect),
      h('label', { for: 'to' }, 'To', toSelect)),
    problem, count, notice,
    h('div', { class: 'meta' }, 'The same in the API: ', sameInApi),
    dated.length ? h('figure', { class: 'overview' }, overview(dated),
      h('figcaption', { class: 'meta' }, `${dated[0].date.slice(0, 4)} to ${dated[dated.length - 1].date.slice(0, 4)}: events above, statements below; the list below places each in its year.`)) : null,
    list,
    apartSection);
  await refresh();
  return section;
}

/** Every entry of the timeline; each carries its kind (an event's, or a statement's: quote or reported speech). */
export const timelineEntries = () => all('timeline');

/** The timeline alone, at /explore/timeline. */
export async function timelineView(url) {
  const entries = await timelineEntries();
  return {
    title: 'Timeline',
    nodes: [heading('The timeline: events and statements in date order'), await timeline(entries, url)],
    after: () => performance.mark('explorer:timeline-rendered'),
  };
}
