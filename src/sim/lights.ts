// Where Mira stands in light: inside a Light that is on, or on a lit tile. Switchable Lights keep their
// on/off state in the world (hashed, so replays agree), changed only through `switchLight`, which the
// rule that works a switch (Interact, a door's circuit) calls.
import { toSubpixels } from './fixed-point.ts';
import type { World } from './types.ts';

export type Lighting = 'lit' | 'dark';

/** Every Light starts on: the map draws what the level looks like when the player arrives. */
export function createLightsOn(lightCount: number): Uint8Array {
  return new Uint8Array(lightCount).fill(1);
}

export function isLightOn(world: World, lightId: number): boolean {
  const index = world.level.lights.findIndex((light) => light.id === lightId);
  return index !== -1 && world.lightsOn[index] === 1;
}

/**
 * Turns a switchable Light on or off; returns whether it changed. A Light that is not switchable, or an
 * id the level has not, is left alone: the map promised the player it cannot go out.
 */
export function switchLight(world: World, lightId: number, on: boolean): boolean {
  const index = world.level.lights.findIndex((light) => light.id === lightId);
  const light = world.level.lights[index];
  if (light === undefined || !light.switchable) return false;
  const wanted = on ? 1 : 0;
  if (world.lightsOn[index] === wanted) return false;
  world.lightsOn[index] = wanted;
  return true;
}

export function lightingAt(world: World, x: number, y: number): Lighting {
  const { tiles } = world;
  const column = Math.floor(x / tiles.span);
  const row = Math.floor(y / tiles.span);
  if (column >= 0 && row >= 0 && column < tiles.width && row < tiles.height && tiles.lit[row * tiles.width + column] === 1) return 'lit';
  const lights = world.level.lights;
  for (let index = 0; index < lights.length; index += 1) {
    const light = lights[index]!;
    if (world.lightsOn[index] !== 1) continue;
    const offsetX = x - toSubpixels(light.x);
    const offsetY = y - toSubpixels(light.y);
    const radius = toSubpixels(light.radius);
    if (offsetX * offsetX + offsetY * offsetY <= radius * radius) return 'lit';
  }
  return 'dark';
}
