// What stands behind a scene played outside a level (an intro, an outro, the aftermath): the night sky
// Mira came for, the chapter's name, and a low strip of ground where the two people of the conversation
// stand facing each other (Mira on the left, as in the dialogue box), the one speaking now in full light,
// the one listening dimmed. Deliberate rather than a blank screen, and built only from the character
// sheet, so a new speaker needs only a row in SPEAKER_LOOKS.
import type Phaser from 'phaser';
import { CHARACTERS_TEXTURE } from '../scene-keys.ts';
import { EMPTY_CONVERSATION, nextConversation, type Conversation } from './dialogue-portraits.ts';
import { drawStarfield } from './starfield.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, colorNumber, textStyle } from './palette.ts';

/** The walk cycle each speaker stands as (assets/sprites/characters.txt, `<look>-<facing>-0`); Leo is child look 4. */
const SPEAKER_LOOKS: Readonly<Record<string, string>> = {
  Mira: 'mira',
  Elena: 'elena',
  Sam: 'sam',
  Niko: 'niko',
  Tomas: 'child0',
  Pip: 'child1',
  Ayla: 'child2',
  Juno: 'child3',
  Leo: 'child4',
};
const SPRITE_ZOOM = 5;
/** Unscaled pixels from the stage's middle to each person: close enough to be talking, apart enough to read. */
const HALF_GAP = 14 * SPRITE_ZOOM;
const GROUND_COLOR = colorNumber('#131629');
const GROUND_EDGE_COLOR = colorNumber('#262c4a');
const MOON_COLOR = colorNumber('#e6e8ff');
const ROOF_COLOR = colorNumber('#0e1020');
const WINDOW_COLOR = colorNumber('#ffb347');
/** The district's roofline along the ground, left to right: each house's width and height in unscaled pixels, and which of its windows are lit. */
const ROOFLINE: readonly { readonly width: number; readonly height: number; readonly lit: readonly number[] }[] = [
  { width: 70, height: 46, lit: [1] }, { width: 48, height: 78, lit: [0, 3] }, { width: 90, height: 34, lit: [] },
  { width: 56, height: 96, lit: [2] }, { width: 80, height: 58, lit: [0] }, { width: 44, height: 40, lit: [] },
  { width: 66, height: 84, lit: [1, 2] }, { width: 96, height: 50, lit: [3] }, { width: 52, height: 70, lit: [0] },
];
const SPEAKING_ALPHA = 1;
const LISTENING_ALPHA = 0.55;

export class StoryBackdrop {
  readonly #sprites: Record<'left' | 'right', Phaser.GameObjects.Image | null> = { left: null, right: null };
  #conversation: Conversation = EMPTY_CONVERSATION;
  #groundY = 0;
  #centreX = 0;
  #scale = 1;

  readonly #scene: Phaser.Scene;

  constructor(scene: Phaser.Scene) {
    this.#scene = scene;
  }

