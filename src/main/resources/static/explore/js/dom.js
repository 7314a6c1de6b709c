// Building the page from data: every string goes in as text, never as markup.

import { COLLECTIONS, itemPath, pageHref, passagePath } from './api.js';

/** An element with attributes and children; strings become text nodes, so data is never parsed as HTML. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value == null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name === 'style') for (const [property, v] of Object.entries(value)) element.style.setProperty(property, v);
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

export function citationHref(citation, by) {
  return pageHref(passagePath(citation.source, citation.passage)) + (by ? `?by=${by}` : '');
}

/** A link to the explorer's page for a reference ({type, id, name}). */
export function refLink(reference) {
  if (!COLLECTIONS[reference.type]) return h('span', {}, reference.name);
  return h('a', { href: pageHref(itemPath(reference.type, reference.id)) }, reference.name);
}

export const TYPE_NAMES = {
  country: ['Country', 'Countries'],
  person: ['Person', 'Persons'],
  body: ['Body', 'Bodies'],
  organization: ['Organization', 'Organizations'],
  event: ['Event', 'Events'],
  statement: ['Statement', 'Statements'],
  source: ['Passage of the source', 'Passages of the source'],
};

/**
 * A search snippet as the API sends it: HTML-escaped text with the matches in <mark>. It is parsed in an
 * inert document and rebuilt from its text and <mark> elements only, so nothing else can get through.
 */
export function snippet(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    fragment.append(node.nodeName === 'MARK' ? h('mark', {}, node.textContent) : node.textContent);
  }
  return fragment;
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A partial date at exactly its precision: "2002", "January 2023", "4 February 2009". */
export function formatDate(date, precision) {
  if (!date) return null;
  if (precision === 'YEAR') return date;
  const instant = new Date(`${precision === 'MONTH' ? `${date}-01` : date}T00:00:00Z`);
  return (precision === 'MONTH' ? MONTH : DAY).format(instant);
}

export function timeElement(date, precision) {
  if (!date) return h('span', { class: 'undated' }, 'no date in the source');
  return h('time', { datetime: date }, formatDate(date, precision));
}

/**
 * The part of its year that a partial date covers, as fractions from 0 to 1: a whole year, one month,
 * or one day. Never narrower than the source says.
 */
export function yearFraction(date, precision) {
  const year = Number(date.slice(0, 4));
  if (precision === 'YEAR') return [0, 1];
  const month = Number(date.slice(5, 7));
  if (precision === 'MONTH') return [(month - 1) / 12, month / 12];
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86400000;
  const day = (Date.UTC(year, month - 1, Number(date.slice(8, 10))) - start) / 86400000;
  return [day / days, (day + 1) / days];
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a quote stands in a passage: an exact excerpt, whitespace aside (the API's promise). */
export function findQuote(text, quote) {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const match = new RegExp(words.map(escapeRegExp).join('\\s*'), 'u').exec(text);
  return match ? [match.index, match.index + match[0].length] : null;
}

function merge(ranges) {
  const sorted = ranges.filter(Boolean).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** A passage's text with the quoted words in <mark> and its footnote markers set apart. */
export function markedPassage(text, quotes, markers) {
  const marks = merge(quotes.map((quote) => findQuote(text, quote)));
  const markerRanges = [];
  for (const marker of markers) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
      markerRanges.push([at, at + marker.length]);
    }
  }
  const cuts = [...new Set([0, text.length, ...marks.flat(), ...markerRanges.flat()])].sort((a, b) => a - b);
  const paragraph = h('p');
  let open = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(from, to);
    const isMarker = markerRanges.some(([a, b]) => a <= from && to <= b);
    const node = isMarker ? h('span', { class: 'marker' }, piece) : document.createTextNode(piece);
    const mark = marks.find(([a, b]) => a <= from && to <= b);
    if (mark) {
      if (open?.range !== mark) open = { range: mark, element: paragraph.appendChild(h('mark')) };
      open.element.append(node);
    }
    else {
      open = null;
      paragraph.append(node);
    }
  }
  return paragraph;
}

/**
 * A citation: its quote, and a link to the passage with its number and footnote marker. The link names the
 * citing item (?by=persons/nikol-pashinyan) so that the passage marks that item's words.
 */
export function citationItem(citation, by) {
  return h('li', {},
    h('blockquote', {}, citation.quote),
    h('a', { href: citationHref(citation, by), class: 'cite' },
      `Passage ${citation.passage}`, citation.marker ? ` ${citation.marker}` : '', ` of ${citation.source}`));
}
