// An XML file as a small element tree, parsed by saxes (a strict, well-formedness-checking parser in
// plain JavaScript) under limits, so that a hostile .tmx cannot exhaust memory or the stack. Entities
// other than XML's five are never expanded: a DOCTYPE is refused outright.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  readonly name: string;
  /** Attributes by name, in a record without a prototype (`__proto__` is just a name here). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text (and CDATA), joined; whitespace kept as written. */
  text: string;
}

/** Elements nested deeper than this are refused; Tiled's own files stay within a few levels per group. */
export const MAX_XML_DEPTH = 256;
/** Elements in one file: enough for a 512x512 layer written as one `<tile>` element a cell (Tiled's oldest format). */
export const MAX_XML_ELEMENTS = 1_000_000;

export type XmlResult = { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly message: string };

class XmlLimitError extends Error {}

export function parseXml(text: string): XmlResult {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: { element: XmlElement; text: string[] }[] = [];
  let root: XmlElement | undefined;
  let elementCount = 0;
  let failure: string | undefined;
  parser.on('error', (error) => {
    failure ??= error.message;
    throw error;
  });
  parser.on('doctype', () => {
    throw new XmlLimitError('the file declares a DOCTYPE, which Tiled never writes (and which could define entities)');
  });
  parser.on('opentag', (tag) => {
    elementCount += 1;
    if (elementCount > MAX_XML_ELEMENTS) throw new XmlLimitError(`the file has more than ${MAX_XML_ELEMENTS} XML elements`);
    if (stack.length >= MAX_XML_DEPTH) throw new XmlLimitError(`XML elements are nested more than ${MAX_XML_DEPTH} deep`);
    const attributes = Object.create(null) as Record<string, string>;
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (typeof value === 'string') attributes[name] = value;
    }
    const element: XmlElement = { name: tag.name, attributes, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = element;
    else parent.element.children.push(element);
    stack.push({ element, text: [] });
  });
  const addText = (value: string): void => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text.push(value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const top = stack.pop();
    if (top !== undefined) top.element.text = top.text.length === 1 ? top.text[0]! : top.text.join('');
  });
  try {
    // Some Windows editors start a file with a byte-order mark.
    parser.write(text.startsWith('\uFEFF') ? text.slice(1) : text).close();
  } catch (error) {
    if (error instanceof XmlLimitError) return { ok: false, message: error.message };
    return { ok: false, message: `the file is not well-formed XML (${shorten(failure ?? (error instanceof Error ? error.message : 'parse error'))})` };
  }
  if (root === undefined) return { ok: false, message: 'the file holds no XML element' };
  return { ok: true, root };
}

function shorten(message: string): string {
  return message.length > 160 ? `${message.slice(0, 160)}...` : message;
}

/** The children of an element with a given name, in file order. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}