  /** Draws the sky, the ground and the heading again (the window's size changed); the cast keeps its places. */
  layout(options: { readonly width: number; readonly height: number; readonly scale: number; readonly heading: string; readonly part: string }): void {
    const { width, height, scale, heading, part } = options;
    this.#scale = scale;
    drawStarfield(this.#scene, { width, height, scale });
    this.#groundY = Math.floor(height * 0.52);
    this.#centreX = Math.floor(width / 2);
    this.#scene.add
      .graphics()
      .setDepth(-5)
      .fillStyle(GROUND_COLOR, 1)
      .fillRect(0, this.#groundY, width, height - this.#groundY)
      .fillStyle(GROUND_EDGE_COLOR, 1)
      .fillRect(0, this.#groundY, width, Math.max(1, Math.round(2 * scale)));
    this.#drawMoonAndRoofs({ width, scale });
    this.#scene.add.text(this.#centreX, Math.floor(height * 0.08), heading, textStyle(22 * scale, ACCENT_COLOR)).setOrigin(0.5, 0);
    this.#scene.add.text(this.#centreX, Math.floor(height * 0.08) + 34 * scale, part, textStyle(13 * scale, DIM_TEXT_COLOR)).setOrigin(0.5, 0);
    // The scene was cleared: the two people are stood again where they were.
    this.#sprites.left = null;
    this.#sprites.right = null;
    this.#stand();
  }

  /** Each line shown: its speaker takes their side (Mira the left) and stands in full light, the other dimmed. */
  speaking(line: { readonly speaker: string; readonly tags: readonly string[] } | null): void {
    const before = this.#conversation;
    this.#conversation = nextConversation(before, line, (speaker) => this.#frameFor(speaker, 'down') !== null);
    if (before.left?.speaker !== this.#conversation.left?.speaker || before.right?.speaker !== this.#conversation.right?.speaker) this.#stand();
    for (const which of ['left', 'right'] as const) this.#sprites[which]?.setAlpha(this.#conversation.speaking === which ? SPEAKING_ALPHA : LISTENING_ALPHA);
  }

  /** The moon in the north-west, where the game's light comes from, and the sleeping district under it. */
  #drawMoonAndRoofs(options: { readonly width: number; readonly scale: number }): void {
    const { width, scale } = options;
    const moonX = Math.floor(width * 0.16);
    const moonY = Math.floor(this.#groundY * 0.36);
    const sky = this.#scene.add.graphics().setDepth(-6);
    sky.fillStyle(MOON_COLOR, 0.06).fillCircle(moonX, moonY, 46 * scale);
    sky.fillStyle(MOON_COLOR, 0.1).fillCircle(moonX, moonY, 30 * scale);
    sky.fillStyle(MOON_COLOR, 0.95).fillCircle(moonX, moonY, 18 * scale);
    const roofs = this.#scene.add.graphics().setDepth(-4);
    const pane = 6 * scale;
    let x = 0;
    for (let index = 0; x < width; index += 1) {
      const house = ROOFLINE[index % ROOFLINE.length]!;
      const houseWidth = house.width * scale;
      const top = this.#groundY - house.height * scale;
      roofs.fillStyle(ROOF_COLOR, 1).fillRect(x, top, houseWidth, house.height * scale);
      for (const lit of house.lit) {
        const column = lit % 2;
        const row = Math.floor(lit / 2);
        roofs.fillStyle(WINDOW_COLOR, 0.7).fillRect(x + (12 + column * 20) * scale, top + (10 + row * 18) * scale, pane, pane);
      }
      x += houseWidth + 6 * scale;
    }
  }

  /** The conversation's two people on the ground, facing each other across the middle. */
  #stand(): void {
    for (const which of ['left', 'right'] as const) {
      this.#sprites[which]?.destroy();
      this.#sprites[which] = null;
      const side = this.#conversation[which];
      if (side === null) continue;
      const facing = which === 'left' ? 'right' : 'left';
      const frame = this.#frameFor(side.speaker, facing) ?? this.#frameFor(side.speaker, 'down');
      if (frame === null) continue;
      const offset = HALF_GAP * this.#scale * (which === 'left' ? -1 : 1);
      this.#sprites[which] = this.#scene.add
        .image(Math.round(this.#centreX + offset), this.#groundY + 4 * this.#scale, CHARACTERS_TEXTURE, frame)
        .setOrigin(0.5, 1)
        .setScale(SPRITE_ZOOM * this.#scale)
        .setAlpha(this.#conversation.speaking === which ? SPEAKING_ALPHA : LISTENING_ALPHA);
    }
  }

  /** The speaker's standing frame facing one way, or null when the sheet has none. */
  #frameFor(speaker: string, facing: 'left' | 'right' | 'down'): string | null {
    const look = SPEAKER_LOOKS[speaker];
    const frame = look === undefined ? '' : `${look}-${facing}-0`;
    const textures = this.#scene.textures;
    return frame !== '' && textures.exists(CHARACTERS_TEXTURE) && textures.get(CHARACTERS_TEXTURE).has(frame) ? frame : null;
  }
}
