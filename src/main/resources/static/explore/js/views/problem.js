// What the explorer shows when a view cannot be: nothing at the address, or the API's problem.

import { ApiError } from '../api.js';
import { h } from '../dom.js';

export function problemView(error) {
  const notFound = error instanceof ApiError && error.status === 404;
  return {
    title: notFound ? 'Not found' : 'Something went wrong',
    nodes: [
      h('h1', { tabindex: '-1' }, notFound ? 'Not found' : 'Something went wrong'),
      h('p', { class: 'error' }, error.message),
      h('p', {}, h('a', { href: '/explore' }, 'Back to the timeline')),
    ],
  };
}
