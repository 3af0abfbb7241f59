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

/**
 * Layer data (CSV or base64, a megabyte in a big map) is most of a .tmx, and saxes reads text one
 * character at a time. A long run of only base64 and CSV characters between `>` and `<` means the same
 * to an XML parser as to none (it holds no markup, entity, quote or `-`, so it cannot end a comment, an
 * attribute or a CDATA section), so such runs are lifted out before parsing and put back into their
 * element's text after, a private-use mark standing in for each. A file holding the mark is parsed whole.
 */
const LIFT_MARK = '\uE000';
const LIFT_END = '\uE001';
const LONG_RUN = 2048;
const RUN_CHARACTERS = new Uint8Array(128);
for (const character of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=, \t\n\r') RUN_CHARACTERS[character.charCodeAt(0)] = 1;

function onlyRunCharacters(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128 || RUN_CHARACTERS[code] === 0) return false;
  }
  return true;
}

function liftLongRuns(text: string): { readonly prepared: string; readonly runs: readonly string[] } {
  if (text.length < LONG_RUN || text.includes(LIFT_MARK)) return { prepared: text, runs: [] };
  const parts: string[] = [];
  const runs: string[] = [];
  let kept = 0;
  let open = text.indexOf('>');
  while (open !== -1) {
    const close = text.indexOf('<', open + 1);
    if (close === -1) break;
    if (close - open - 1 >= LONG_RUN && onlyRunCharacters(text, open + 1, close)) {
      parts.push(text.slice(kept, open + 1), `${LIFT_MARK}${runs.length}${LIFT_END}`);
      runs.push(text.slice(open + 1, close));
      kept = close;
    }
    open = text.indexOf('>', close);
  }
  if (runs.length === 0) return { prepared: text, runs };
  parts.push(text.slice(kept));
  return { prepared: parts.join(''), runs };
}

function restoreRuns(text: string, runs: readonly string[]): string {
  if (runs.length === 0 || !text.includes(LIFT_MARK)) return text;
  return text.replace(/\uE000(\d+)\uE001/g, (whole, index: string) => runs[Number(index)] ?? whole);
}

export function parseXml(source: string): XmlResult {
  const { prepared: text, runs } = liftLongRuns(source);
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
    if (top !== undefined) top.element.text = restoreRuns(top.text.length === 1 ? top.text[0]! : top.text.join(''), runs);
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
