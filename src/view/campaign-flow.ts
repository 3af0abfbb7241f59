// Which screen plays a campaign chapter next, in one place for the title, the result screen, the boot
// scene and the story scene: a scene chapter goes straight to the story scene; a level chapter is loaded
// by the boot scene, then its intro (if any) plays in the story scene before the level.
import type Phaser from 'phaser';
import { CHAPTERS, type ChapterRow } from '../story/chapters.ts';
import { campaignPlay, requestChapter } from './game-data.ts';
import type { MapRequest } from './map-catalog.ts';
import { SCENE_KEYS, type SceneKey } from './scene-keys.ts';

export function playCampaignChapter(scene: Phaser.Scene, row: ChapterRow): void {
  if (row.kind === 'scene') {
    scene.scene.start(SCENE_KEYS.story);
    return;
  }
  requestChapter(scene.game, row.key);
  scene.scene.start(SCENE_KEYS.boot);
}

/** Once the boot scene has loaded a chapter's level: its intro when the campaign has one to play, else the level. */
export function levelOrIntro(game: Phaser.Game, chapterKey: string): SceneKey {
  return campaignPlay(game).pendingScene?.row.key === chapterKey ? SCENE_KEYS.story : SCENE_KEYS.level;
}

/**
 * `?chapter=` naming a chapter that is only a scene (the aftermath): begun on its own, as Chapter select
 * plays a chapter (nothing carried, nothing saved), for the boot scene to start once the portraits are
 * loaded. False for any other request, which the boot scene loads as before.
 */
export function beginSceneChapterAlone(game: Phaser.Game, request: MapRequest): boolean {
  if (request.kind !== 'chapter') return false;
  const row = CHAPTERS.find((chapter) => chapter.key === request.key);
  return row?.kind === 'scene' && campaignPlay(game).beginAlone(row.key).ok;
}
