// What stands behind a scene played outside a level (an intro, an outro, the aftermath): the night sky
// Mira came for, the chapter's name, and a low strip of ground where each speaker steps on stage as they
// first speak, the one speaking now in full light. Deliberate rather than a blank screen, and built only
// from the character sheet, so a new speaker needs only a row in SPEAKER_SPRITES.
import type Phaser from 'phaser';
import { CHARACTERS_TEXTURE } from '../scene-keys.ts';
import { drawStarfield } from './starfield.ts';
import { ACCENT_COLOR, DIM_TEXT_COLOR, colorNumber, textStyle } from './palette.ts';

/** The walking sprite each speaker stands as (assets/sprites/characters.txt); Leo is child look 4. */
const SPEAKER_SPRITES: Readonly<Record<string, string>> = {
  Mira: 'mira-down-0',
  Elena: 'elena-down-0',
  Sam: 'sam-down-0',
  Niko: 'niko-down-0',
  Tomas: 'child0-down-0',
  Pip: 'child1-down-0',
  Ayla: 'child2-down-0',
  Juno: 'child3-down-0',
  Leo: 'child4-down-0',
};
const SPRITE_ZOOM = 5;
const SPACING = 22 * SPRITE_ZOOM;
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
  private readonly cast: { readonly speaker: string; readonly sprite: Phaser.GameObjects.Image }[] = [];
  private groundY = 0;
  private centreX = 0;
  private scale = 1;

  constructor(private readonly scene: Phaser.Scene) {}

  /** Draws the sky, the ground and the heading again (the window's size changed); the cast keeps its places. */
  layout(options: { readonly width: number; readonly height: number; readonly scale: number; readonly heading: string; readonly part: string }): void {
    const { width, height, scale, heading, part } = options;
    this.scale = scale;
    drawStarfield(this.scene, { width, height, scale });
    this.groundY = Math.floor(height * 0.52);
    this.centreX = Math.floor(width / 2);
    this.scene.add
      .graphics()
      .setDepth(-5)
      .fillStyle(GROUND_COLOR, 1)
      .fillRect(0, this.groundY, width, height - this.groundY)
      .fillStyle(GROUND_EDGE_COLOR, 1)
      .fillRect(0, this.groundY, width, Math.max(1, Math.round(2 * scale)));
    this.drawMoonAndRoofs({ width, scale });
    this.scene.add.text(this.centreX, Math.floor(height * 0.08), heading, textStyle(22 * scale, ACCENT_COLOR)).setOrigin(0.5, 0);
    this.scene.add.text(this.centreX, Math.floor(height * 0.08) + 34 * scale, part, textStyle(13 * scale, DIM_TEXT_COLOR)).setOrigin(0.5, 0);
    const kept = this.cast.splice(0).map((member) => member.speaker);
    for (const speaker of kept) this.addSpeaker(speaker);
  }

  /** The speaker of the line shown now steps on stage (once) and stands in full light; '' for narration. */
  speaking(speaker: string): void {
    if (speaker !== '' && !this.cast.some((member) => member.speaker === speaker)) this.addSpeaker(speaker);
    for (const member of this.cast) member.sprite.setAlpha(member.speaker === speaker ? SPEAKING_ALPHA : LISTENING_ALPHA);
  }

  /** The moon in the north-west, where the game's light comes from, and the sleeping district under it. */
  private drawMoonAndRoofs(options: { readonly width: number; readonly scale: number }): void {
    const { width, scale } = options;
    const moonX = Math.floor(width * 0.16);
    const moonY = Math.floor(this.groundY * 0.36);
    const sky = this.scene.add.graphics().setDepth(-6);
    sky.fillStyle(MOON_COLOR, 0.06).fillCircle(moonX, moonY, 46 * scale);
    sky.fillStyle(MOON_COLOR, 0.1).fillCircle(moonX, moonY, 30 * scale);
    sky.fillStyle(MOON_COLOR, 0.95).fillCircle(moonX, moonY, 18 * scale);
    const roofs = this.scene.add.graphics().setDepth(-4);
    const pane = 6 * scale;
    let x = 0;
    for (let index = 0; x < width; index += 1) {
      const house = ROOFLINE[index % ROOFLINE.length]!;
      const houseWidth = house.width * scale;
      const top = this.groundY - house.height * scale;
      roofs.fillStyle(ROOF_COLOR, 1).fillRect(x, top, houseWidth, house.height * scale);
      for (const lit of house.lit) {
        const column = lit % 2;
        const row = Math.floor(lit / 2);
        roofs.fillStyle(WINDOW_COLOR, 0.7).fillRect(x + (12 + column * 20) * scale, top + (10 + row * 18) * scale, pane, pane);
      }
      x += houseWidth + 6 * scale;
    }
  }

  private addSpeaker(speaker: string): void {
    const frame = SPEAKER_SPRITES[speaker];
    const textures = this.scene.textures;
    if (frame === undefined || !textures.exists(CHARACTERS_TEXTURE) || !textures.get(CHARACTERS_TEXTURE).has(frame)) return;
    const sprite = this.scene.add.image(0, this.groundY + 4 * this.scale, CHARACTERS_TEXTURE, frame).setOrigin(0.5, 1).setScale(SPRITE_ZOOM * this.scale);
    this.cast.push({ speaker, sprite });
    // The cast stands in a row centred on the screen, in the order they first spoke.
    const spacing = SPACING * this.scale;
    const left = this.centreX - ((this.cast.length - 1) * spacing) / 2;
    this.cast.forEach((member, index) => member.sprite.setX(Math.round(left + index * spacing)));
  }
}
