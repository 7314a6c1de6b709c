// The explorer's router: the address names the view (the same paths as the API's, under /explore), links
// change it without reloading, and a reload or a shared link opens the same view.

import { ApiError } from './api.js';
import { COLLECTION_OF } from './types.js';
import { collectionView } from './views/collection.js';
import { home } from './views/home.js';
import { itemView } from './views/item.js';
import { passageView } from './views/passage.js';
import { problemView } from './views/problem.js';
import { searchView } from './views/search.js';
import { timelineView } from './views/timeline.js';

const main = document.getElementById('main');
const searchBox = document.getElementById('q');
const loading = document.getElementById('loading');

const COLLECTION = `(${Object.keys(COLLECTION_OF).join('|')})`;

/** The views, by address: the API's own paths under /explore (the server answers these same ones). */
const ROUTES = [
  [/^\/explore$/, (url) => home(url)],
  [/^\/explore\/timeline$/, (url) => timelineView(url)],
  [/^\/explore\/search$/, (url) => searchView(url)],
  [/^\/explore\/sources\/([^/]+)\/passages\/(\d+)$/, (url, source, number) => passageView(source, number, url)],
  [new RegExp(`^/explore/${COLLECTION}$`), (url, collection) => collectionView(collection, url)],
  [new RegExp(`^/explore/${COLLECTION}/([^/]+)$`), (url, collection, id) => itemView(collection, id)],
];

function resolve(url) {
  const path = url.pathname.replace(/\/+$/, '');
  for (const [pattern, view] of ROUTES) {
    const match = pattern.exec(path);
    if (match) return view(url, ...match.slice(1).map(decodeURIComponent));
  }
  throw new ApiError(404, { detail: `The explorer has no page at ${url.pathname}.` }, url.pathname);
}

let current = 0;

async function render(url, { focus }) {
  const token = ++current;
  main.setAttribute('aria-busy', 'true');
  main.dataset.state = 'loading';
  // Said only when the answer is slow, so that a fast one does not flash a message.
  const slow = setTimeout(() => { loading.textContent = 'Loading…'; }, 400);
  searchBox.value = url.pathname.startsWith('/explore/search') ? url.searchParams.get('q') ?? '' : '';
  let view;
  try {
    view = await resolve(url);
  }
  catch (error) {
    view = problemView(error);
  }
  clearTimeout(slow);
  if (token !== current) return;
  loading.textContent = '';
  main.replaceChildren(...view.nodes.flat(Infinity).filter(Boolean));
  document.title = view.title === 'CSTO explorer' ? view.title : `${view.title} · CSTO explorer`;
  main.dataset.state = view.nodes.some((node) => node?.classList?.contains('error')) ? 'error' : 'ready';
  main.removeAttribute('aria-busy');
  view.after?.();
  performance.mark('explorer:view-ready');
  const target = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  if (target) target.scrollIntoView();
  if (focus) (target ?? main.querySelector('h1') ?? main).focus({ preventScroll: Boolean(target) });
}

function navigate(url) {
  history.pushState(null, '', url);
  window.scrollTo(0, 0);
  render(url, { focus: true });
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
    || event.shiftKey || event.altKey || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !/^\/explore(\/|$)/.test(url.pathname)) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  event.preventDefault();
  navigate(url);
});

searchBox.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = searchBox.value.trim();
  if (q) navigate(new URL(`/explore/search?${new URLSearchParams({ q })}`, location.href));
});

window.addEventListener('popstate', () => render(new URL(location.href), { focus: true }));

render(new URL(location.href), { focus: false });
