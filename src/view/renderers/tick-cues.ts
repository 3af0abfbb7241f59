// What the rules tell the view about each Enforcer (enforcerCue), and where the compass points (goalArea),
// worked out once per tick: the sprites, the stealth cues, the edge arrow and the radar all read them every
// frame, and they only change when a tick runs.
import type { Rect } from '../../level/level-definition.ts';
import { enforcerCue, type EnforcerCue, type EnforcerState, type World, type WorldTiles } from '../../sim/index.ts';
import { goalArea } from './stealth-cues.ts';

interface TickCues {
  /** A restart gives the world new tiles and tick 0 again: both together name one tick of one run. */
  readonly tiles: WorldTiles;
  readonly tick: number;
  readonly byId: Map<number, EnforcerCue>;
  goal: Rect | null;
}

const cached = new WeakMap<World, TickCues>();

function tickCues(world: World): TickCues {
  let cues = cached.get(world);
  if (cues?.tiles !== world.tiles || cues.tick !== world.tick) {
    cues = { tiles: world.tiles, tick: world.tick, byId: new Map(), goal: null };
    cached.set(world, cues);
  }
  return cues;
}

export function cueOf(world: World, enforcer: EnforcerState): EnforcerCue {
  const cues = tickCues(world);
  let cue = cues.byId.get(enforcer.id);
  if (cue === undefined) {
    cue = enforcerCue(world, enforcer);
    cues.byId.set(enforcer.id, cue);
  }
  return cue;
}

/** goalArea of this tick's world. */
export function goalOf(world: World): Rect {
  const cues = tickCues(world);
  cues.goal ??= goalArea(world);
  return cues.goal;
}
