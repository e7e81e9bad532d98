import { childElements, parseXml, textOf, XmlSyntaxError } from './xml-reader';

describe('parseXml', () => {
  it('reads namespaced elements, both quote styles, entities, character references and CDATA', () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?><!-- c --><w:p a="1 &amp; 2" b='&quot;x&quot;'><w:t>Đảng &lt;ủy&gt; &#7853;&#x1EA8;</w:t><w:t><![CDATA[<b>&amp;</b>]]></w:t><w:br/></w:p>`,
    );
    expect(root.name).toBe('w:p');
    expect(root.attrs).toEqual({ a: '1 & 2', b: '"x"' });
    expect(childElements(root).map((c) => c.name)).toEqual(['w:t', 'w:t', 'w:br']);
    expect(textOf(childElements(root, 'w:t')[0])).toBe('Đảng <ủy> ậẨ');
    expect(textOf(childElements(root, 'w:t')[1])).toBe('<b>&amp;</b>');
  });

  it('keeps the spaces inside text', () => {
    expect(textOf(parseXml('<t>  hai  khoảng  </t>'))).toBe('  hai  khoảng  ');
  });

  it.each([
    ['an unclosed element', '<a><b></b>'],
    ['a mismatched end tag', '<a><b></a></b>'],
    ['two root elements', '<a/><b/>'],
    ['text outside the root', 'x<a/>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a character reference beyond Unicode', '<a>&#x110000;</a>'],
    ['a DTD (no entity expansion, no external fetch)', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['a broken tag', '<a b=1/>'],
    ['nothing', ''],
  ])('refuses %s', (_label, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
  });
});
