// What the explorer shows when a view cannot be: nothing at the address, or the API's problem.

import { ApiError } from '../api.js';
import { h } from '../dom.js';
import { COLLECTION_OF } from '../types.js';

export function problemView(error) {
  const notFound = error instanceof ApiError && error.status === 404;
  return {
    title: notFound ? 'Not found' : 'Something went wrong',
    nodes: [
      h('h1', { tabindex: '-1' }, notFound ? 'Not found' : 'Something went wrong'),
      h('p', { class: 'error' }, error.message),
      h('nav', { 'aria-label': 'Elsewhere in the explorer' }, h('ul', { class: 'links' },
        h('li', {}, h('a', { href: '/explore' }, 'Back to the timeline')),
        Object.entries(COLLECTION_OF).map(([collection, { name }]) => h('li', {}, h('a', { href: `/explore/${collection}` }, name))))),
    ],
  };
}
