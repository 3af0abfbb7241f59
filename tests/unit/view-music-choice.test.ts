// Which theme each screen plays and the caption each change shows (src/view/music-choice.ts), read against
// the shipped scores: the player who cannot hear the music still reads every change it makes.
import { describe, expect, it } from 'vitest';
import { themeFor } from '../../src/platform/music-scores.ts';
import { shippedThemes } from './shipped-themes.ts';
import { musicCaption, musicFor } from '../../src/view/music-choice.ts';

const CALM = { alert: 'calm', dreaming: false } as const;
const THEMES = shippedThemes((message) => {
  throw new Error(message);
});

describe('the music for each screen', () => {
  it('plays the chapter\'s theme in a level and its scenes, the title\'s on the menus, the lullaby after the end', () => {
    const alarm = { alert: 'alarm', dreaming: false } as const;
    expect(musicFor({ kind: 'level', chapter: 'bedroom', mood: alarm })).toEqual({ theme: 'bedroom', mood: alarm });
    expect(musicFor({ kind: 'story', chapter: 'aftermath' })).toEqual({ theme: 'aftermath', mood: CALM });
    expect(musicFor({ kind: 'statistics' })).toEqual({ theme: 'aftermath', mood: CALM });
    expect(musicFor({ kind: 'menu' })).toEqual({ theme: 'title', mood: CALM });
    // Loading and the result between chapters keep what plays: no restart at every screen.
    expect(musicFor({ kind: 'between' })).toBeNull();
  });

  it('captions a new theme by its start, the dream\'s coming and going first, then the alert level', () => {
    const night = themeFor(THEMES, 'night-escape');
    if (night === null) throw new Error('the night escape has a theme');
    expect(musicCaption(night, { before: null, after: CALM })).toBe('♪ the district sleeps, watchful');
    expect(musicCaption(night, { before: CALM, after: { alert: 'alarm', dreaming: false } })).toBe('♪ the Enforcers are near');
    expect(musicCaption(night, { before: CALM, after: { alert: 'caution', dreaming: false } })).toBe('♪ the Enforcers are searching');
    expect(musicCaption(night, { before: CALM, after: { alert: 'alarm', dreaming: true } })).toBe('♪ the dream sings through the streets');
    expect(musicCaption(night, { before: { alert: 'calm', dreaming: true }, after: CALM })).toBe('♪ the dream slips away');
    expect(musicCaption(night, { before: CALM, after: CALM })).toBeNull();
    // The title has no alert to tell of: no words rather than made-up ones.
    const title = themeFor(THEMES, 'title');
    if (title === null) throw new Error('the title has a theme');
    expect(musicCaption(title, { before: CALM, after: { alert: 'alarm', dreaming: false } })).toBeNull();
  });
});
