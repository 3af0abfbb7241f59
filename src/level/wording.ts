// Wording shared by the level builder's problem messages.

/** "an Enforcer", "an Exit", "a Spawn": messages name classes and shapes in sentences. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
