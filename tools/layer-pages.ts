// The pages tools/bench-layers.ts measures: one bare page per way of layering the world and the HUD, no
// Phaser, so that each page costs what its layers cost and nothing else. Every page draws the same world
// (a scrolling tiled picture and a dozen sprites at the world's own pixel size) and the same HUD (ten
// boxes like the level scene's, one of them a clock whose text changes every frame); only where they are
// drawn differs. The page's code is in layer-page-script.ts.
import { LAYER_PAGE_SCRIPT } from './layer-page-script.ts';

/** Where the world is drawn: nowhere, at its pixel size into a framebuffer scaled up by a quad on a
 * screen-size canvas (the game today), or on its own canvas of its pixel size scaled up by CSS. */
export type WorldLayer = 'none' | 'framebuffer' | 'css';
/** Where the HUD is drawn: on the world's canvas, on a WebGL canvas of its own (at screen or half
 * resolution), on a 2D canvas redrawn only where a text changed, on a small 2D canvas per box, or as
 * DOM boxes (still, with the words moving and a radar canvas redrawn each frame, or with a dialogue open). */
export type HudLayer = 'none' | 'same-canvas' | 'webgl' | 'webgl-half' | 'canvas-2d' | 'canvas-boxes' | 'dom' | 'dom-moving' | 'dom-dialogue';

export interface LayerConfiguration {
  readonly key: string;
  readonly world: WorldLayer;
  readonly hud: HudLayer;
  /** 'reference': the empty canvas as bench-frames.ts draws it (WebGL 2, the browser's default attributes,
   * antialiased); 'game': the attributes Phaser asks for with pixelArt (WebGL 1, opaque, no antialias). */
  readonly context: 'reference' | 'game';
  readonly what: string;
}

export const LAYER_CONFIGURATIONS: readonly LayerConfiguration[] = [
  { key: 'a-empty', world: 'none', hud: 'none', context: 'reference', what: 'empty WebGL canvas at screen size cleared each frame, as bench-frames.ts measures it (the reference)' },
  { key: 'a2-empty-game-context', world: 'none', hud: 'none', context: 'game', what: "the same with the game's context attributes (WebGL 1, opaque, no antialias)" },
  { key: 'b-framebuffer-upscale', world: 'framebuffer', hud: 'same-canvas', context: 'game', what: "today's shape: world into a framebuffer at pixel size, one quad up to the screen, HUD quads on top" },
  { key: 'c-css-world', world: 'css', hud: 'none', context: 'game', what: 'world-only canvas at pixel size, CSS-scaled by the zoom, pixelated' },
  { key: 'd-css-world-webgl-hud', world: 'css', hud: 'webgl', context: 'game', what: '(c) + a transparent screen-size WebGL canvas for the HUD, cleared and drawn each frame' },
  { key: 'e-css-world-canvas-hud', world: 'css', hud: 'canvas-2d', context: 'game', what: '(c) + a transparent screen-size 2D canvas HUD, redrawn only where a text changed' },
  { key: 'f-css-world-dom-hud', world: 'css', hud: 'dom', context: 'game', what: '(c) + DOM boxes for the HUD, the clock by textContent' },
  { key: 'g-css-world-half-hud', world: 'css', hud: 'webgl-half', context: 'game', what: '(c) + a HUD WebGL canvas at half resolution, CSS-scaled 2x, pixelated' },
  { key: 'h-css-world-box-canvases', world: 'css', hud: 'canvas-boxes', context: 'game', what: "(c) + one 2D canvas of each box's size, redrawn only when its text changed" },
  { key: 'i-css-world-dom-hud-moving', world: 'css', hud: 'dom-moving', context: 'game', what: '(f) + the floating words and prompt moved every frame (transform), a radar 2D canvas redrawn every frame' },
  { key: 'j-css-world-dom-hud-dialogue', world: 'css', hud: 'dom-dialogue', context: 'game', what: '(f) + a dialogue box open at the bottom (900x170 at 720p)' },
];

