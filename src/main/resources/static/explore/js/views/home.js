// The explorer's home: the member states, then the timeline.

import { all, apiHref, itemPath, pageHref } from '../api.js';
import { h } from '../dom.js';
import { citationHref, citationItem, heading } from '../parts.js';
import { swaggerHref } from '../types.js';
import { STATUS, humanize } from '../words.js';
import { timeline, timelineEntries } from './timeline.js';

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
      h('a', { href: swaggerHref('member-states') }, 'Swagger UI')),
    h('ul', { class: 'states' }, states.map(stateCard)));
}

export async function home(url) {
  const [states, entries] = await Promise.all([all('member-states'), timelineEntries()]);
  const nodes = [
    heading('The CSTO’s story, in the source’s own words'),
    h('p', { class: 'lead' }, 'Every event, statement and status below is cited to the passage of the source that states it. Open any item to see its fields, its references and the exact words behind it.'),
    h('nav', { 'aria-label': 'Start with' }, h('ul', { class: 'links' },
      h('li', {}, 'Start with: '),
      h('li', {}, h('a', { href: '/explore?involves=ARM&from=2022&to=2024#timeline' }, 'Armenia and the CSTO, 2022 to 2024')),
      h('li', {}, h('a', { href: '/explore/statements?speaker=nikol-pashinyan' }, 'What Pashinyan said')),
      h('li', {}, h('a', { href: '/explore?kind=QUOTE#timeline' }, 'Every verbatim quote')))),
    memberStates(states),
    await timeline(entries, url),
  ];
  return { title: 'CSTO explorer', nodes, after: () => performance.mark('explorer:timeline-rendered') };
}
