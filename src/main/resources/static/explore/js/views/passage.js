// A passage of the source, whole, with the words its citations quote marked, and the items that cite it.

import { get, idOf, itemPath, pageHref, passagePath } from '../api.js';
import { h } from '../dom.js';
import { apiLinks, citationHref, heading, refLink } from '../parts.js';
import { markedPassage } from '../quotes.js';
import { COLLECTIONS, TYPE_NAMES } from '../types.js';
import { itemTitle, shortText } from '../words.js';

/** An item's citations of this passage, its own and its roles' (a person's), each quote once. */
function citationsOf(item, source, number) {
  return [...(item.citations ?? []), ...(item.roles ?? []).flatMap((role) => role.citations ?? [])]
    .filter((citation) => citation.source === source && citation.passage === number)
    .filter((citation, at, list) => list.findIndex((other) => other.quote === citation.quote) === at);
}

/**
 * The items the passage names as citing it (citedBy), each asked for alone: its citations of the passage
 * say which words to mark.
 */
function citing(passage, source, number) {
  return Promise.all(passage.citedBy.map(async ({ type, id }) => {
    const item = await get(itemPath(type, id));
    return { type, item, citations: citationsOf(item, source, number) };
  }));
}

/**
 * The item whose words are marked, named as such: "the person Nikol Pashinyan", "the statement “We have
 * now…” by Nikol Pashinyan".
 */
function whose({ type, item }) {
  const link = (text) => refLink({ type, id: idOf(type, item), name: text });
  if (type !== 'statement') return [`the ${TYPE_NAMES[type][0].toLowerCase()} `, link(itemTitle(type, item))];
  return ['the statement ', link(`“${shortText(item.text)}”`), item.speaker ? [' by ', refLink(item.speaker)] : ''];
}

export async function passageView(source, numberText, url) {
  const number = Number(numberText);
  const path = passagePath(source, number);
  // The source (a few kilobytes) gives its title and how many passages there are, for the links on either side.
  const [passage, document] = await Promise.all([get(path), get(itemPath('source', source))]);
  const cites = await citing(passage, source, number);
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
        ? ['Marked: the words cited by ', whose(followed), '. ', h('a', { href: pageHref(path) }, 'Mark every cited word')]
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
