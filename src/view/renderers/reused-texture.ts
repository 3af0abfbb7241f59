// DynamicTextures made once per game under their key and reused by every run of the scene that draws into
// them: a scene's restart keeps the game's textures, and making one again under a taken key fails.
// Phaser is imported for its types only: the radar's module, which Node reads for radarReach, makes one
// through baked-graphics.ts.
import type Phaser from 'phaser';

/** The textures made here, each by itself: a texture found under a key is reused only if it is one of them. */
const madeHere = new WeakMap<Phaser.Textures.Texture, Phaser.Textures.DynamicTexture>();

/** The game's DynamicTexture under `key`, made at `size` the first time; null when the key holds a texture made elsewhere. */
export function reusedDynamicTexture(
  scene: Phaser.Scene,
  key: string,
  size: { readonly width: number; readonly height: number },
): Phaser.Textures.DynamicTexture | null {
  if (scene.textures.exists(key)) return madeHere.get(scene.textures.get(key)) ?? null;
  const texture = scene.textures.addDynamicTexture(key, size.width, size.height);
  if (texture !== null) madeHere.set(texture, texture);
  return texture;
}

/** A new size for a texture and the image that shows it whole; nothing when the size is the same. */
export function resizeShownTexture(
  texture: Phaser.Textures.DynamicTexture,
  image: Phaser.GameObjects.Image,
  { width, height }: { readonly width: number; readonly height: number },
): void {
  if (texture.width === width && texture.height === height) return;
  texture.setSize(width, height);
  image.setSize(width, height);
  image.setFrame(texture.get());
}
