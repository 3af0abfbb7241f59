// The hash a replay and a best time name their map by: FNV-1a over the text's UTF-16 code units, as 8 hex
// digits, CRLF counted as LF (the same map checked out on Windows is the same map). It must give exactly
// what src/run/replay.ts's hashText gives: a test compares them.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashMapText(text: string): string {
  let hash = FNV_OFFSET;
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 13 && text.charCodeAt(index + 1) === 10) continue;
    hash = Math.imul(hash ^ code, FNV_PRIME);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
