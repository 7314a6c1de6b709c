// Where a citation's words stand in its passage: an exact excerpt, whitespace aside, as the API promises.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { findQuote } from '../../main/resources/static/explore/js/quotes.js';

const passage = '[10] On 4 February 2009, an agreement to create the Collective Rapid Reaction Force (KSOR) '
  + '(Russian: Коллекти́вные си́лы операти́вного реаги́рования (КСОР)) was reached by five of the seven members.';

test('finds an exact excerpt', () => {
  const quote = 'an agreement to create the Collective Rapid Reaction Force (KSOR)';
  const [start, end] = findQuote(passage, quote);
  assert.equal(passage.slice(start, end), quote);
});

test('finds an excerpt whatever its whitespace, and marks the passage\'s own words', () => {
  const [start, end] = findQuote(passage, '  On 4 February\n 2009,  an agreement ');
  assert.equal(passage.slice(start, end), 'On 4 February 2009, an agreement');
});

test('takes the characters of a regular expression as themselves', () => {
  const [start, end] = findQuote(passage, '(Russian: Коллекти́вные');
  assert.equal(passage.slice(start, end), '(Russian: Коллекти́вные');
  assert.equal(findQuote(passage, 'Force (KSOR) (Russian.*'), null);
});

test('finds nothing for words the passage does not hold, or no words at all', () => {
  assert.equal(findQuote(passage, 'six of the seven members'), null);
  assert.equal(findQuote(passage, '   '), null);
});
