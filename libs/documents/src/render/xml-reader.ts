/** One element of an XML tree: its qualified name (`w:p`), its attributes and its children (elements or text). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** The XML is not well-formed (or declares a DTD, which a DOCX part never does). */
export class XmlSyntaxError extends Error {}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const cp = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(cp > 0 && cp <= 0x10ffff)) throw new XmlSyntaxError(`bad character reference ${whole}`);
      return String.fromCodePoint(cp);
    }
    const named = ENTITIES[ref];
    if (named === undefined) throw new XmlSyntaxError(`unknown entity ${whole}`);
    return named;
  });
}

const NAME = /^[A-Za-z_][\w.\-:]*/;
const ATTR = /\s*([A-Za-z_][\w.\-:]*)\s*=\s*("([^"]*)"|'([^']*)')/y;

/**
 * A small, strict reader for the XML parts of an Office document (namespaced names kept as written, no DTDs, no
 * external entities): enough for word/document.xml and word/styles.xml, and nothing that can fetch or expand.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let at = 0;
  const top = () => stack[stack.length - 1];
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      if (xml.slice(at).trim()) throw new XmlSyntaxError('text after the root element');
      break;
    }
    if (lt > at) {
      const text = decode(xml.slice(at, lt));
      if (stack.length > 1) top().children.push(text);
      else if (text.trim()) throw new XmlSyntaxError('text outside the root element');
    }
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt);
      if (end < 0) throw new XmlSyntaxError('unterminated processing instruction');
      at = end + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end < 0) throw new XmlSyntaxError('unterminated comment');
      at = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0 || stack.length === 1) throw new XmlSyntaxError('bad CDATA section');
      top().children.push(xml.slice(lt + 9, end));
      at = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      throw new XmlSyntaxError('DTDs are not accepted');
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      const name = end < 0 ? '' : xml.slice(lt + 2, end).trim();
      if (stack.length === 1 || top().name !== name) throw new XmlSyntaxError(`unexpected </${name}>`);
      stack.pop();
      at = end + 1;
    } else {
      const name = NAME.exec(xml.slice(lt + 1, lt + 201))?.[0];
      if (!name) throw new XmlSyntaxError('bad element name');
      const el: XmlElement = { name, attrs: {}, children: [] };
      let p = lt + 1 + name.length;
      for (;;) {
        ATTR.lastIndex = p;
        const m = ATTR.exec(xml);
        if (!m) break;
        el.attrs[m[1]] = decode(m[3] ?? m[4]);
        p = ATTR.lastIndex;
      }
      while (/\s/.test(xml[p] ?? '')) p++;
      if (stack.length === 1 && root.children.some((c) => typeof c !== 'string')) throw new XmlSyntaxError('two root elements');
      top().children.push(el);
      if (xml.startsWith('/>', p)) at = p + 2;
      else if (xml[p] === '>') {
        stack.push(el);
        at = p + 1;
      } else throw new XmlSyntaxError(`bad tag <${name}`);
    }
  }
  if (stack.length !== 1) throw new XmlSyntaxError(`unclosed <${top().name}>`);
  const docEl = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!docEl) throw new XmlSyntaxError('no root element');
  return docEl;
}

/** The element children of `el` named `name` (all of them when no name is given). */
export function childElements(el: XmlElement | undefined, name?: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The text content of an element (its descendants' text, in order). */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
