// Previous / next links for a paged API answer ({page, has_more}); `href(page)` builds a link.
import {el} from '../dom.js';

export function pager(data, href) {
  const nav = el('nav', {class: 'pager', 'aria-label': 'pages'});
  nav.append(data.page > 1 ? el('a', {href: href(data.page - 1), rel: 'prev'}, '← Previous') : el('span', {class: 'disabled'}, '← Previous'));
  nav.append(el('span', {class: 'page-number'}, `Page ${data.page}`));
  nav.append(data.has_more ? el('a', {href: href(data.page + 1), rel: 'next'}, 'Next →') : el('span', {class: 'disabled'}, 'Next →'));
  return nav;
}
