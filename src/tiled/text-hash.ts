// The hash a replay and a best time name their map by: FNV-1a over the text's UTF-16 code units, as 8 hex
// digits, CRLF counted as LF (the same map checked out on Windows is the same map).
import { Fnv1a } from './fnv1a.ts';

export function hashMapText(text: string): string {
  return hashTexts([text]);
}

function mixText(hash: Fnv1a, text: string): void {
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 13 && text.charCodeAt(index + 1) === 10) continue;
    hash.mix(code);
  }
}

/**
 * Several files as one: the map first, then every file it made the loader read (tilesets, templates,
 * the project file, rule maps, the ink story), in the order read, each after a separator no text holds.
 * A map read alone hashes as hashMapText of its text.
 */
export function hashTexts(texts: readonly string[]): string {
  const hash = new Fnv1a();
  texts.forEach((text, index) => {
    if (index > 0) hash.add(-1);
    mixText(hash, text);
  });
  return hash.hex();
}
