// One pass over a CWMP envelope: checks that it is well-formed XML and builds its tree at the
// same time (a validator and then a parser read each message twice). The tree has the shape the
// envelope reader expects: namespace prefixes dropped (xmlns declarations too), attributes as
// `@_name`, text trimmed; an element with neither attributes nor children is its text, repeated
// elements (and those named in `arrays`) are lists. DTDs are refused, as are entities other than
// the five predefined ones and character references.

export type XmlNode = Record<string, unknown>;

export class XmlError extends Error {}

// Names and white space are read by character code: a sticky RegExp per name (and per gap)
// cost most of the parse.
const NAME_CHAR = new Uint8Array(128); // 1: may start a name; 2: may continue one
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME_CHAR[c] = 1;
  else if (/[-0-9.]/.test(ch)) NAME_CHAR[c] = 2;
}

/** The end of the name starting at `pos`, or -1 when none starts there (`[A-Za-z_:][-A-Za-z0-9_:.]*`). */
function nameEnd(xml: string, pos: number): number {
  const first = xml.charCodeAt(pos);
  if (!(first < 128 && NAME_CHAR[first] === 1)) return -1;
  let i = pos + 1;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c < 128 && NAME_CHAR[c] !== 0) i++;
    else return i;
  }
}

/** The first position at or after `pos` that is not `[ \t\r\n]`. */
function skipSpace(xml: string, pos: number): number {
  for (;;) {
    const c = xml.charCodeAt(pos);
    if (c === 32 || c === 10 || c === 9 || c === 13) pos++;
    else return pos;
  }
}
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function decode(s: string, at: number): string {
  if (!s.includes('&')) return s;
  return s.replace(/&([^;&\s]*);?/g, (m, ref: string) => {
    if (!m.endsWith(';')) throw new XmlError(`unterminated entity reference near ${at}`);
    if (ref in PREDEFINED) return PREDEFINED[ref]!;
    const code = ref.startsWith('#x')
      ? Number.parseInt(ref.slice(2), 16)
      : ref.startsWith('#')
        ? Number.parseInt(ref.slice(1), 10)
        : NaN;
    if (!Number.isInteger(code) || code < 1 || code > 0x10ffff)
      throw new XmlError(`unknown entity &${ref}; near ${at}`);
    return String.fromCodePoint(code);
  });
}

interface Open {
  name: string;
  key: string;
  attrs: XmlNode | null;
  children: XmlNode | null;
  text: string;
}

function close(el: Open): unknown {
  const text = el.text === '' ? '' : el.text.trim();
  if (!el.attrs && !el.children) return text;
  // The element's own objects (children first, then attributes: their keys never collide).
  const node: XmlNode = el.children
    ? el.attrs
      ? Object.assign(el.children, el.attrs)
      : el.children
    : el.attrs!;
  if (text !== '') node['#text'] = text;
  return node;
}

function addChild(parent: Open, key: string, value: unknown, arrays: ReadonlySet<string>): void {
  const children = (parent.children ??= {});
  const had = children[key];
  if (had === undefined) children[key] = arrays.has(key) ? [value] : value;
  else if (Array.isArray(had)) had.push(value);
  else children[key] = [had, value];
}

function readAttributes(xml: string, pos: number, el: Open): number {
  for (;;) {
    const start = pos;
    pos = skipSpace(xml, pos);
    const spaced = pos > start;
    const c = xml[pos];
    if (c === '>' || c === '/' || c === undefined) return pos;
    if (!spaced) throw new XmlError(`expected a space before an attribute at ${pos}`);
    const nameStop = nameEnd(xml, pos);
    if (nameStop < 0) throw new XmlError(`bad attribute name at ${pos}`);
    const name = xml.slice(pos, nameStop);
    pos = skipSpace(xml, nameStop);
    if (xml[pos] !== '=') throw new XmlError(`attribute ${name} without a value at ${pos}`);
    pos = skipSpace(xml, pos + 1);
    const quote = xml[pos];
    if (quote !== '"' && quote !== "'") throw new XmlError(`unquoted attribute value at ${pos}`);
    const endQuote = xml.indexOf(quote, pos + 1);
    if (endQuote < 0) throw new XmlError(`unterminated attribute value at ${pos}`);
    const raw = xml.slice(pos + 1, endQuote);
    if (raw.includes('<')) throw new XmlError(`'<' in an attribute value at ${pos}`);
    pos = endQuote + 1;
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const key = `@_${localName(name)}`;
    const attrs = (el.attrs ??= {});
    if (key in attrs) throw new XmlError(`duplicate attribute ${name}`);
    attrs[key] = decode(raw, pos);
  }
}

