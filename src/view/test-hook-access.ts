// TEST ONLY: the hook's handles on accessibility and layout (part of window.__analogDreams, dev and test
// builds only). A sheet of every state's cue drawn by the game's own drawing code in the chosen palette, so
// a browser test can compare the shapes with colour removed; and the level's interface boxes on screen.
import Phaser from 'phaser';
import { DETECTION_FULL, type AlertLevel, type ConeStyle } from '../sim/index.ts';
import { drawCone } from './renderers/cone-renderer.ts';
import type { ConePoint } from './renderers/cone-shape.ts';
import { cueColors } from './renderers/cue-colors.ts';
import { alertLine } from './renderers/stealth-cues.ts';
import { CHARACTERS_TEXTURE, SCENE_KEYS } from './scene-keys.ts';
import { radarReach, drawRadarMark } from './ui/radar.ts';
import { TEXT_COLOR, textStyle } from './ui/palette.ts';
import { chooseInterfaceScale } from './ui/zoom.ts';

/** One cue in one state on the sheet, in CSS pixels of the page (the canvas fills the window 1:1). */
export interface CueCell {
  readonly kind: 'cone' | 'radar' | 'alert' | 'enforcer-mark' | 'child-mark' | 'seen';
  readonly state: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ScreenBox {
  /** What it is: a text's first words, or `radar`. */
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface AccessTestHook {
  /**
   * TEST ONLY: opens a scene over everything that draws each cue in each of its states on black, with the
   * renderers' own code and the palette chosen in Settings; returns the cells (drawn at the next frame).
   */
  drawCueSheet(): CueCell[];
  /** TEST ONLY: closes the cue sheet. */
  closeCueSheet(): void;
  /** The level's interface as it is on screen: each visible text, and the radar's corner when shown. */
  interfaceBoxes(): ScreenBox[];
  /** Every visible text of the running scenes but the level (menus, dialogue, result: drawn at zoom 1, unscrolled). */
  screenBoxes(): ScreenBox[];
}

const SHEET_KEY = 'test-cue-sheet';
const CELL = 96;
const CONE_STYLES: readonly ConeStyle[] = ['calm', 'wary', 'hunting', 'searching'];
/** The meter each cone style is shown with: empty when calm, a third when wary, full once hunting. */
const CONE_DETECTION: Readonly<Record<ConeStyle, number>> = { calm: 0, wary: DETECTION_FULL / 3, hunting: DETECTION_FULL, searching: DETECTION_FULL / 2 };
const ALERT_LEVELS: readonly AlertLevel[] = ['calm', 'caution', 'alarm'];

/** A fan facing east, 40 pixels long, as traceCone gives one in open ground (origin first). */
function openFan(): ConePoint[] {
  const points: ConePoint[] = [{ x: 0, y: 0 }];
  for (let ray = 0; ray <= 12; ray += 1) {
    const angle = -0.6 + (1.2 * ray) / 12;
    points.push({ x: Math.cos(angle) * 40, y: Math.sin(angle) * 40 });
  }
  return points;
}

class CueSheetScene extends Phaser.Scene {
  readonly cells: CueCell[] = [];

  constructor() {
    super(SHEET_KEY);
  }

  create(): void {
    this.add.rectangle(0, 0, this.scale.width, this.scale.height, 0x000000).setOrigin(0, 0);
    const place = (kind: CueCell['kind'], state: string, [column, row]: readonly [number, number]): { x: number; y: number } => {
      const x = 16 + column * (CELL + 8);
      const y = 16 + row * (CELL + 8);
      this.cells.push({ kind, state, x, y, width: CELL, height: CELL });
      return { x, y };
    };
    const far = openFan();
    const near = far.map((point) => ({ x: point.x / 2, y: point.y / 2 }));
    CONE_STYLES.forEach((style, column) => {
      const { x, y } = place('cone', style, [column, 0]);
      // Drawn at the world's zoom of 2, as a 1280x720 window shows the level.
      const graphics = this.add.graphics().setPosition(x + 6, y + CELL / 2).setScale(2);
      drawCone(graphics, { far, near }, { detection: CONE_DETECTION[style], seesMira: false, style, look: 'enforcer' });
    });
    CONE_STYLES.forEach((style, column) => {
      const { x, y } = place('radar', style, [column, 1]);
      drawRadarMark(this.add.graphics(), { style, x: x + CELL / 2, y: y + CELL / 2, size: 10, color: cueColors().styles[style] });
    });
    ALERT_LEVELS.forEach((level, column) => {
      const { x, y } = place('alert', level, [column, 2]);
      const glyph = alertLine({ level, cautionTicks: 600 }).text.split(' ')[0] ?? '';
      this.add.text(x + CELL / 2, y + CELL / 2, glyph, textStyle(48, TEXT_COLOR)).setOrigin(0.5);
    });
    (['icon-question', 'icon-alert'] as const).forEach((frame, column) => {
      const { x, y } = place('enforcer-mark', frame, [column, 3]);
      this.add.image(x + CELL / 2, y + CELL / 2, CHARACTERS_TEXTURE, frame).setScale(6);
    });
    (['icon-sleep', 'icon-wait'] as const).forEach((frame, column) => {
      const { x, y } = place('child-mark', frame, [column + 2, 3]);
      this.add.image(x + CELL / 2, y + CELL / 2, CHARACTERS_TEXTURE, frame).setScale(6);
    });
    (['○', '●'] as const).forEach((glyph, column) => {
      const { x, y } = place('seen', glyph === '○' ? 'hidden' : 'seen', [column + 4, 3]);
      this.add.text(x + CELL / 2, y + CELL / 2, glyph, textStyle(48, TEXT_COLOR)).setOrigin(0.5);
    });
  }
}

function textBoxes(objects: readonly Phaser.GameObjects.GameObject[]): ScreenBox[] {
  return objects.flatMap((object): ScreenBox[] => {
    if (object instanceof Phaser.GameObjects.Layer || object instanceof Phaser.GameObjects.Container) return object.visible ? textBoxes(object.getAll()) : [];
    if (!(object instanceof Phaser.GameObjects.Text || object instanceof Phaser.GameObjects.BitmapText) || !object.visible || object.alpha <= 0 || object.text.trim() === '') return [];
    const bounds = object.getBounds();
    return [{ name: object.text.split('\n')[0]!.slice(0, 40), x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }];
  });
}

export function accessTestHook(game: Phaser.Game): AccessTestHook {
  return {
    drawCueSheet: () => {
      if (game.scene.getScene(SHEET_KEY) as Phaser.Scene | null) game.scene.remove(SHEET_KEY);
      const sheet = new CueSheetScene();
      game.scene.add(SHEET_KEY, sheet, true);
      game.scene.bringToTop(SHEET_KEY);
      return sheet.cells;
    },
    closeCueSheet: () => {
      game.scene.remove(SHEET_KEY);
    },
    screenBoxes: () =>
      game.scene
        .getScenes(true)
        .filter((scene) => scene.sys.settings.key !== SCENE_KEYS.level && scene.sys.settings.key !== SHEET_KEY)
        .flatMap((scene) => textBoxes(scene.children.getAll())),
    interfaceBoxes: () => {
      const scene = game.scene.getScene(SCENE_KEYS.level) as Phaser.Scene | null;
      if (scene === null || !scene.sys.isActive()) return [];
      // The interface layer is the one the world's camera leaves out and the last (interface) camera draws.
      const interfaceCamera = scene.cameras.cameras.at(-1)!;
      const layers = scene.children.getAll().filter((object): object is Phaser.GameObjects.Layer => object instanceof Phaser.GameObjects.Layer);
      const interfaceLayers = layers.filter((layer) => (layer.cameraFilter & scene.cameras.main.id) !== 0 && (layer.cameraFilter & interfaceCamera.id) === 0);
      const boxes = textBoxes(interfaceLayers);
      const { width, height } = scene.scale;
      const reach = radarReach(chooseInterfaceScale(width, height));
      const radarShown = getRadarShown(scene);
      return radarShown ? [...boxes, { name: 'radar', x: width - reach, y: height - reach, width: reach, height: reach }] : boxes;
    },
  };
}

/** The level scene keeps whether the radar shows in a private field: read it as the player sees it (V toggles it). */
function getRadarShown(scene: Phaser.Scene): boolean {
  return (scene as unknown as { showRadar?: boolean }).showRadar !== false;
}
