// Phaser's Text draws its words into a canvas of its own, then uploads that canvas to the GPU, every time
// its words or colour change. While a level plays, the screen mirror (screen-mirror.ts) shows the words
// and the HUD from those canvases themselves, and WebGL never draws them: the upload is wasted, and under
// software WebGL it is a copy through the GPU process that the main thread waits for, 1-3 ms of the frame
// that made the change (the HUD's seen line changes colour as a meter fills; a dialogue's typewriter
// changes its line every character). A Text uploads instead when WebGL next draws it, once however often it
// changed in between.
import Phaser from 'phaser';

type WebGLRenderer = Phaser.Renderer.WebGL.WebGLRenderer;

/** A render step as Phaser calls it: not bound, the object second. */
type TextRenderStep = (renderer: WebGLRenderer, text: Phaser.GameObjects.Text, ...rest: unknown[]) => void;

/** What of Phaser's Text this reaches into: `updateText` uploads only when `renderer` is WebGL's. */
interface TextInternals {
  renderer: Phaser.Renderer.Canvas.CanvasRenderer | WebGLRenderer | null;
  updateText: (this: Phaser.GameObjects.Text) => Phaser.GameObjects.Text;
  renderWebGL: TextRenderStep;
}

const changedSinceUpload = new WeakSet<Phaser.GameObjects.Text>();
let installed = false;

/** Before the game makes its first Text: each Text takes its first render step from the prototype when made. */
export function uploadTextsWhenDrawn(): void {
  if (installed) return;
  installed = true;
  const prototype = Phaser.GameObjects.Text.prototype as unknown as TextInternals;
  const { updateText, renderWebGL } = prototype;
  prototype.updateText = function (this: Phaser.GameObjects.Text): Phaser.GameObjects.Text {
    const text = this as unknown as TextInternals;
    const { renderer } = text;
    text.renderer = null;
    try {
      updateText.call(this);
    } finally {
      text.renderer = renderer;
    }
    if (renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer) changedSinceUpload.add(this);
    return this;
  };
  prototype.renderWebGL = (renderer, text, ...rest) => {
    if (changedSinceUpload.delete(text)) {
      const source = text.frame.source;
      source.glTexture = renderer.canvasToTexture(text.canvas, source.glTexture ?? undefined, true);
    }
    renderWebGL(renderer, text, ...rest);
  };
}
