// The XML tree under its limits, and the lifting of long layer-data runs past saxes: the tree is the same
// as if every character had gone through the parser.
import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../../src/tiled/xml-tree.ts';

function root(text: string): XmlElement {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.root;
}

const CSV = Array.from({ length: 3000 }, (_, index) => String(index % 97)).join(',\n');

describe('parseXml', () => {
  it('keeps long CSV and base64 runs exactly, in data, in CDATA, and drops them in comments', () => {
    const base64 = 'QUJD'.repeat(1000);
    const tree = root(`<map><data>${CSV}</data><data>\n${base64}\n</data><text><![CDATA[>${CSV}<]]></text><!-- >${CSV}< --><x/></map>`);
    expect(tree.children.map((child) => child.name)).toEqual(['data', 'data', 'text', 'x']);
    expect(tree.children[0]?.text).toBe(CSV);
    expect(tree.children[1]?.text).toBe(`\n${base64}\n`);
    expect(tree.children[2]?.text).toBe(`>${CSV}<`);
  });

  it('a file that holds the private-use mark itself is read as written', () => {
    const marked = `\uE0000\uE001 ${CSV}`;
    expect(root(`<map><data>${marked}</data></map>`).children[0]?.text).toBe(marked);
  });

  it('a run next to markup or an entity is parsed by saxes as usual', () => {
    expect(root(`<map><data>${CSV}&amp;</data></map>`).children[0]?.text).toBe(`${CSV}&`);
    const broken = parseXml(`<map><data>${CSV}&bogus;</data></map>`);
    expect(broken.ok).toBe(false);
  });
});
