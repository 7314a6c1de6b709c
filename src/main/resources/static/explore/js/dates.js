// Partial dates as the API gives them ("2002", "2023-01", "2009-02-04"), at exactly their precision.

import { h } from './dom.js';

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

/**
 * Whether a partial date overlaps the interval from `from` to `to` (partial dates too; either may be
 * empty), as the API's from and to take them: 2023-01 is within from=2023, and 2022 within to=2022-06.
 * Each pair is compared at the coarser of the two precisions, which ISO 8601 strings allow as text.
 */
export function within(date, from, to) {
  const cut = (a, b) => a.slice(0, Math.min(a.length, b.length));
  return (!from || cut(date, from) >= cut(from, date)) && (!to || cut(date, to) <= cut(to, date));
}
