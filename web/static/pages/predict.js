// Pull request: a form (a scanned repository's name, base and head revisions) whose answer is
// the predict pipeline's review (review/review_format.h review_json):
//   services[]  each service the repository serves: predicted incidents/day, severity and time
//               to resolve at base and at head, the rate's change in percent, model drivers;
//   findings[]  the driving lines: path:line, added/removed/worsened/improved, concept, region,
//               the signals that appeared, quality before → after;
//   examples[]  the organisation's best examples of each concept that got worse, with links;
//   size, notes.
// The form lives in the URL (#/predict?repo=&base=&head=), so a prediction can be linked to.
import {ApiError, getJson} from '../api.js';
import {el, emptyState, errorState, externalLink, fmt, qualityBadge} from '../dom.js';

export async function renderPredict(ctx) {
  const value = (name) => ctx.params.get(name) || '';
  const field = (name, label, placeholder, extra = {}) => el('label', {},
    el('span', {}, label), el('input', {name, value: value(name), placeholder, required: true, autocomplete: 'off', spellcheck: 'false', ...extra}));
  const repos = el('datalist', {id: 'known-repos'});
  const form = el('form', {class: 'predict-form', onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const query = new URLSearchParams({repo: data.get('repo'), base: data.get('base'), head: data.get('head')});
    const hash = `#/predict?${query}`;
    if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else ctx.navigate(hash);
  }},
  field('repo', 'Repository', 'a scanned repository, e.g. payments', {list: 'known-repos'}),
  field('base', 'Base', 'main~5'), field('head', 'Head', 'main'),
  el('button', {type: 'submit'}, 'Predict'), repos);
  const result = el('div', {class: 'prediction'});
  ctx.container.append(el('h1', {}, 'Pull-request risk'),
    el('p', {class: 'lede'}, 'The change in each service\'s predicted incident rate, severity and time to resolve between two revisions of a scanned repository, the lines that drive it, and the organisation\'s best examples of what got worse.'),
    form, result);
  fillRepositories(repos);
  if (!value('repo') || !value('base') || !value('head')) {
    result.append(emptyState('Name a scanned repository and two revisions',
      'Revisions are anything git understands (main, main~5, a tag, a commit). The same prediction is on the command line: faultline predict --repo NAME --base REF --head REF.'));
    return;
  }
  result.append(el('div', {class: 'placeholder record-placeholder'}));
  let data;
  try {
    data = await getJson('/api/predict', {repo: value('repo'), base: value('base'), head: value('head')});
  } catch (error) {
    if (!ctx.isCurrent()) return;
    if (error instanceof ApiError && error.status === 501) {
      result.replaceChildren(emptyState('Prediction is not available in this server', error.message));
    } else if (error instanceof ApiError && error.status < 500) {
      result.replaceChildren(emptyState('No prediction for this change', error.message));
    } else {
      result.replaceChildren(errorState(error.message));
    }
    return;
  }
  if (!ctx.isCurrent()) return;
  result.replaceChildren(...renderPrediction(data));
}

// Offers the repositories the services map to (best effort: the form works without them).
async function fillRepositories(datalist) {
  try {
    const data = await getJson('/api/services', {sort: 'name', per_page: 200});
    const names = new Set(data.services.flatMap((service) => service.repos.map((r) => r.repo)));
    datalist.replaceChildren(...[...names].sort().map((name) => el('option', {value: name})));
  } catch {
    // The list is a convenience; typing a name still works.
  }
}

const signed = (value, digits) => `${value >= 0 ? '+' : '−'}${fmt.number(Math.abs(value), digits)}`;

