// What the rules tell the view about each Enforcer (enforcerCue), worked out once per tick: the
// sprites, the stealth cues and the radar all read it every frame, and it only changes when a tick runs.
import { enforcerCue, type EnforcerCue, type EnforcerState, type World, type WorldTiles } from '../../sim/index.ts';

interface TickCues {
  /** A restart gives the world new tiles and tick 0 again: both together name one tick of one run. */
  readonly tiles: WorldTiles;
  readonly tick: number;
  readonly byId: Map<number, EnforcerCue>;
}

const cached = new WeakMap<World, TickCues>();

export function cueOf(world: World, enforcer: EnforcerState): EnforcerCue {
  let cues = cached.get(world);
  if (cues?.tiles !== world.tiles || cues.tick !== world.tick) {
    cues = { tiles: world.tiles, tick: world.tick, byId: new Map() };
    cached.set(world, cues);
  }
  let cue = cues.byId.get(enforcer.id);
  if (cue === undefined) {
    cue = enforcerCue(world, enforcer);
    cues.byId.set(enforcer.id, cue);
  }
  return cue;
}
