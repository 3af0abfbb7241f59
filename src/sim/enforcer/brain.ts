// The Enforcer brain: the only place an Enforcer's state changes. Each tick it hands path results,
// then the tick's update, then the senses' percept to the current state, and enters whatever state
// that asks for. Adding a state means a module implementing EnforcerBehaviour, its data in
// EnforcerStateData and one line in `dispatch`.
import type { PathOutcome } from '../navigation.ts';
import type { EnforcerState, EnforcerStateData, EnforcerStateName, SimEvent, World } from '../types.ts';
import { chaseState } from './chase-state.ts';
import type { BrainContext, EnforcerBehaviour, Percept, Transition } from './enforcer-behaviour.ts';
import { investigateState } from './investigate-state.ts';
import { patrolState } from './patrol-state.ts';
import { returnState } from './return-state.ts';
import { definitionOf } from './route.ts';
import { searchState } from './search-state.ts';
import { suspiciousState } from './suspicious-state.ts';
import { requestPathTo } from './walking.ts';
import { tileAtSubpixels } from '../world-tiles.ts';

/** After a path request fails, stand this long before the state goes on (a patrol tries its next waypoint). */
export const PATH_RETRY_TICKS = 30;

const BEHAVIOURS: { readonly [Name in EnforcerStateName]: EnforcerBehaviour<Name> } = {
  patrol: patrolState,
  suspicious: suspiciousState,
  investigate: investigateState,
  chase: chaseState,
  search: searchState,
  return: returnState,
};

/** Every Enforcer starts the level on patrol. */
export function startingStateData(): EnforcerStateData {
  return { name: 'patrol', waitTicks: 0 };
}

/** One Enforcer's turn in the brain, with the tick's event list. */
export interface BrainCall {
  readonly enforcer: EnforcerState;
  readonly world: World;
  readonly events: SimEvent[];
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
    case 'investigate':
      return call(BEHAVIOURS.investigate, data);
    case 'chase':
      return call(BEHAVIOURS.chase, data);
    case 'search':
      return call(BEHAVIOURS.search, data);
    case 'return':
      return call(BEHAVIOURS.return, data);
  }
}

function contextOf({ enforcer, world, events }: BrainCall): BrainContext {
  return { enforcer, world, events, definition: definitionOf(world.level, enforcer.id) };
}

function follow(transition: Transition, context: BrainContext): void {
  const { enforcer } = context;
  if (transition === null || transition.to === enforcer.state.name) return;
  const from = enforcer.state.name;
  // Every state walks at the normal pace unless its enter says otherwise (a chase).
  enforcer.pacePercent = 100;
  enforcer.state = BEHAVIOURS[transition.to].enter(context);
  context.events.push({ type: 'state', enforcerId: enforcer.id, from, to: transition.to });
  if (transition.to === 'chase') context.world.chases += 1;
}

/** Puts an Enforcer into a state from outside its own rules: a radio call, a catch. */
export function sendToState(call: BrainCall, to: EnforcerStateName): void {
  follow({ to }, contextOf(call));
}

/** One tick of the Enforcer's current state. */
export function updateBrain(call: BrainCall): void {
  const { enforcer } = call;
  if (enforcer.walk.retryTicks > 0) {
    enforcer.walk.retryTicks -= 1;
    return;
  }
  const context = contextOf(call);
  follow(dispatch(enforcer, (behaviour, data) => behaviour.update(data, context)), context);
}

/** Hands the state what the senses found this tick. */
export function perceive(call: BrainCall, percept: Percept): void {
  const context = contextOf(call);
  follow(dispatch(call.enforcer, (behaviour, data) => behaviour.onPercept(data, percept, context)), context);
}

/** Stores a finished search as the Enforcer's path (or a pause after a failure), then tells the state. */
export function deliverPathResult(call: BrainCall, outcome: PathOutcome): void {
  const { enforcer, world } = call;
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
  const context = contextOf(call);
  follow(dispatch(enforcer, (behaviour, data) => behaviour.onPathResult(data, outcome, context)), context);
}

/**
 * Cells became passable or blocked this tick (`flipped`, row-major indices): a planned path over any of
 * them may now run into a wall or miss a shortcut, so it is asked for again towards the same target.
 */
export function replanAcrossChangedTiles(world: World, flipped: ReadonlySet<number>): void {
  const { width } = world.tiles;
  for (const enforcer of world.enforcers) {
    const { walk } = enforcer;
    if (walk.pathTarget === null || walk.pathPending) continue;
    if (walk.path.some((tile) => flipped.has(tile.y * width + tile.x))) requestPathTo(enforcer, world, walk.pathTarget);
  }
}
