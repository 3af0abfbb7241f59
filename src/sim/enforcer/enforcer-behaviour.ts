// The one interface every Enforcer state implements, and what the brain hands it. A state reads and
// moves its Enforcer and returns the state it wants next; only the brain (brain.ts) switches states.
import { HUNTER_CLASS_PARAMETERS, type HunterParameters } from '../../level/entity-schema.ts';
import type { EnforcerDefinition } from '../../level/level-definition.ts';
import type { PathOutcome } from '../navigation.ts';
import type { EnforcerState, EnforcerStateData, EnforcerStateName, SimEvent, World } from '../types.ts';
import { DETECTION_FULL } from '../types.ts';

/** What a state works on: its Enforcer, the world, its definition in the level, the tick's events. */
export interface BrainContext {
  readonly enforcer: EnforcerState;
  readonly world: World;
  readonly definition: EnforcerDefinition;
  readonly events: SimEvent[];
}

/** What the senses reported for one Enforcer this tick. */
export interface Percept {
  /** Mira is in range, in the cone and in line of sight (and not hidden from it). */
  readonly seesMira: boolean;
  /** It heard her step this tick (and did not see her); `loud` from a run or a noisy floor. */
  readonly heard: { readonly loud: boolean } | null;
  /** She and it ran into each other this tick. */
  readonly bumped: boolean;
}

/** The state a state asks for next, or null to stay. */
export type Transition = { readonly to: EnforcerStateName } | null;

type DataOf<Name extends EnforcerStateName> = Extract<EnforcerStateData, { readonly name: Name }>;

export interface EnforcerBehaviour<Name extends EnforcerStateName> {
  readonly name: Name;
  /** Sets the Enforcer up for this state and returns the state's fresh data. */
  readonly enter: (context: BrainContext) => DataOf<Name>;
  /** One tick: walk, turn, wait. */
  readonly update: (data: DataOf<Name>, context: BrainContext) => Transition;
  readonly onPercept: (data: DataOf<Name>, percept: Percept, context: BrainContext) => Transition;
  /** A path this Enforcer asked for was answered (the brain has already stored a found path). */
  readonly onPathResult: (data: DataOf<Name>, outcome: PathOutcome, context: BrainContext) => Transition;
}

/**
 * Its class's row of the parameter table, as the level's alert bends it: in caution and alarm, waits
 * are halved and searches reach two tiles further.
 */
export function parametersOf(context: BrainContext): HunterParameters {
  const base = HUNTER_CLASS_PARAMETERS[context.enforcer.hunterClass];
  if (context.world.alert.level === 'calm') return base;
  return {
    ...base,
    suspiciousTicks: Math.floor(base.suspiciousTicks / 2),
    investigateLookTicks: Math.floor(base.investigateLookTicks / 2),
    searchLookTicks: Math.floor(base.searchLookTicks / 2),
    searchRadiusTiles: base.searchRadiusTiles + 2,
  };
}

/** A full meter (or a bump, which fills it) is a chase for a class that chases. */
export function chaseWhenCertain(context: BrainContext): Transition {
  return parametersOf(context).chases && context.enforcer.detection >= DETECTION_FULL ? { to: 'chase' } : null;
}

/**
 * The usual reaction while going about its business: certainty chases, a glimpse or a soft noise makes
 * it suspicious, a loud noise sends it to investigate at once.
 */
export function reactToPercept(_data: unknown, percept: Percept, context: BrainContext): Transition {
  const certain = chaseWhenCertain(context);
  if (certain !== null) return certain;
  if (percept.seesMira || percept.bumped) return { to: 'suspicious' };
  if (percept.heard !== null) return { to: percept.heard.loud ? 'investigate' : 'suspicious' };
  return null;
}
