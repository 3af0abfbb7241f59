// Scene keys in one place: the test hook and the scenes refer to each other by these.
export const SCENE_KEYS = {
  boot: 'boot',
  title: 'title',
  level: 'level',
  result: 'result',
  problems: 'problems',
  customLevel: 'custom-level',
  story: 'story',
  statistics: 'statistics',
  chapters: 'chapters',
  settings: 'settings',
  credits: 'credits',
  notice: 'notice',
  replays: 'replays',
  controls: 'controls',
} as const;

export type SceneKey = (typeof SCENE_KEYS)[keyof typeof SCENE_KEYS];

/** Texture and frame names of the character sheet (assets/generated/characters.json). */
export const CHARACTERS_TEXTURE = 'characters';

/** Texture of the speakers' portraits (assets/generated/portraits.json): frames `portrait-<who>-<face>`. */
export const PORTRAITS_TEXTURE = 'portraits';
