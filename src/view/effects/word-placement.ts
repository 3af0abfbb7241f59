// Where a floating word goes, without Phaser (Node tests read it). A word with an owner (a hunter, the
// catch) takes over that owner's word still on screen instead of piling a new one on it: an Enforcer that
// hears Mira every tick says "!?" once, not sixty times. Words of different owners near one spot stack
// upwards so none is drawn over another.

/** A word on screen now: its owner (null for none), and where it started (pixels, bottom-centre). */
export interface PlacedWord {
  readonly id: number;
  readonly owner: string | null;
  readonly x: number;
  readonly y: number;
}

/** Pixels: how close two words' spots must be for the later one to stack above the earlier, and a line's height. */
export interface StackSpacing {
  readonly x: number;
  readonly y: number;
  readonly lineHeight: number;
}

export const WORD_STACK_SPACING: StackSpacing = { x: 40, y: 14, lineHeight: 9 };

/** The owner that says a catch: one at a time, and its moment clears every other word. */
export const CATCH_OWNER = 'catch';

/** The owner of the words over one hunter. */
export function hunterOwner(enforcerId: number): string {
  return `hunter-${enforcerId}`;
}

/**
 * Where a new word goes: `reuse` names the owner's live word to say it instead (null: a new word), and `y`
 * is where it starts, above any other word near the spot.
 */
export function placeWord(
  word: { readonly owner: string | null; readonly x: number; readonly y: number },
  live: readonly PlacedWord[],
  spacing: StackSpacing = WORD_STACK_SPACING,
): { readonly reuse: number | null; readonly y: number } {
  const own = word.owner === null ? undefined : live.find((placed) => placed.owner === word.owner);
  const others = live.filter((placed) => placed !== own);
  const reach = spacing.y + spacing.lineHeight * others.length;
  const near = others.filter((placed) => Math.abs(placed.x - word.x) < spacing.x && placed.y <= word.y + spacing.y && placed.y > word.y - reach);
  const y = near.length === 0 ? word.y : Math.min(...near.map((placed) => placed.y)) - spacing.lineHeight;
  return { reuse: own?.id ?? null, y };
}
