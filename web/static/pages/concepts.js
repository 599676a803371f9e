// Concepts: the list of concepts with their totals at the repositories' heads, and each
// concept's best and worst examples — highlighted snippet, signals, the owning service's
// production record and a link to the lines in the code host.
import {getJson} from '../api.js';
import {el, emptyState, externalLink, fmt, qualityBadge, trendBadge} from '../dom.js';
import {highlightLines} from '../highlight.js';
import {cursorPager} from './pager.js';

export async function renderConcepts(ctx) {
  ctx.container.append(el('h1', {}, 'Concepts'), el('div', {class: 'placeholder cards-placeholder'}));
  const data = await getJson('/api/concepts', {per_page: 200});
  if (!ctx.isCurrent()) return;
  if (!data.concepts.length) {
    ctx.container.replaceChildren(el('h1', {}, 'Concepts'),
      emptyState('No findings yet', 'Scan repositories first: faultline scan TARGET...'));
    return;
  }
  const cards = data.concepts.map((concept) => el('a', {class: 'card concept-card', href: `#/concept/${encodeURIComponent(concept.id)}`},
    el('h2', {}, concept.title || concept.id),
    concept.title && concept.title !== concept.id ? el('p', {class: 'muted mono'}, concept.id) : null,
    concept.rationale ? el('p', {class: 'rationale'}, concept.rationale) : null,
    el('dl', {class: 'figures'},
      el('div', {}, el('dt', {}, 'present in'), el('dd', {}, concept.head ? fmt.percent(concept.head.density) : '—')),
      el('div', {}, el('dt', {}, 'mean quality'), el('dd', {}, concept.head ? fmt.number(concept.head.mean_quality, 2) : '—')),
      el('div', {}, el('dt', {}, 'findings'), el('dd', {}, fmt.number(concept.findings, 0))))));
  ctx.container.replaceChildren(el('h1', {}, 'Concepts'),
    el('p', {class: 'lede'}, 'Presence is the share of eligible regions (functions) at the repositories\' heads that exercise the concept; quality runs from 0 to 1.'),
    el('div', {class: 'cards'}, cards));
}

// Pages by cursor (#/concept/<id>?order=&after=|before=&from=): any depth costs one page.
// An old link's page=N still works (offset paging).
export async function renderConcept(ctx, id) {
  const order = ctx.params.get('order') === 'worst' ? 'worst' : 'best';
  const after = ctx.params.get('after') || undefined;
  const before = after ? undefined : ctx.params.get('before') || undefined;
  const page = after || before ? undefined : Math.max(1, Number(ctx.params.get('page') || 1));
  const perPage = 10;
  const from = page ? (page - 1) * perPage + 1 : Math.max(1, Number(ctx.params.get('from') || 1));
  const base = `#/concept/${encodeURIComponent(id)}?order=${order}`;
  const heading = el('h1', {}, id);
  const tabs = el('div', {class: 'tabs', role: 'tablist'},
    el('a', {href: `#/concept/${encodeURIComponent(id)}?order=best`, class: order === 'best' ? 'active' : '', role: 'tab'}, 'Best examples'),
    el('a', {href: `#/concept/${encodeURIComponent(id)}?order=worst`, class: order === 'worst' ? 'active' : '', role: 'tab'}, 'Worst examples'));
  const list = el('div', {class: 'examples'}, el('div', {class: 'placeholder example-placeholder'}));
  ctx.container.append(el('p', {class: 'crumbs'}, el('a', {href: '#/concepts'}, 'Concepts'), ' / ', id), heading, tabs, list);

  const data = await getJson('/api/examples', {concept: id, order, page, after, before, per_page: perPage});
  if (!ctx.isCurrent()) return;
  heading.textContent = data.title || id;
  const href = (cursor, rank) => {
    const query = new URLSearchParams(cursor);
    if (rank > 1) query.set('from', rank);
    const rest = query.toString();
    return rest ? `${base}&${rest}` : base;
  };
  if (!data.examples.length) {
    list.replaceChildren(emptyState(from > 1 || data.has_previous ? 'No more examples' : 'No examples of this concept at the heads',
      'Examples are drawn from the files at each repository\'s scanned head.'));
    if (from > 1 || data.has_previous) ctx.container.append(cursorPager(data, 0, from, href));
    return;
  }
  list.replaceChildren(...data.examples.map((example) => exampleCard(example, data.signals || {})));
  ctx.container.append(cursorPager(data, data.examples.length, from, href));
}

function exampleCard(example, signalInfo) {
  const location = example.path
    ? `${example.repo}/${example.path}:${example.start_line}–${example.end_line}`
    : `${example.blob_oid.slice(0, 12)}:${example.start_line}–${example.end_line}`;
  const signalLines = new Set((example.signals || []).map((s) => s.line));
  return el('article', {class: 'card example'},
    el('header', {class: 'example-head'},
      el('div', {},
        el('h3', {class: 'region'}, example.region_name || `(${example.region_kind})`),
        el('p', {class: 'location mono'}, example.link ? externalLink(example.link, location) : location,
          example.other_locations > 0 ? el('span', {class: 'muted'}, ` · also in ${example.other_locations} other place${example.other_locations > 1 ? 's' : ''}`) : null)),
      qualityBadge(example.quality)),
    signalList(example.signals || [], signalInfo),
    snippetView(example.snippet, signalLines, example.language),
    serviceRecord(example.service));
}

function signalList(signals, info) {
  if (!signals.length) return el('p', {class: 'signals muted'}, 'No signals either way.');
  return el('ul', {class: 'signals'}, signals.map((signal) => {
    const name = String(signal.name || '');
    const positive = name.startsWith('+') || (!name.startsWith('-') && signal.weight > 0);
    const described = info[name.replace(/^[+-]/, '')];
    return el('li', {class: `signal ${positive ? 'signal-good' : 'signal-bad'}`, title: described && described.description ? described.description : ''},
      name, signal.line ? el('span', {class: 'muted'}, ` line ${signal.line}`) : null);
  }));
}

function snippetView(snippet, signalLines, language) {
  if (!snippet) return el('p', {class: 'muted snippet-missing'}, 'The text of this file was not stored by the scan.');
  const lines = highlightLines(snippet.lines);
  const rows = lines.map((line, index) => {
    const number = snippet.first_line + index;
    return el('div', {class: signalLines.has(number) ? 'row marked' : 'row'},
      el('span', {class: 'ln', 'aria-hidden': 'true'}, String(number)), line);
  });
  return el('div', {class: 'snippet-wrap'},
    el('pre', {class: 'snippet', 'data-language': language || ''}, el('code', {}, rows)),
    snippet.truncated ? el('p', {class: 'muted small'}, `… the region continues past line ${snippet.first_line + snippet.lines.length - 1}.`) : null);
}

function serviceRecord(service) {
  if (!service) return el('p', {class: 'record muted'}, 'No service is mapped to this code.');
  return el('p', {class: 'record'},
    'Owned by ', el('a', {href: `#/service/${encodeURIComponent(service.name)}`, class: 'service-name'}, service.name), ': ',
    `${fmt.number(service.incidents, 0)} incidents (${fmt.perDay(service.per_day)}/day), mean severity ${fmt.number(service.mean_severity, 1)}, ` +
    `mean TTR ${fmt.duration(service.mean_ttr_s)} `, trendBadge(service.trend));
}
