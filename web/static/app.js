// The viewer: a single-page app routed by the URL's hash.
//   #/                      services overview        (pages/overview.js)
//   #/concepts              concept list             (pages/concepts.js)
//   #/concept/<id>?order=best|worst&page=N            best and worst examples
//   #/service/<name>        timeline charts          (pages/service.js)
//   #/model                 model metrics            (pages/model.js)
//   #/predict?repo=&base=&head=                       pull-request risk (pages/predict.js)
// Each page renders into #page; a newer navigation discards an older page still loading.
import {getJson} from './api.js';
import {el, errorState, fmt} from './dom.js';
import {renderConcept, renderConcepts} from './pages/concepts.js';
import {renderModel} from './pages/model.js';
import {renderOverview} from './pages/overview.js';
import {renderPredict} from './pages/predict.js';
import {renderService} from './pages/service.js';

const routes = [
  [/^\/?$/, 'overview', () => renderOverview],
  [/^\/concepts$/, 'concepts', () => renderConcepts],
  [/^\/concept\/([^/]+)$/, 'concepts', (m) => (ctx) => renderConcept(ctx, decodeURIComponent(m[1]))],
  [/^\/service\/(.+)$/, 'overview', (m) => (ctx) => renderService(ctx, decodeURIComponent(m[1]))],
  [/^\/model$/, 'model', () => renderModel],
  [/^\/predict$/, 'predict', () => renderPredict],
];

let generation = 0;

function parseHash() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?');
  return {path, params: new URLSearchParams(query)};
}

async function route() {
  const current = ++generation;
  const {path, params} = parseHash();
  const page = document.getElementById('page');
  let render = null;
  let section = '';
  for (const [pattern, name, make] of routes) {
    const match = path.match(pattern);
    if (match) {
      render = make(match);
      section = name;
      break;
    }
  }
  for (const link of document.querySelectorAll('nav a')) {
    link.classList.toggle('active', link.dataset.nav === section);
  }
  // data-hash names the route this container renders, so that a test waiting for the ready
  // marker of a new hash is never answered by the page still on screen.
  const container = el('div', {class: 'page', 'data-page': section || 'missing', 'data-hash': location.hash});
  const ctx = {
    params,
    container,
    isCurrent: () => current === generation,
    navigate: (hash) => { location.hash = hash; },
  };
  page.replaceChildren(container);
  if (!render) {
    container.append(errorState(`No page at ${path}`));
    return;
  }
  try {
    await render(ctx);
  } catch (error) {
    if (ctx.isCurrent()) container.replaceChildren(errorState(error.message || String(error)));
  }
  if (ctx.isCurrent()) container.dataset.ready = 'true';
}

async function showStats() {
  try {
    const stats = await getJson('/api/stats');
    document.getElementById('stats').textContent =
      `${fmt.number(stats.repos, 0)} repos · ${fmt.number(stats.commits, 0)} commits · ` +
      `${fmt.number(stats.findings, 0)} findings · ${fmt.number(stats.incidents, 0)} incidents`;
  } catch {
    document.getElementById('stats').textContent = '';
  }
}

if (window.Chart) {
  Chart.defaults.animation = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#475569';
}
window.addEventListener('hashchange', route);
route();
showStats();
