// The one Phaser.Game configuration: WebGL only, crisp pixels, a canvas that fills the window.
import Phaser from 'phaser';
import { installLiveReload } from './live-reload.ts';
import { installMusic } from './music.ts';
import { MusicCaptionScene } from './scenes/music-caption-scene.ts';
import { installFileDrop } from './map-loading.ts';
import { BootScene } from './scenes/boot-scene.ts';
import { ChapterSelectScene } from './scenes/chapter-select-scene.ts';
import { CreditsScene } from './scenes/credits-scene.ts';
import { CustomLevelScene } from './scenes/custom-level-scene.ts';
import { LevelScene } from './scenes/level-scene.ts';
import { ProblemsScene } from './scenes/problems-scene.ts';
import { ResultScene } from './scenes/result-scene.ts';
import { RunStatisticsScene } from './scenes/run-statistics-scene.ts';
import { StoryScene } from './scenes/story-scene.ts';
import { SettingsScene } from './scenes/settings-scene.ts';
import { ControlsScene } from './scenes/controls-scene.ts';
import { TitleScene } from './scenes/title-scene.ts';
import { BACKGROUND_COLOR } from './ui/palette.ts';
import { installFullscreen } from './fullscreen.ts';
import { installLowEffectsWatch } from './low-effects.ts';
import { NoticeScene } from './scenes/notice-scene.ts';
import { ReplaysScene } from './scenes/replays-scene.ts';
import { installReplayDrop } from './replays/replay-import.ts';
import { uploadTextsWhenDrawn } from './ui/text-uploads.ts';

export function createGameConfig(parentId: string): Phaser.Types.Core.GameConfig {
  return {
    // Not AUTO: a silent Canvas fallback would draw without filters and hide a missing WebGL context.
    type: Phaser.WEBGL,
    parent: parentId,
    backgroundColor: BACKGROUND_COLOR,
    pixelArt: true,
    // One texture per batch: Phaser compiles a shader for each count of textures a batch binds, the first
    // time a frame needs it, and software WebGL took seconds for each (five of them in the first
    // seconds of the night escape, frozen frames every time). One texture is one shader, compiled at boot;
    // the few extra draw calls cost less than the branches of a many-texture shader under every pixel.
    render: { maxTextures: 1 },
    scale: {
      // The canvas is the window, 1:1; scenes pick an integer camera zoom so pixels stay square.
      mode: Phaser.Scale.RESIZE,
      width: window.innerWidth,
      height: window.innerHeight,
    },
    input: { keyboard: true, gamepad: true },
    disableContextMenu: true,
    banner: false,
    scene: [BootScene, TitleScene, LevelScene, ResultScene, ProblemsScene, CustomLevelScene, ChapterSelectScene, SettingsScene, CreditsScene, StoryScene, RunStatisticsScene, MusicCaptionScene, NoticeScene, ReplaysScene, ControlsScene],
    callbacks: {
      preBoot: () => {
        uploadTextsWhenDrawn();
      },
      postBoot: (game) => {
        installFileDrop(game);
        installLiveReload(game);
        installMusic(game);
        installLowEffectsWatch(game);
        installFullscreen(game);
        installReplayDrop(game);
      },
    },
  };
}
