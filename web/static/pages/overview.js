// Overview: every service with its incident record (incidents per day over the organisation's
// window, mean severity, mean time to resolve), the latest model's prediction and the trend.
import {getJson} from '../api.js';
import {el, emptyState, fmt, predictedRate, trendBadge} from '../dom.js';
import {pager} from './pager.js';

export async function renderOverview(ctx) {
  const page = Number(ctx.params.get('page') || 1);
  const sort = ctx.params.get('sort') === 'name' ? 'name' : 'rate';
  ctx.container.append(el('h1', {}, 'Services'), el('div', {class: 'placeholder table-placeholder'}));
  const data = await getJson('/api/services', {page, sort, per_page: 50});
  if (!ctx.isCurrent()) return;

  const intro = el('p', {class: 'lede'});
  if (data.window && data.window.incidents > 0) {
    intro.append(`Incident record over ${fmt.number(data.window.days, 0)} days (${fmt.date(data.window.from)} – ` +
                 `${fmt.date(data.window.to)}), ${fmt.number(data.window.incidents, 0)} incidents. `);
  }
  intro.append(data.model ? `Predictions from model #${data.model.id}.` : 'No model yet: run faultline train to see predictions.');

  if (!data.services.length) {
    ctx.container.replaceChildren(el('h1', {}, 'Services'),
      emptyState('No services yet', 'Import incidents (faultline incidents import FILE) or scan an organisation manifest that names services.'));
    return;
  }
  const sortLink = (key, label) => el('a', {href: `#/?sort=${key}`, class: sort === key ? 'active' : ''}, label);
  const table = el('table', {class: 'data services'},
    el('thead', {}, el('tr', {},
      el('th', {}, 'Service'), el('th', {}, 'Code'), el('th', {class: 'num'}, 'Incidents'),
      el('th', {class: 'num'}, 'Per day'), el('th', {class: 'num'}, 'Predicted / day'),
      el('th', {class: 'num'}, 'Mean severity'), el('th', {class: 'num'}, 'Mean TTR'), el('th', {}, 'Trend'))),
    el('tbody', {}, data.services.map((service) => el('tr', {},
      el('td', {}, el('a', {href: `#/service/${encodeURIComponent(service.name)}`, class: 'service-name'}, service.name)),
      el('td', {class: 'muted'}, service.repos.length
        ? service.repos.map((r) => r.path_prefix ? `${r.repo}/${r.path_prefix}` : r.repo).join(', ')
        : el('span', {class: 'tag'}, 'unmapped')),
      el('td', {class: 'num'}, fmt.number(service.incidents, 0)),
      el('td', {class: 'num'}, fmt.perDay(service.per_day)),
      el('td', {class: 'num'}, fmt.perDay(predictedRate(service.prediction))),
      el('td', {class: 'num'}, fmt.number(service.mean_severity, 1)),
      el('td', {class: 'num'}, fmt.duration(service.mean_ttr_s)),
      el('td', {}, trendBadge(service.trend))))));

  ctx.container.replaceChildren(
    el('div', {class: 'title-row'}, el('h1', {}, 'Services'),
      el('span', {class: 'sorter'}, 'Sort: ', sortLink('rate', 'by incidents'), ' · ', sortLink('name', 'by name'))),
    intro,
    data.unmapped ? el('p', {class: 'muted'}, `${data.unmapped} of ${data.total} services are mapped to no repository (see faultline services).`) : null,
    el('div', {class: 'table-wrap'}, table),
    pager(data, (p) => `#/?sort=${sort}&page=${p}`));
}
