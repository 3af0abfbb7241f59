// Everything the level shows of the story, built from world state and story events only: the dialogue box
// over an open scene, the glints on clues, the marks on Interact triggers, the speech mark over the person
// Interact would talk to, "locked" over a locked door or exit, and a checkpoint's name when it is reached.
// The level scene builds one, tells it each tick's events and draws it each frame.
import type Phaser from 'phaser';
import type { SimEvent, World } from '../sim/types.ts';
import type { FloatingWords } from './effects/floating-words.ts';
import type { DialoguePresses, SceneChoices } from './input/input-latch.ts';
import { isReducedMotion } from './motion-preference.ts';
import { LEVEL_DEPTH } from './renderers/level-depths.ts';
import { lockedWordAt, storyMarkers, type StoryMarker } from './renderers/story-cues.ts';
import { gameSounds } from './sounds.ts';
import { DialogueBox, type DialogueInput, type DialogueShown } from './ui/dialogue-box.ts';
import { ACCENT_COLOR, BACKGROUND_COLOR, colorNumber, textStyle, wordScale } from './ui/palette.ts';
import { mirrorBoxAround, setMirrorBox } from './ui/mirror-box.ts';
import { SUBPIXELS_PER_PIXEL } from '../sim/index.ts';

/** How long a checkpoint's name stays, then fades over the last part. */
const CHECKPOINT_MILLISECONDS = 2600;
const CHECKPOINT_FADE_MILLISECONDS = 700;
const GLINT_COLOR = colorNumber('#ffe39a');
const TRIGGER_COLOR = colorNumber('#8c74c2');
const BUBBLE_COLOR = colorNumber('#e6e8ff');
const BUBBLE_INK = colorNumber('#1b2038');
const LOCKED_COLOR = '#ffb347';
/** Pixels below a door's middle its "locked" starts from: on its lower half, clear of Mira's prompt. */
const LOCKED_DOOR_DROP = 9;

/** The player's input as the story needs it: where the latch learns of scenes, the focus, the clicks. */
export interface StoryInput extends DialogueInput {
  followScene(choices: SceneChoices): void;
  followDialogue(dialogue: DialoguePresses): void;
  readonly choiceFocus: number;
}

interface StoryViewOptions {
  readonly world: World;
  readonly worldLayer: Phaser.GameObjects.Layer;
  readonly interfaceLayer: Phaser.GameObjects.Layer;
  readonly input: StoryInput;
  readonly words: FloatingWords;
}

export class StoryView {
  readonly #markers: Phaser.GameObjects.Graphics;
  readonly #dialogue: DialogueBox;
  readonly #checkpoint: Phaser.GameObjects.Text;
  readonly #checkpointBackdrop: Phaser.GameObjects.Graphics;
  #checkpointShownAt: number | null = null;
  #scale = 1;

  readonly #options: StoryViewOptions;

