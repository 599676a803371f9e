// Model: the latest model's metrics against the naive baseline on held-out windows, its
// coefficients with error bars (±1.96 standard errors), the ranking of concepts and predicted
// against actual incident rates. The model's JSON belongs to the model module and is read
// defensively: whatever is missing is left out, never guessed.
import {getJson} from '../api.js';
import {el, emptyState, fmt, pick} from '../dom.js';

const TARGET_LABELS = {rate: 'Incident rate', severity: 'Severity', log_ttr: 'Time to resolve'};

export async function renderModel(ctx) {
  ctx.container.append(el('h1', {}, 'Model'), el('div', {class: 'placeholder table-placeholder'}));
  const data = await getJson('/api/model');
  if (!ctx.isCurrent()) return;
  if (!data.model) {
    ctx.container.replaceChildren(el('h1', {}, 'Model'),
      emptyState(data.message || 'no model yet: run faultline train', 'A model needs scanned history and imported incidents.'));
    return;
  }
  const model = data.model;
  const targets = targetsOf(model);
  const parts = [el('h1', {}, 'Model'), summary(data, model)];
  parts.push(el('h2', {}, 'Held-out metrics against the baseline'), metricsTable(targets));
  for (const [name, target] of targets) {
    const coefficients = Array.isArray(target.coefficients) ? target.coefficients : [];
    if (!coefficients.length) continue;
    const box = el('div', {class: 'chart-box tall'}, el('canvas', {class: 'coef-chart', 'data-target': name}));
    parts.push(el('h2', {}, `${TARGET_LABELS[name] || name}: coefficients per +1 SD`),
      el('p', {class: 'muted small'}, 'Bars span ±1.96 standard errors; the dark mark is the estimate.'), box);
  }
  const ranking = rankingTable(model.ranking);
  if (ranking) parts.push(el('h2', {}, 'What matters most for production'), ranking);
  const points = data.evaluation && Array.isArray(data.evaluation.predicted_vs_actual) ? data.evaluation.predicted_vs_actual : [];
  const pvBox = el('div', {class: 'chart-box'}, el('canvas', {id: 'predicted-actual-chart'}));
  parts.push(el('h2', {}, 'Predicted against actual incidents per day'));
  if (points.length) parts.push(el('p', {class: 'muted small'}, 'One point per service and window; the line is a perfect prediction.'), pvBox);
  else parts.push(emptyState('No predictions to compare', data.evaluation_error || 'The server has no evaluation of this model.'));
  ctx.container.replaceChildren(...parts);

  for (const canvas of ctx.container.querySelectorAll('canvas.coef-chart')) {
    const target = targets.find(([name]) => name === canvas.dataset.target)[1];
    drawCoefficients(canvas, target.coefficients);
  }
  if (points.length) drawPredictedActual(pvBox.querySelector('canvas'), points);
}

function targetsOf(model) {
  if (model.targets && typeof model.targets === 'object') {
    const order = Object.keys(TARGET_LABELS);
    const rank = (name) => (order.includes(name) ? order.indexOf(name) : order.length);
    return Object.entries(model.targets).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  }
  if (model.metrics || model.coefficients) return [['model', model]];
  return [];
}

function summary(data, model) {
  const span = model.training_span || {};
  const items = [
    ['model', `#${data.id}`],
    ['trained', fmt.date(data.created_at)],
    ['window', model.window && model.window.days ? `${fmt.number(model.window.days, 1)} days` : '—'],
    ['service-windows', fmt.number(span.rows, 0)],
    ['incidents', fmt.number(span.incidents, 0)],
    ['held out from', fmt.date(span.holdout_start)],
  ];
  return el('div', {class: 'record-cards'}, items.map(([label, value]) =>
    el('div', {class: 'figure-card'}, el('div', {class: 'figure'}, value), el('div', {class: 'label'}, label))));
}

