// Service: the service's production record, then its concept scores over time — presence
// density and mean quality at each first-parent commit of its repositories — drawn with
// Chart.js, with the service's incidents overlaid as points on a severity axis.
import {getJson} from '../api.js';
import {el, emptyState, fmt, predictedRate, trendBadge} from '../dom.js';

const PALETTE = ['#2563eb', '#c2410c', '#059669', '#7c3aed', '#db2777', '#0891b2', '#ca8a04', '#4b5563',
                 '#16a34a', '#9333ea', '#e11d48', '#0d9488'];

export async function renderService(ctx, name) {
  const heading = el('h1', {class: 'service-title'}, name);
  const record = el('div', {class: 'record-cards'}, el('div', {class: 'placeholder record-placeholder'}));
  const densityBox = el('div', {class: 'chart-box'}, el('canvas', {id: 'density-chart', 'aria-label': 'presence density over time'}));
  const qualityBox = el('div', {class: 'chart-box'}, el('canvas', {id: 'quality-chart', 'aria-label': 'mean quality over time'}));
  const incidents = el('div', {class: 'incidents'});
  const note = el('p', {class: 'muted'});
  ctx.container.append(el('p', {class: 'crumbs'}, el('a', {href: '#/'}, 'Services'), ' / ', name), heading, record,
    el('h2', {}, 'Presence of each concept'), el('p', {class: 'muted small'}, 'Share of eligible regions where the concept is present, at each first-parent commit; incidents are the points (right axis: severity, 1 worst at the top).'), densityBox,
    el('h2', {}, 'Mean quality of each concept'), qualityBox, note,
    el('h2', {}, 'Recent incidents'), incidents);

  const data = await getJson('/api/timeline', {service: name, max_points: 400});
  if (!ctx.isCurrent()) return;
  record.replaceChildren(...recordCards(data.record));

  const points = data.series.reduce((n, s) => n + s.points.length, 0);
  if (!points) {
    densityBox.replaceChildren(emptyState('No scanned history for this service',
      data.series.length ? 'Its repositories have no first-parent commits with snapshots yet: run faultline scan.'
                         : 'No repository is mapped to it: see faultline services --mapping FILE.'));
    qualityBox.remove();
  } else {
    drawChart(densityBox.querySelector('canvas'), data, 'density', 'presence density', true);
    drawChart(qualityBox.querySelector('canvas'), data, 'mean_quality', 'mean quality', false);
    const sampled = data.series.filter((s) => s.commits_in_range > s.points.length);
    if (sampled.length) note.textContent = `Showing ${data.max_points} evenly spread commits of ${sampled.map((s) => s.commits_in_range).join(' + ')}.`;
  }
  if (data.incidents_truncated) note.append(' Only the first 5,000 incidents are shown.');
  incidents.replaceChildren(incidentTable(data.incidents));
}

function recordCards(record) {
  const card = (label, value, extra) => el('div', {class: 'figure-card'}, el('div', {class: 'figure'}, value, extra || null), el('div', {class: 'label'}, label));
  return [
    card('incidents', fmt.number(record.incidents, 0)),
    card('per day', fmt.perDay(record.per_day)),
    card('predicted per day', fmt.perDay(predictedRate(record.prediction))),
    card('mean severity', fmt.number(record.mean_severity, 1)),
    card('mean time to resolve', fmt.duration(record.mean_ttr_s)),
    card('trend', trendBadge(record.trend)),
  ];
}

function drawChart(canvas, data, field, label, withIncidents) {
  const concepts = [...new Set(data.series.flatMap((s) => s.points.flatMap((p) => Object.keys(p.concepts))))].sort();
  const datasets = [];
  concepts.forEach((concept, index) => {
    for (const series of data.series) {
      const suffix = data.series.length > 1 ? ` (${series.repo}${series.scope ? '/' + series.scope : ''})` : '';
      datasets.push({
        type: 'line',
        label: concept + suffix,
        data: series.points.map((p) => ({x: p.time * 1000, y: p.concepts[concept] ? p.concepts[concept][field] : null})),
        borderColor: PALETTE[index % PALETTE.length],
        backgroundColor: PALETTE[index % PALETTE.length],
        borderWidth: 2,
        pointRadius: 0,
        stepped: 'before',
        spanGaps: true,
        yAxisID: 'y',
      });
    }
  });
  if (withIncidents && data.incidents.length) {
    datasets.push({
      type: 'scatter',
      label: 'incidents',
      data: data.incidents.map((i) => ({x: i.created_at * 1000, y: i.sev_level || 5, title: i.title})),
      backgroundColor: 'rgba(220, 38, 38, 0.55)',
      borderColor: '#b91c1c',
      pointRadius: 4,
      yAxisID: 'severity',
    });
  }
  const scales = {
    x: {type: 'linear', ticks: {callback: (value) => fmt.date(value / 1000), maxTicksLimit: 8}},
    y: {min: 0, max: 1, title: {display: true, text: label}},
  };
  if (withIncidents && data.incidents.length) {
    scales.severity = {position: 'right', reverse: true, min: 0.5, max: 5.5, ticks: {stepSize: 1}, grid: {drawOnChartArea: false},
                       title: {display: true, text: 'incident severity'}};
  }
  new Chart(canvas, {
    data: {datasets},
    options: {
      responsive: true,
      maintainAspectRatio: false,
      interaction: {mode: 'nearest', intersect: false},
      plugins: {
        legend: {position: 'bottom', labels: {boxWidth: 12}},
        tooltip: {callbacks: {
          title: (items) => items.length ? fmt.date(items[0].parsed.x / 1000) : '',
          label: (item) => item.raw && item.raw.title !== undefined
            ? `incident (severity ${item.raw.y}): ${item.raw.title}`
            : `${item.dataset.label}: ${fmt.number(item.parsed.y, 3)}`,
        }},
      },
      scales,
    },
  });
}

function incidentTable(incidents) {
  if (!incidents.length) return emptyState('No incidents in this range', 'Import them with faultline incidents import FILE.');
  const latest = incidents.slice(-20).reverse();
  return el('div', {class: 'table-wrap'}, el('table', {class: 'data'},
    el('thead', {}, el('tr', {}, el('th', {}, 'Created'), el('th', {}, 'Title'), el('th', {class: 'num'}, 'Severity'),
      el('th', {class: 'num'}, 'Time to resolve'), el('th', {}, 'Status'))),
    el('tbody', {}, latest.map((i) => el('tr', {},
      el('td', {class: 'mono'}, fmt.date(i.created_at)), el('td', {class: 'incident-title'}, i.title),
      el('td', {class: 'num'}, i.sev_level ? String(i.sev_level) : '—'), el('td', {class: 'num'}, fmt.duration(i.ttr_s)),
      el('td', {}, i.status))))));
}
