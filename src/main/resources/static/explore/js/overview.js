// The whole span of the dated items at a glance, drawn: events above and statements below, each as wide
// as its precision. A drawing only (hidden from assistive technology): the timeline's list says the same
// in words.

import { h, svg } from './dom.js';
import { yearFraction } from './dates.js';

export function overview(dated) {
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