function metricsTable(targets) {
  const rows = [];
  for (const [name, target] of targets) {
    const metrics = target.metrics || {};
    const model = metrics.model || {};
    const baseline = metrics.baseline || {};
    const cell = (key, lowerIsBetter) => {
      const m = pick(model, [key]);
      const b = pick(baseline, [key]);
      const better = m !== null && b !== null && (lowerIsBetter ? m < b : m > b);
      return [el('td', {class: `num ${better ? 'better' : ''}`}, fmt.number(m, 3)), el('td', {class: 'num muted'}, fmt.number(b, 3))];
    };
    rows.push(el('tr', {},
      el('td', {}, TARGET_LABELS[name] || name, target.fitted === false ? el('span', {class: 'tag'}, 'not fitted') : null,
        target.note ? el('div', {class: 'muted small'}, target.note) : null),
      cell('deviance', true), cell('mae', true), cell('spearman', false),
      el('td', {class: 'num'}, fmt.number(target.holdout_observations, 0))));
  }
  if (!rows.length) return emptyState('The model has no metrics', '');
  return el('div', {class: 'table-wrap'}, el('table', {class: 'data metrics'},
    el('thead', {},
      el('tr', {}, el('th', {rowspan: 2}, 'Target'), el('th', {colspan: 2}, 'Deviance'), el('th', {colspan: 2}, 'MAE'),
        el('th', {colspan: 2}, 'Spearman'), el('th', {rowspan: 2, class: 'num'}, 'Held-out windows')),
      el('tr', {}, ['model', 'baseline', 'model', 'baseline', 'model', 'baseline'].map((t) => el('th', {class: 'num'}, t)))),
    el('tbody', {}, rows)));
}

function rankingTable(ranking) {
  if (!ranking || typeof ranking !== 'object') return null;
  const sections = [];
  const order = Object.keys(TARGET_LABELS);
  const rank = (name) => (order.includes(name) ? order.indexOf(name) : order.length);
  for (const [name, entry] of Object.entries(ranking).sort(([a], [b]) => rank(a) - rank(b))) {
    const concepts = entry && Array.isArray(entry.concepts) ? entry.concepts : [];
    if (!concepts.length) continue;
    sections.push(el('div', {class: 'ranking'}, el('h3', {}, `${TARGET_LABELS[name] || name}`, entry.effect ? el('span', {class: 'muted small'}, ` — ${entry.effect}`) : null),
      el('ol', {}, concepts.slice(0, 10).map((c) => el('li', {},
        el('a', {href: `#/concept/${encodeURIComponent(c.concept || '')}`}, c.concept || c.feature), ' ',
        el('span', {class: 'mono muted'}, c.feature || ''), ' ', `effect ${fmt.number(c.effect, 3)} (coef ${fmt.number(c.coef, 3)} ± ${fmt.number(c.se, 3)})`)))));
  }
  return sections.length ? el('div', {class: 'rankings'}, sections) : null;
}

function drawCoefficients(canvas, coefficients) {
  const rows = coefficients.map((c) => ({
    label: c.feature || c.name || '?',
    coef: pick(c, ['coef', 'estimate', 'value']) ?? 0,
    se: pick(c, ['se', 'std_error', 'stderr']) ?? 0,
  }));
  const span = Math.max(1e-9, ...rows.map((r) => Math.abs(r.coef) + 1.96 * r.se));
  const mark = span / 150;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        {label: '±1.96 SE', data: rows.map((r) => [r.coef - 1.96 * r.se, r.coef + 1.96 * r.se]),
         backgroundColor: 'rgba(37, 99, 235, 0.22)', barPercentage: 0.5, grouped: false},
        {label: 'estimate', data: rows.map((r) => [r.coef - mark, r.coef + mark]), backgroundColor: '#0f172a', barPercentage: 0.8, grouped: false},
      ],
    },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false,
      plugins: {legend: {display: false}, tooltip: {callbacks: {label: (item) => {
        const r = rows[item.dataIndex];
        return `coef ${fmt.number(r.coef, 3)} ± ${fmt.number(r.se, 3)} (SE)`;
      }}}},
      scales: {x: {title: {display: true, text: 'coefficient per +1 SD'}}, y: {ticks: {autoSkip: false, font: {size: 11}}}},
    },
  });
}

function drawPredictedActual(canvas, points) {
  const values = points.flatMap((p) => [p.predicted, p.actual]).filter((v) => Number.isFinite(v));
  const top = Math.max(0.01, ...values);
  new Chart(canvas, {
    type: 'scatter',
    data: {datasets: [
      {label: 'service × window', data: points.map((p) => ({x: p.predicted, y: p.actual, service: p.service})),
       backgroundColor: 'rgba(37, 99, 235, 0.45)', pointRadius: 3},
      {type: 'line', label: 'perfect', data: [{x: 0, y: 0}, {x: top, y: top}], borderColor: '#94a3b8', borderDash: [4, 4], pointRadius: 0},
    ]},
    options: {
      responsive: true, maintainAspectRatio: false,
      plugins: {tooltip: {callbacks: {label: (item) => item.raw.service !== undefined
        ? `${item.raw.service}: predicted ${fmt.perDay(item.raw.x)}, actual ${fmt.perDay(item.raw.y)}` : ''}}},
      scales: {x: {title: {display: true, text: 'predicted incidents per day'}, min: 0},
               y: {title: {display: true, text: 'actual incidents per day'}, min: 0}},
    },
  });
}
