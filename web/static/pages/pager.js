// Previous / next links for a paged API answer ({page, has_more}); `href(page)` builds a link.
import {el} from '../dom.js';

export function pager(data, href) {
  const nav = el('nav', {class: 'pager', 'aria-label': 'pages'});
  nav.append(data.page > 1 ? el('a', {href: href(data.page - 1), rel: 'prev'}, '← Previous') : el('span', {class: 'disabled'}, '← Previous'));
  nav.append(el('span', {class: 'page-number'}, `Page ${data.page}`));
  nav.append(data.has_more ? el('a', {href: href(data.page + 1), rel: 'next'}, 'Next →') : el('span', {class: 'disabled'}, 'Next →'));
  return nav;
}

// Previous / next links for a cursor-paged answer ({examples, has_previous, prev, next});
// `href(cursor)` builds a link from {after} or {before} and the rank of its first row; `from`
// is the rank of this page's first row (shown only: cursors carry the position).
export function cursorPager(data, count, from, href) {
  const first = data.has_previous ? from : 1;
  const nav = el('nav', {class: 'pager', 'aria-label': 'pages'});
  nav.append(data.has_previous ? el('a', {href: href({}, 1), rel: 'first'}, '⇤ First') : el('span', {class: 'disabled'}, '⇤ First'));
  nav.append(data.prev ? el('a', {href: href({before: data.prev}, Math.max(1, first - data.per_page)), rel: 'prev'}, '← Previous')
    : el('span', {class: 'disabled'}, '← Previous'));
  nav.append(el('span', {class: 'page-number'}, count ? `${first}–${first + count - 1}` : '—'));
  nav.append(data.next ? el('a', {href: href({after: data.next}, first + count), rel: 'next'}, 'Next →') : el('span', {class: 'disabled'}, 'Next →'));
  return nav;
}
