// The explorer's partial dates, as the API gives them: shown at exactly their precision, placed in their
// year no narrower than that, and filtered as the API's from and to filter them.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { formatDate, within, yearFraction } from '../../main/resources/static/explore/js/dates.js';

test('a date is written at exactly the precision the source gives', () => {
  assert.equal(formatDate('2002', 'YEAR'), '2002');
  assert.equal(formatDate('2023-01', 'MONTH'), 'January 2023');
  assert.equal(formatDate('2009-02-04', 'DAY'), '4 February 2009');
  assert.equal(formatDate(null, null), null);
});

test('a date covers the part of its year its precision says, never less', () => {
  assert.deepEqual(yearFraction('2002', 'YEAR'), [0, 1]);
  assert.deepEqual(yearFraction('2023-10', 'MONTH'), [9 / 12, 10 / 12]);
  const [start, end] = yearFraction('2024-12-31', 'DAY');
  assert.equal(end, 1, 'the last day of a leap year ends it');
  assert.equal(Math.round((end - start) * 366), 1);
});

test('from and to take partial dates as the whole intervals they cover, as the API does', () => {
  assert.ok(within('2023-10', '2023-10-15', '2023-10-20'), 'a month falls within days inside it');
  assert.ok(within('2002', '2002-03', '2002-04'), 'a year falls within months inside it');
  assert.ok(within('2023-01', '2023', ''));
  assert.ok(within('2022', '', '2022-06'));
  assert.ok(!within('2009-02-04', '2009-02-05', '2009-02-28'));
  assert.ok(!within('2021', '2022', '2024'));
  assert.ok(within('2024-05-08', '', ''));
});
