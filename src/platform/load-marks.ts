// Marks on the page's performance timeline that the load benchmark (tools/bench-load.ts) reads: the
// production build carries no test hook, so the game says itself when its title can be used.

/** Set once per page, the first time the title is drawn with its keys bound. */
export const TITLE_INTERACTIVE_MARK = 'analog-dreams:title-interactive';

export function markTitleInteractive(): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(TITLE_INTERACTIVE_MARK).length > 0) return;
  performance.mark(TITLE_INTERACTIVE_MARK);
}
