// The web app's entry: a header, one main region, and a router from the URL fragment to a view. Each
// view is an async function returning nodes; a later navigation wins over a slower earlier one.
import { initToken } from './api.ts';
import { setRefresh, takeNotice } from './correct.ts';
import { byId, h, type Child } from './dom.ts';
import { parseRoute } from './route.ts';
import { addView } from './view-add.ts';
import { articleView } from './view-article.ts';
import { claimView } from './view-claim.ts';
import { correctionsView } from './view-corrections.ts';
import { exportView } from './view-export.ts';
import { storiesView } from './view-stories.ts';
import { storyView } from './view-story.ts';

let generation = 0;

const nodesOf = (list: readonly Child[]): (Node | string)[] =>
  list.flatMap((c) => (c === null || c === undefined || c === false ? [] : Array.isArray(c) ? nodesOf(c) : [typeof c === 'number' ? String(c) : (c as Node | string)]));

/** Draws the view the URL names; `refresh` (after a correction) keeps the scroll and shows the correction's notice. */
async function render(refresh = false): Promise<void> {
  const mine = ++generation;
  const main = byId('main');
  const route = parseRoute(location.hash);
  main.setAttribute('aria-busy', 'true');
  for (const a of document.querySelectorAll('header nav a')) a.toggleAttribute('aria-current', a.getAttribute('data-view') === route.view);
  let nodes: Child[];
  try {
    switch (route.view) {
      case 'stories': nodes = await storiesView(route.query); break;
      case 'story': nodes = await storyView(route.id!, route.query); break;
      case 'claim': nodes = await claimView(route.id!); break;
      case 'article': nodes = await articleView(route.id!, route.query); break;
      case 'add': nodes = await addView(); break;
      case 'export': nodes = await exportView(); break;
      case 'corrections': nodes = await correctionsView(); break;
      default: nodes = [h('h1', { tabindex: '-1' }, 'Not found'), h('p', null, 'No such view. ', h('a', { href: '#/' }, 'Back to the stories'))];
    }
  } catch (e) {
    nodes = [h('h1', { tabindex: '-1' }, 'Something went wrong'), h('p', { class: 'error' }, (e as Error).message)];
  }
  if (mine !== generation) return;
  const y = window.scrollY;
  const notice = refresh ? takeNotice() : null;
  main.replaceChildren();
  if (notice) main.append(notice);
  main.append(...nodesOf(nodes));
  main.removeAttribute('aria-busy');
  // For measurements (bench/load.ts reads it): when this view was on screen, from the navigation's start.
  performance.mark(`view:${route.view}`);
  const title = main.querySelector('h1')?.textContent ?? '';
  document.title = title ? `${title} · hearsay` : 'hearsay';
  // Keyboard and screen-reader users land on the new view's heading; a followed span is scrolled to instead.
  if (refresh) {
    window.scrollTo(0, y);
    notice?.focus({ preventScroll: true });
  } else if (!route.query.has('span')) {
    (main.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
  document.body.setAttribute('data-view', route.view);
}

initToken();
setRefresh(() => render(true));
window.addEventListener('hashchange', () => void render());
void render();
