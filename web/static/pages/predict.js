// Pull request: a form (repository, base and head revisions) whose answer is the predicted
// change in incident rate, severity and time to resolve, with the findings that drive it.
// The form lives in the URL (#/predict?repo=&base=&head=), so a prediction can be linked to.
import {ApiError, getJson} from '../api.js';
import {el, emptyState, errorState, fmt, pick} from '../dom.js';

export async function renderPredict(ctx) {
  const value = (name) => ctx.params.get(name) || '';
  const field = (name, label, placeholder) => el('label', {},
    el('span', {}, label), el('input', {name, value: value(name), placeholder, required: true, autocomplete: 'off', spellcheck: 'false'}));
  const form = el('form', {class: 'predict-form', onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const query = new URLSearchParams({repo: data.get('repo'), base: data.get('base'), head: data.get('head')});
    const hash = `#/predict?${query}`;
    if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else ctx.navigate(hash);
  }},
  field('repo', 'Repository', 'payments or /path/to/clone'), field('base', 'Base', 'main'), field('head', 'Head', 'my-branch'),
  el('button', {type: 'submit'}, 'Predict'));
  const result = el('div', {class: 'prediction'});
  ctx.container.append(el('h1', {}, 'Pull-request risk'),
    el('p', {class: 'lede'}, 'The change in each service\'s predicted incident rate, severity and time to resolve between two revisions, and the findings that drive it.'),
    form, result);
  if (!value('repo') || !value('base') || !value('head')) {
    result.append(emptyState('Name a repository and two revisions', 'The same prediction is available on the command line: faultline predict --repo DIR --base REF --head REF.'));
    return;
  }
  result.append(el('div', {class: 'placeholder record-placeholder'}));
  let data;
  try {
    data = await getJson('/api/predict', {repo: value('repo'), base: value('base'), head: value('head')});
  } catch (error) {
    if (!ctx.isCurrent()) return;
    if (error instanceof ApiError && error.status === 501) {
      result.replaceChildren(emptyState('Prediction is not available yet', error.message));
    } else {
      result.replaceChildren(errorState(error.message));
    }
    return;
  }
  if (!ctx.isCurrent()) return;
  result.replaceChildren(...renderPrediction(data));
}

function renderPrediction(data) {
  const parts = [];
  const changes = [
    ['incident rate', pick(data, ['rate_change', 'delta_rate_per_day', 'rate_delta']), (v) => `${v >= 0 ? '+' : ''}${fmt.number(v, 4)}/day`],
    ['severity', pick(data, ['severity_change', 'delta_severity', 'severity_delta']), (v) => `${v >= 0 ? '+' : ''}${fmt.number(v, 2)} levels`],
    ['time to resolve', pick(data, ['ttr_change_s', 'delta_ttr_s', 'ttr_delta_s']), (v) => `${v >= 0 ? '+' : '−'}${fmt.duration(Math.abs(v))}`],
  ].filter(([, v]) => v !== null);
  if (changes.length) {
    parts.push(el('div', {class: 'record-cards'}, changes.map(([label, v, show]) =>
      el('div', {class: 'figure-card'}, el('div', {class: 'figure'}, show(v)), el('div', {class: 'label'}, label)))));
  }
  const drivers = [data.drivers, data.findings, data.driving_findings].find(Array.isArray) || [];
  if (drivers.length) {
    parts.push(el('h2', {}, 'What drives it'), el('ul', {class: 'drivers'}, drivers.slice(0, 100).map((d) => el('li', {},
      el('span', {class: 'mono'}, `${d.path || d.file || ''}${d.line ? ':' + d.line : ''}`), ' ',
      d.signal || d.name ? el('span', {class: 'signal'}, d.signal || d.name) : null, ' ',
      d.concept ? el('span', {class: 'muted'}, d.concept) : null))));
  }
  parts.push(el('details', {}, el('summary', {}, 'Full answer (JSON)'), el('pre', {class: 'json'}, JSON.stringify(data, null, 2))));
  return parts;
}
