// The Enforcer brain: the only place an Enforcer's state changes. Each tick it hands path results,
// then the tick's update, then the senses' percept to the current state, and enters whatever state
// that asks for. Adding a state means a module implementing EnforcerBehaviour, its data in
// EnforcerStateData and one line in `dispatch`.
import type { PathOutcome } from '../navigation.ts';
import type { EnforcerState, EnforcerStateData, EnforcerStateName, World } from '../types.ts';
import type { BrainContext, EnforcerBehaviour, Percept, Transition } from './enforcer-behaviour.ts';
import { patrolState } from './patrol-state.ts';
import { returnState } from './return-state.ts';
import { definitionOf } from './route.ts';
import { suspiciousState } from './suspicious-state.ts';
import { requestPathTo, tileAtSubpixels } from './walking.ts';

/** After a path request fails, stand this long before the state goes on (a patrol tries its next waypoint). */
export const PATH_RETRY_TICKS = 30;

const BEHAVIOURS: { readonly [Name in EnforcerStateName]: EnforcerBehaviour<Name> } = {
  patrol: patrolState,
  suspicious: suspiciousState,
  return: returnState,
};

/** Every Enforcer starts the level on patrol. */
export function startingStateData(): EnforcerStateData {
  return { name: 'patrol', waitTicks: 0 };
}

type Call = <Name extends EnforcerStateName>(
  behaviour: EnforcerBehaviour<Name>,
  data: Extract<EnforcerStateData, { readonly name: Name }>,
) => Transition;

/** Calls the current state's behaviour with its own data, typed. */
function dispatch(enforcer: EnforcerState, call: Call): Transition {
  const data = enforcer.state;
  switch (data.name) {
    case 'patrol':
      return call(BEHAVIOURS.patrol, data);
    case 'suspicious':
      return call(BEHAVIOURS.suspicious, data);
    case 'return':
      return call(BEHAVIOURS.return, data);
  }
}

function contextOf(enforcer: EnforcerState, world: World): BrainContext {
  return { enforcer, world, definition: definitionOf(world.level, enforcer.id) };
}

function follow(transition: Transition, context: BrainContext): void {
  const { enforcer } = context;
  if (transition === null || transition.to === enforcer.state.name) return;
  enforcer.state = BEHAVIOURS[transition.to].enter(context);
}

/** One tick of the Enforcer's current state. */
export function updateBrain(enforcer: EnforcerState, world: World): void {
  if (enforcer.walk.retryTicks > 0) {
    enforcer.walk.retryTicks -= 1;
    return;
  }
  const context = contextOf(enforcer, world);
  follow(dispatch(enforcer, (behaviour, data) => behaviour.update(data, context)), context);
}

/** Hands the state what the senses found this tick. */
export function perceive(enforcer: EnforcerState, percept: Percept, world: World): void {
  const context = contextOf(enforcer, world);
  follow(dispatch(enforcer, (behaviour, data) => behaviour.onPercept(data, percept, context)), context);
}

/** Stores a finished search as the Enforcer's path (or a pause after a failure), then tells the state. */
export function deliverPathResult(enforcer: EnforcerState, outcome: PathOutcome, world: World): void {
  const { walk } = enforcer;
  walk.pathPending = false;
  if (outcome.kind === 'found') {
    const [first, ...rest] = outcome.path;
    const here = tileAtSubpixels(world.tiles, enforcer.x, enforcer.y);
    const startsHere = first !== undefined && first.x === here.x && first.y === here.y;
    walk.path = startsHere ? rest : outcome.path;
  } else {
    walk.path = [];
    walk.pathTarget = null;
    walk.retryTicks = PATH_RETRY_TICKS;
  }
  const context = contextOf(enforcer, world);
  follow(dispatch(enforcer, (behaviour, data) => behaviour.onPathResult(data, outcome, context)), context);
}

/**
 * Tiles changed this tick (`changed` marks them, row-major): a planned path over any of them may now
 * run into a wall or miss a shortcut, so it is asked for again towards the same target.
 */
export function replanAcrossChangedTiles(world: World, changed: Uint8Array): void {
  const { width } = world.tiles;
  for (const enforcer of world.enforcers) {
    const { walk } = enforcer;
    if (walk.pathTarget === null || walk.pathPending) continue;
    if (walk.path.some((tile) => changed[tile.y * width + tile.x] === 1)) requestPathTo(enforcer, world, walk.pathTarget);
  }
}
