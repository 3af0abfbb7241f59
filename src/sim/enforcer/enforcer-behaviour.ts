// The one interface every Enforcer state implements, and what the brain hands it. A state reads and
// moves its Enforcer and returns the state it wants next; only the brain (brain.ts) switches states.
import type { EnforcerDefinition } from '../../level/level-definition.ts';
import type { PathOutcome } from '../navigation.ts';
import type { EnforcerState, EnforcerStateData, EnforcerStateName, World } from '../types.ts';

/** What a state works on: its Enforcer, the world and the Enforcer's definition in the level. */
export interface BrainContext {
  readonly enforcer: EnforcerState;
  readonly world: World;
  readonly definition: EnforcerDefinition;
}

/** What the senses reported for one Enforcer this tick. */
export interface Percept {
  /** Mira is in range, in the cone and in line of sight. */
  readonly seesMira: boolean;
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

/** The usual reaction to a percept while going about its business: a glimpse of Mira makes it suspicious. */
export function suspiciousWhenSeen(_data: unknown, percept: Percept): Transition {
  return percept.seesMira ? { to: 'suspicious' } : null;
}
