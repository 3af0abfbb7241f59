// Wording shared by the level builder's problem messages.

/** "an Enforcer", "an Exit", "a Spawn": messages name classes and shapes in sentences. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** Edits (insert, delete, change, swap two neighbours) from one word to another, ignoring case. */
export function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (left.length > 64 || right.length > 64) return Math.max(left.length, right.length);
  let before: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const change = left[i - 1] === right[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + change);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[right.length]!;
}

/**
 * The known name a typo most likely meant: the same but for case and spaces, else the closest within a
 * third of its length (at least one edit). Undefined when nothing is that close.
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  const squeezed = name.replace(/\s+/g, '').toLowerCase();
  const exact = known.find((candidate) => candidate.toLowerCase() === squeezed);
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.trim().length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name.trim(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
