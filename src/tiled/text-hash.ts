// The hash a replay and a best time name their map by: FNV-1a over the text's UTF-16 code units, as 8 hex
// digits, CRLF counted as LF (the same map checked out on Windows is the same map).
import { Fnv1a } from './fnv1a.ts';

export function hashMapText(text: string): string {
  const hash = new Fnv1a();
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 13 && text.charCodeAt(index + 1) === 10) continue;
    hash.mix(code);
  }
  return hash.hex();
}