/** A screen the level scene would pick these for (src/view/ui/zoom.ts: chooseWorldZoom, chooseInterfaceScale). */
export interface ScreenSize {
  readonly label: string;
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
  readonly interfaceScale: number;
}

export const SCREEN_SIZES: readonly ScreenSize[] = [
  { label: '720p', width: 1280, height: 720, zoom: 3, interfaceScale: 1 },
  { label: '1080p', width: 1920, height: 1080, zoom: 4, interfaceScale: 1.5 },
];

/** A HUD box at interface scale 1, placed from the screen edge its anchors name (as hud.ts places them). */
interface HudBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly across: 'left' | 'right' | 'middle';
  readonly down: 'top' | 'bottom';
  readonly lines: readonly string[];
}

/** The clock is the first box: its text is drawn from glyphs each frame, as the HUD's clock is. */
const HUD_BOXES: readonly HudBox[] = [
  { x: 16, y: 16, width: 150, height: 34, across: 'left', down: 'top', lines: [] },
  { x: 16, y: 56, width: 250, height: 28, across: 'left', down: 'top', lines: ['Night escape'] },
  { x: 16, y: 90, width: 330, height: 28, across: 'left', down: 'top', lines: ['Reach the garden gate'] },
  { x: 16, y: 16, width: 150, height: 150, across: 'right', down: 'top', lines: ['radar', '', '  .   o', '    x', ' .     .'] },
  { x: 16, y: 176, width: 220, height: 136, across: 'right', down: 'top', lines: ['Bedroom    0:41.2', 'Hidden door 1:12.9', 'Dream      2:03.4', 'Escape     --', 'Best       3:50.0'] },
  { x: 0, y: 60, width: 300, height: 30, across: 'middle', down: 'bottom', lines: ['E  Open the door'] },
  { x: 16, y: 16, width: 220, height: 34, across: 'left', down: 'bottom', lines: ['Dream  3.2 s'] },
  { x: 520, y: 300, width: 110, height: 24, across: 'left', down: 'top', lines: ['creak'] },
  { x: 700, y: 380, width: 110, height: 24, across: 'left', down: 'top', lines: ['shh'] },
  { x: 16, y: 16, width: 280, height: 28, across: 'right', down: 'bottom', lines: ['~ Hum of the fridge'] },
];

/** The dialogue box, at the bottom in the middle, as dialogue-box.ts places it over play. */
const DIALOGUE_BOX: HudBox = {
  x: 0, y: 16, width: 900, height: 170, across: 'middle', down: 'bottom',
  lines: ['Mum', 'Mira? Back to bed, love. The floor is cold', 'and the stairs creak louder than you think.', '', '> Just getting water', '> I heard something outside'],
};

/** The page for one configuration at one screen size; it reports `window.__layers = { frames, problem }`. */
export function layerPage(configuration: LayerConfiguration, size: ScreenSize): string {
  const setup = {
    world: configuration.world,
    hud: configuration.hud,
    context: configuration.context,
    width: size.width,
    height: size.height,
    zoom: size.zoom,
    interfaceScale: size.interfaceScale,
    // The pixel camera's view: the screen over the zoom, and one more pixel for the scroll's fraction.
    worldWidth: Math.ceil(size.width / size.zoom) + 1,
    worldHeight: Math.ceil(size.height / size.zoom) + 1,
    boxes: HUD_BOXES,
    dialogue: DIALOGUE_BOX,
  };
  return `<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; height: 100%; overflow: hidden; background: #07060d; }
canvas { position: absolute; left: 0; top: 0; display: block; }
div.box { position: absolute; box-sizing: border-box; background: rgba(12, 10, 24, 0.85); border: solid #8a7bd1;
  color: #f3e9c6; font-family: monospace; font-weight: bold; white-space: pre; line-height: 1.2; }
</style></head><body><script>
const setup = ${JSON.stringify(setup)};
${LAYER_PAGE_SCRIPT}
</script></body></html>`;
}
