// A small, language-agnostic highlighter for snippets: comments, strings, numbers and the
// keywords common to the languages faultline reads. It tokenises one line at a time with a
// sticky regular expression and emits text nodes inside spans, so code is never parsed as
// HTML. A block comment that spans lines is carried over from line to line.
import {el} from './dom.js';

const KEYWORDS = new Set((
  'abstract async await break case catch class const continue def defer default do elif else enum except ' +
  'export extends final finally fn for func function go if impl implements import in interface lambda let ' +
  'match new nil null object package private protected pub public raise return select self static struct ' +
  'super switch this throw throws trait try type val var void when while with yield true false None True False'
).split(' '));

const TOKEN = /(\/\/.*|#(?![\[!]).*)|("(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|`(?:[^`\\]|\\.)*`?)|(\/\*)|(\b\d[\d_.xXa-fA-F]*\b)|([A-Za-z_$][\w$]*)|([\s\S])/y;

// Returns one <span class="line"> per input line. `state` carries an open block comment.
export function highlightLines(lines) {
  const state = {inBlock: false};
  return lines.map((line) => highlightLine(line, state));
}

function highlightLine(line, state) {
  const out = el('span', {class: 'code-line'});
  let at = 0;
  let plain = '';
  const flush = () => {
    if (plain) out.append(document.createTextNode(plain));
    plain = '';
  };
  const token = (cls, text) => {
    flush();
    out.append(el('span', {class: cls}, text));
  };
  while (at < line.length) {
    if (state.inBlock) {
      const end = line.indexOf('*/', at);
      const stop = end < 0 ? line.length : end + 2;
      token('tok-com', line.slice(at, stop));
      at = stop;
      state.inBlock = end < 0;
      continue;
    }
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(line);
    if (!match) break;
    const [text, comment, string, blockOpen, number, word] = match;
    if (comment) token('tok-com', text);
    else if (string) token('tok-str', text);
    else if (blockOpen) {
      token('tok-com', text);
      state.inBlock = true;
    } else if (number) token('tok-num', text);
    else if (word && KEYWORDS.has(word)) token('tok-kw', text);
    else plain += text;
    at = TOKEN.lastIndex;
  }
  flush();
  return out;
}
