// Quotes in passages: where a citation's words stand in its passage, and the passage with them marked.

import { h } from './dom.js';

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
