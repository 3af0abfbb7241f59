// What the music should be for what is on screen, and the caption that says so. No Phaser: Node tests
// check each screen's theme and each change's caption. The view describes the screen; this decides.
import type { MusicMood } from '../platform/music-director.ts';
import type { MusicTheme } from '../platform/music-score.ts';

/** What is on screen, as far as the music cares. */
export type MusicScreen =
  | { readonly kind: 'level'; readonly chapter: string; readonly mood: MusicMood }
  /** A chapter's intro or outro, or a chapter that is only a scene (the aftermath). */
  | { readonly kind: 'story'; readonly chapter: string }
  /** The run's statistics after the aftermath: its lullaby plays on. */
  | { readonly kind: 'statistics' }
  /** The title and the screens reached from it (chapter select, settings, credits, custom level). */
  | { readonly kind: 'menu' }
  /** Loading, the result between chapters: whatever plays goes on. */
  | { readonly kind: 'between' };

export interface MusicWish {
  /** A chapter key or `title`. */
  readonly theme: string;
  readonly mood: MusicMood;
}

const CALM: MusicMood = { alert: 'calm', dreaming: false };

/** The theme and mood for a screen; null keeps what plays. */
export function musicFor(screen: MusicScreen): MusicWish | null {
  switch (screen.kind) {
    case 'level':
      return { theme: screen.chapter, mood: screen.mood };
    case 'story':
      return { theme: screen.chapter, mood: CALM };
    case 'statistics':
      return { theme: 'aftermath', mood: CALM };
    case 'menu':
      return { theme: 'title', mood: CALM };
    case 'between':
      return null;
  }
}

/**
 * The caption for a change: a new theme says its start; a mood change within a theme says the dream's
 * coming or going first, else the new alert level. Null when the theme has no words for it.
 */
export function musicCaption(theme: MusicTheme, change: { readonly before: MusicMood | null; readonly after: MusicMood }): string | null {
  const { before, after } = change;
  if (before === null) return theme.captions.start ?? null;
  if (before.dreaming !== after.dreaming) return theme.captions[after.dreaming ? 'dream' : 'waking'] ?? null;
  if (before.alert !== after.alert) return theme.captions[after.alert] ?? null;
  return null;
}