  constructor(
    scene: Phaser.Scene,
    options: StoryViewOptions,
  ) {
    this.#options = options;
    const { world, input } = options;
    this.#markers = scene.add.graphics().setDepth(LEVEL_DEPTH.marks);
    options.worldLayer.add(this.#markers);
    this.#checkpointBackdrop = scene.add.graphics().setVisible(false);
    this.#checkpoint = scene.add.text(0, 0, '', textStyle(16, ACCENT_COLOR)).setOrigin(0.5, 0).setVisible(false);
    options.interfaceLayer.add([this.#checkpointBackdrop, this.#checkpoint]);
    this.#dialogue = new DialogueBox(scene, options.interfaceLayer, input);
    // The world object stays the same across restarts, so this keeps reading the scene open now.
    input.followScene(() => (world.scene === null ? null : world.scene.display.choices.length));
    const dialogue = this.#dialogue;
    input.followDialogue({ finishLine: () => dialogue.finishLine(), skipAll: () => dialogue.skipAll() });
  }

  /** What the dialogue box shows, for the test hook; null when no scene is open. */
  get shown(): DialogueShown | null {
    return this.#dialogue.shown;
  }

  layout(width: number, height: number, scale: number): void {
    this.#scale = scale;
    this.#dialogue.layout(width, height, scale);
    this.#checkpoint.setFontSize(16 * wordScale(scale)).setPosition(Math.floor(width / 2), Math.floor(height * 0.12));
  }

  /** `time`: the frame's time (milliseconds), for how long a name stays. */
  afterTick(world: World, events: readonly SimEvent[], time: number): void {
    for (const event of events) {
      if (event.type === 'restarted') this.#checkpointShownAt = null;
      if (event.type === 'checkpoint') this.#showCheckpoint(event.name, time);
      if (event.type === 'locked') {
        gameSounds().play('dream-interrupted', { volume: 0.4 });
        const at = lockedWordAt(world, event);
        this.#options.words.show({
          at: { x: at.x * SUBPIXELS_PER_PIXEL, y: at.y * SUBPIXELS_PER_PIXEL },
          word: event.what === 'exit' ? 'locked · not yet' : 'locked',
          color: LOCKED_COLOR,
          // On the door itself, under the prompt over Mira (which says "locked" while she faces it).
          lift: event.what === 'door' ? -LOCKED_DOOR_DROP : 4,
          depth: LEVEL_DEPTH.marks,
          milliseconds: 1400,
        });
      }
    }
  }

  /**
   * Each frame; a paused level hides the box under the pause overlay's own words. `typingTime`: the time the
   * dialogue types at (a watched replay's, at its speed), the frame's own when left out.
   */
  draw(world: World, options: { readonly time: number; readonly typingTime?: number; readonly paused: boolean }): void {
    const reducedMotion = isReducedMotion();
    this.#drawMarkers(storyMarkers(world), { time: options.time, reducedMotion });
    this.#dialogue.draw(world.scene, { time: options.typingTime ?? options.time, focus: this.#options.input.choiceFocus, reducedMotion, paused: options.paused });
    this.#drawCheckpoint(options.time);
  }

  #showCheckpoint(name: string, time: number): void {
    this.#checkpoint.setText(`✦ ${name}`);
    const padding = 8 * this.#scale;
    const { x, y, width, height } = this.#checkpoint.getBounds();
    this.#checkpointBackdrop
      .clear()
      .fillStyle(colorNumber(BACKGROUND_COLOR), 0.8)
      .fillRoundedRect(x - padding, y - padding / 2, width + 2 * padding, height + padding, 6 * this.#scale);
    setMirrorBox(this.#checkpointBackdrop, mirrorBoxAround(this.#checkpointBackdrop, { left: x - padding, top: y - padding / 2, right: x + width + padding, bottom: y + height + padding / 2 }, 1));
    this.#checkpointShownAt = time;
  }

  #drawCheckpoint(time: number): void {
    const shownAt = this.#checkpointShownAt;
    const left = shownAt === null ? 0 : CHECKPOINT_MILLISECONDS - (time - shownAt);
    const alpha = Math.min(1, Math.max(0, left / CHECKPOINT_FADE_MILLISECONDS));
    this.#checkpoint.setAlpha(alpha).setVisible(alpha > 0);
    this.#checkpointBackdrop.setAlpha(alpha).setVisible(alpha > 0);
    if (alpha === 0) this.#checkpointShownAt = null;
  }

  #drawMarkers(markers: readonly StoryMarker[], options: { readonly time: number; readonly reducedMotion: boolean }): void {
    const graphics = this.#markers.clear();
    // A slow twinkle; a still glint with reduced motion.
    const twinkle = options.reducedMotion ? 1 : 0.55 + 0.45 * Math.abs(Math.sin(options.time / 380));
    for (const marker of markers) {
      const x = Math.round(marker.x);
      const y = Math.round(marker.y);
      switch (marker.kind) {
        case 'clue':
          graphics.fillStyle(GLINT_COLOR, 0.95 * twinkle);
          graphics.fillRect(x - 3, y, 7, 1);
          graphics.fillRect(x, y - 3, 1, 7);
          graphics.fillStyle(GLINT_COLOR, 0.6 * twinkle);
          graphics.fillRect(x - 1, y - 1, 3, 3);
          break;
        case 'trigger':
          // Quiet on purpose: a place worth a look, not a button.
          graphics.lineStyle(1, TRIGGER_COLOR, 0.7);
          graphics.strokeRect(x - 2.5, y - 2.5, 5, 5);
          graphics.fillStyle(TRIGGER_COLOR, 0.5 * twinkle);
          graphics.fillRect(x, y, 1, 1);
          break;
        case 'talk':
          graphics.fillStyle(BUBBLE_COLOR, 0.95);
          graphics.fillRoundedRect(x - 6, y - 9, 12, 8, 2);
          graphics.fillTriangle(x - 2, y - 2, x + 1, y - 2, x - 3, y + 1);
          graphics.fillStyle(BUBBLE_INK, 1);
          for (const dot of [-3, 0, 3]) graphics.fillRect(x + dot - 0.5, y - 5.5, 1, 1);
          break;
      }
    }
  }
}
