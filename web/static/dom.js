// DOM helpers for the viewer. Every piece of data enters the page as a text node
// (textContent / createTextNode), never as HTML: names, titles and snippets can hold anything.

// el('a', {href: '#/x', class: 'c'}, 'text', child, ...): an element; string children become text nodes.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'onclick' || key === 'onsubmit' || key === 'oninput') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// A link to a code host: only http(s) URLs become links; anything else stays text.
export function externalLink(href, text) {
  if (typeof href === 'string' && /^https?:\/\//i.test(href)) {
    return el('a', {href, target: '_blank', rel: 'noopener noreferrer'}, text);
  }
  return el('span', {}, text);
}

export function emptyState(title, hint) {
  return el('div', {class: 'empty'}, el('p', {class: 'empty-title'}, title), hint ? el('p', {}, hint) : null);
}

export function errorState(message) {
  return el('div', {class: 'empty error'}, el('p', {class: 'empty-title'}, 'Something went wrong'), el('p', {}, message));
}

export const fmt = {
  number(value, digits = 2) {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    return Number(value).toLocaleString('en-US', {maximumFractionDigits: digits, minimumFractionDigits: 0});
  },
  perDay(value) {
    if (value === null || value === undefined) return '—';
    return value >= 0.1 ? value.toFixed(2) : value.toFixed(3);
  },
  percent(value) {
    return value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`;
  },
  duration(seconds) {
    if (seconds === null || seconds === undefined) return '—';
    if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
    if (seconds < 86400 * 2) return `${(seconds / 3600).toFixed(1)} h`;
    return `${(seconds / 86400).toFixed(1)} d`;
  },
  date(seconds) {
    return seconds ? new Date(seconds * 1000).toISOString().slice(0, 10) : '—';
  },
};

// The first number among `keys` of `object` (the model's JSON is read defensively).
export function pick(object, keys) {
  if (!object || typeof object !== 'object') return null;
  for (const key of keys) {
    if (typeof object[key] === 'number' && Number.isFinite(object[key])) return object[key];
  }
  return null;
}

// The predicted incidents per day of a service's prediction entry, whatever its shape.
export function predictedRate(prediction) {
  if (typeof prediction === 'number') return prediction;
  return pick(prediction, ['rate_per_day', 'predicted_rate', 'predicted_per_day', 'rate', 'predicted']);
}

export function trendBadge(trend) {
  const direction = trend && trend.direction ? trend.direction : 'flat';
  const symbol = {rising: '▲', falling: '▼', flat: '▬'}[direction] || '▬';
  const title = trend ? `later half ${fmt.perDay(trend.recent_per_day)}/day, earlier half ${fmt.perDay(trend.earlier_per_day)}/day` : '';
  return el('span', {class: `trend trend-${direction}`, title}, `${symbol} ${direction}`);
}

export function qualityBadge(quality) {
  const level = quality >= 0.7 ? 'good' : quality <= 0.35 ? 'bad' : 'mid';
  return el('span', {class: `quality quality-${level}`, title: 'quality in [0, 1]'}, `quality ${fmt.number(quality, 2)}`);
}
