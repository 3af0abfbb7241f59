// The words and key caps of replays in the game: the playback strip (speed, held, the keys that work it),
// the verdict at a level's end, and the input display's caps. No Phaser: Node tests read them.
import { formatTicks } from '../../run/time-format.ts';
import type { PlaybackVerdict } from '../../run/playback-plan.ts';
import { speedLabel } from '../../run/playback-speed.ts';
import type { InputFrame } from '../../sim/types.ts';
import { BINDINGS, keysLabel, padLabel, type Action, type Bindings } from '../input/bindings.ts';

/** Two lines over a replay being watched: what it is, its speed or that it is held, and the keys (and pad). */
export function playbackLine(state: { readonly name: string; readonly speed: number; readonly holding: boolean }, bindings: Bindings = BINDINGS): string {
  const keys = (action: Action): string => `${keysLabel(action, bindings)}/${padLabel(action, bindings)}`;
  const status = state.holding ? 'held' : speedLabel(state.speed);
  return `Replay: ${state.name}  ${status}\n${keys('playbackSlower')} slower  ${keys('playbackFaster')} faster  ${keys('playbackPause')} hold  ${keys('playbackStep')} one tick`;
}

/** Said at a watched level's end: the time only when the run ended as its file says. */
export function verdictLine(verdict: PlaybackVerdict): string {
  return verdict.verified ? `verified: ${formatTicks(verdict.ticks)}` : `not verified: ${verdict.reason}`;
}

/** A key cap of the input display: its label and whether the tick's input holds it. */
export interface InputCap {
  readonly label: string;
  readonly down: boolean;
}

/** The tick's inputs as caps in a fixed order (so a cap never moves): the four ways, then each action's first key. */
export function inputCaps(frame: InputFrame | null, bindings: Bindings = BINDINGS): InputCap[] {
  const first = (action: Action): string => keysLabel(action, bindings).split(' / ')[0] ?? action;
  return [
    { label: '↑', down: (frame?.moveY ?? 0) < 0 },
    { label: '↓', down: (frame?.moveY ?? 0) > 0 },
    { label: '←', down: (frame?.moveX ?? 0) < 0 },
    { label: '→', down: (frame?.moveX ?? 0) > 0 },
    { label: first('sneak'), down: frame?.sneak ?? false },
    { label: first('run'), down: frame?.run ?? false },
    { label: first('interact'), down: frame?.interact ?? false },
    { label: first('dream'), down: frame?.dream ?? false },
    { label: first('toss'), down: frame?.toss ?? false },
  ];
}
