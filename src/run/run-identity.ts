// One name for one race: the chapter, everything its level reads (the loader's map hash) and the rules it
// is played under. Bests, splits, replays and saves are all filed under it, so an edited map, tileset,
// rule map or story, or a change of rules, starts a new race instead of comparing with an old one.

/** `night-escape/9d387f64/r7`: chapter key, map hash (8 hex digits), rules version. */
export function runIdentity(chapterKey: string, mapHash: string, rulesVersion: number): string {
  return `${chapterKey}/${mapHash}/r${rulesVersion}`;
}

const RUN_IDENTITY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[0-9a-f]{8}\/r[1-9][0-9]{0,5}$/;

/** Whether a text (a save's key, a file's field) has the form runIdentity writes for a chapter key in kebab-case. */
export function isRunIdentity(text: string): boolean {
  return RUN_IDENTITY_PATTERN.test(text);
}