/** Parses a document; throws XmlError when it is not well-formed. */
export function parseXml(xml: string, arrays: ReadonlySet<string> = new Set()): XmlNode {
  const top: Open = { name: '', key: '', attrs: null, children: null, text: '' };
  const stack: Open[] = [top];
  let roots = 0;
  let pos = 0;
  const n = xml.length;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    const end = lt < 0 ? n : lt;
    // White space alone before any text is trimmed away at the close: not kept.
    if (
      end > pos &&
      !(skipSpace(xml, pos) >= end && (stack.length === 1 || stack[stack.length - 1]!.text === ''))
    ) {
      const raw = xml.slice(pos, end);
      if (stack.length === 1) {
        if (raw.trim() !== '') throw new XmlError(`text outside the root element at ${pos}`);
      } else {
        stack[stack.length - 1]!.text += decode(raw, pos);
      }
    }
    if (lt < 0) break;
    const next = xml[lt + 1];
    if (next === '?') {
      const close = xml.indexOf('?>', lt + 2);
      if (close < 0) throw new XmlError(`unterminated processing instruction at ${lt}`);
      pos = close + 2;
    } else if (next === '!') {
      if (xml.startsWith('<!--', lt)) {
        const close = xml.indexOf('-->', lt + 4);
        if (close < 0) throw new XmlError(`unterminated comment at ${lt}`);
        pos = close + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        if (stack.length === 1) throw new XmlError(`CDATA outside the root element at ${lt}`);
        const close = xml.indexOf(']]>', lt + 9);
        if (close < 0) throw new XmlError(`unterminated CDATA section at ${lt}`);
        stack[stack.length - 1]!.text += xml.slice(lt + 9, close);
        pos = close + 3;
      } else {
        throw new XmlError(`declarations (DTDs) are not accepted at ${lt}`);
      }
    } else if (next === '/') {
      const stop = nameEnd(xml, lt + 2);
      const el = stack[stack.length - 1]!;
      // The open tag's name read at the same place (no slice unless it does not match).
      const matches =
        stop >= 0 &&
        stack.length > 1 &&
        stop - (lt + 2) === el.name.length &&
        xml.startsWith(el.name, lt + 2);
      if (!matches)
        throw new XmlError(
          `closing tag ${stop >= 0 ? xml.slice(lt + 2, stop) : '?'} does not match ${el.name || 'any open tag'} at ${lt}`,
        );
      const gt = skipSpace(xml, stop);
      if (xml[gt] !== '>') throw new XmlError(`malformed closing tag at ${lt}`);
      pos = gt + 1;
      stack.pop();
      addChild(stack[stack.length - 1]!, el.key, close(el), arrays);
    } else {
      const stop = nameEnd(xml, lt + 1);
      if (stop < 0) throw new XmlError(`'<' not starting a tag at ${lt}`);
      if (stack.length === 1 && ++roots > 1) throw new XmlError(`more than one root element at ${lt}`);
      const name = xml.slice(lt + 1, stop);
      const el: Open = { name, key: localName(name), attrs: null, children: null, text: '' };
      pos = readAttributes(xml, stop, el);
      if (xml[pos] === '/') {
        if (xml[pos + 1] !== '>') throw new XmlError(`malformed empty-element tag at ${pos}`);
        pos += 2;
        addChild(stack[stack.length - 1]!, el.key, close(el), arrays);
      } else if (xml[pos] === '>') {
        pos += 1;
        stack.push(el);
      } else {
        throw new XmlError(`unterminated tag ${el.name}`);
      }
    }
  }
  if (stack.length > 1) throw new XmlError(`unclosed tag ${stack[stack.length - 1]!.name}`);
  if (roots === 0) throw new XmlError('no root element');
  return top.children ?? {};
}