function renderPrediction(data) {
  const parts = [];
  const size = data.size || {};
  parts.push(el('p', {class: 'change-summary muted'},
    `${data.repo} ${String(data.base || '').slice(0, 10)}…${String(data.head || '').slice(0, 10)}: `,
    `${fmt.number(size.commits, 0)} commit${size.commits === 1 ? '' : 's'}, ${fmt.number(size.files, 0)} file${size.files === 1 ? '' : 's'}, `,
    `+${fmt.number(size.lines_added, 0)} −${fmt.number(size.lines_deleted, 0)} lines`));

  const services = Array.isArray(data.services) ? data.services : [];
  if (services.length) {
    parts.push(el('div', {class: 'service-risks'}, services.map(serviceRisk)));
  } else {
    parts.push(emptyState('No service maps to this repository', 'Map one with faultline services --mapping FILE, then train, to see predicted rates.'));
  }

  const findings = Array.isArray(data.findings) ? data.findings : [];
  parts.push(el('h2', {}, 'What drives it'));
  if (findings.length) {
    parts.push(el('div', {class: 'table-wrap'}, el('table', {class: 'data findings'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Line'), el('th', {}, 'Change'), el('th', {}, 'Concept'),
        el('th', {}, 'Region'), el('th', {}, 'Signals'), el('th', {class: 'num'}, 'Quality'))),
      el('tbody', {}, findings.slice(0, 200).map((finding) => el('tr', {class: `finding finding-${finding.kind}`},
        el('td', {class: 'mono where'}, `${finding.path}:${finding.line}`),
        el('td', {}, el('span', {class: `kind kind-${finding.kind}`}, finding.kind)),
        el('td', {}, el('a', {href: `#/concept/${encodeURIComponent(finding.concept)}`}, finding.concept)),
        el('td', {class: 'mono region'}, finding.region || ''),
        el('td', {}, (finding.signals || []).map((name) => el('span', {class: `signal ${String(name).startsWith('-') ? 'signal-bad' : 'signal-good'}`}, name))),
        el('td', {class: 'num'}, `${fmt.number(finding.quality_before, 2)} → ${fmt.number(finding.quality_after, 2)}`)))))));
  } else {
    parts.push(el('p', {class: 'muted'}, 'No region changed its concept findings between these revisions.'));
  }

  const examples = Array.isArray(data.examples) ? data.examples : [];
  if (examples.length) {
    parts.push(el('h2', {}, 'Best examples of what got worse'),
      el('ul', {class: 'best-examples'}, examples.map((example) => el('li', {},
        el('a', {href: `#/concept/${encodeURIComponent(example.concept)}`, class: 'concept-link'}, example.concept), ' ',
        externalLink(example.link, `${example.repo}/${example.path}:${example.start_line}–${example.end_line}`), ' ',
        qualityBadge(example.quality)))));
  }
  const notes = Array.isArray(data.notes) ? data.notes : [];
  if (notes.length) parts.push(el('ul', {class: 'notes muted small'}, notes.map((note) => el('li', {}, note))));
  parts.push(el('details', {}, el('summary', {}, 'Full answer (JSON)'), el('pre', {class: 'json'}, JSON.stringify(data, null, 2))));
  return parts;
}

function serviceRisk(service) {
  const base = service.base || {};
  const head = service.head || {};
  const percent = service.rate_change_percent;
  const direction = percent > 0.05 ? 'worse' : percent < -0.05 ? 'better' : 'same';
  const figure = (label, before, after, show) => el('div', {class: 'figure-card'},
    el('div', {class: 'figure'}, show(after)),
    el('div', {class: 'label'}, `${label} (base ${show(before)})`));
  const drivers = (service.drivers || []).filter((d) => Math.abs(d.delta_log_rate) > 1e-9).slice(0, 5);
  return el('section', {class: `card service-risk risk-${direction}`},
    el('div', {class: 'title-row'},
      el('h3', {}, el('a', {href: `#/service/${encodeURIComponent(service.service)}`, class: 'service-name'}, service.service)),
      el('span', {class: `rate-change rate-${direction}`},
        typeof percent === 'number' ? `incident rate ${signed(percent, 1)}%` : 'incident rate unchanged')),
    el('div', {class: 'record-cards'},
      figure('incidents / day', base.rate_per_day, head.rate_per_day, (v) => fmt.perDay(v)),
      figure('mean severity', base.severity, head.severity, (v) => fmt.number(v, 2)),
      figure('time to resolve', base.ttr_s, head.ttr_s, (v) => fmt.duration(v))),
    drivers.length ? el('p', {class: 'model-drivers small'}, 'Model features that moved: ',
      drivers.map((d, i) => [i ? ', ' : '', el('span', {class: 'mono'}, d.feature), ` ${signed(d.delta_log_rate, 3)} log-rate`])) : null);
}
