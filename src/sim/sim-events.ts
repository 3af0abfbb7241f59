// What a tick tells the view and the tools: one event per thing that happened, in the order it happened.
// The rules return these from `step`; they never touch a sprite or a sound themselves.
import type { AlertLevel, EnforcerStateName, Gait, SceneSource, TileCell } from './types.ts';

export type SimEvent =
  /** An Enforcer caught Mira (childId null) or a child of her group: the group goes back to the last checkpoint. */
  | { readonly type: 'caught'; readonly enforcerId: number; readonly childId: number | null }
  /** A Watcher saw her: she is back at her last checkpoint (or the spawn) on the next tick. */
  | { readonly type: 'sent-back'; readonly enforcerId: number; readonly checkpoint: number }
  | { readonly type: 'state'; readonly enforcerId: number; readonly from: EnforcerStateName; readonly to: EnforcerStateName }
  /** Her step made a noise that carries `radius` tiles of path from where she stands (sub-pixels). */
  | { readonly type: 'noise'; readonly x: number; readonly y: number; readonly radius: number }
  | { readonly type: 'heard'; readonly enforcerId: number; readonly loud: boolean }
  /** A marble left her hand (sub-pixels, from and to): it lands `ticks` later; `left` marbles remain. */
  | { readonly type: 'marble-tossed'; readonly fromX: number; readonly fromY: number; readonly toX: number; readonly toY: number; readonly ticks: number; readonly left: number }
  /** The marble landed here (sub-pixels): its click is the `noise` event that follows. */
  | { readonly type: 'marble-landed'; readonly x: number; readonly y: number }
  | { readonly type: 'bumped'; readonly enforcerId: number }
  /** A chase lost her: it searches next. */
  | { readonly type: 'lost'; readonly enforcerId: number }
  /** A search ended without finding her. */
  | { readonly type: 'gave-up'; readonly enforcerId: number }
  | { readonly type: 'radio'; readonly enforcerId: number; readonly recipients: readonly number[] }
  | { readonly type: 'alert'; readonly from: AlertLevel; readonly to: AlertLevel }
  /** A checkpoint reached for the first time (index into level.checkpoints, and its name: a split). */
  | { readonly type: 'checkpoint'; readonly index: number; readonly name: string }
  /** A scene opened: the world holds still until `scene-closed`. */
  | { readonly type: 'scene-opened'; readonly knot: string; readonly source: SceneSource }
  /** A scene showed its next line or its choices (an advance, a choice or a skip). */
  | { readonly type: 'scene-line' }
  | { readonly type: 'scene-closed'; readonly knot: string }
  /** A story flag changed (by a trigger, a talk, a clue or a scene). */
  | { readonly type: 'flag'; readonly name: string; readonly value: number }
  /** A Trigger fired (its sets, scene and reveal follow). */
  | { readonly type: 'trigger'; readonly triggerId: number }
  /** A Clue was examined or picked up. */
  | { readonly type: 'clue'; readonly clueId: number; readonly pickedUp: boolean }
  /** A reveal's tiles were asked for: they land at the next tile point. */
  | { readonly type: 'reveal'; readonly name: string }
  /** Interact at a door or an exit whose flags do not hold yet. */
  | { readonly type: 'locked'; readonly what: 'door' | 'exit'; readonly id: number }
  | { readonly type: 'spotted'; readonly enforcerId: number }
  | { readonly type: 'lost-sight'; readonly enforcerId: number }
  | { readonly type: 'restarted' }
  | { readonly type: 'finished'; readonly tick: number }
  /** Tiles changed this tick: the view redraws exactly these cells from world.tiles. */
  | { readonly type: 'tiles-changed'; readonly cells: readonly TileCell[] }
  | { readonly type: 'footstep'; readonly gait: Gait }
  /** A door opened or closed (by Mira or an Enforcer): the view plays its sound. */
  | { readonly type: 'door'; readonly doorId: number; readonly open: boolean }
  /** Mira woke a child with Interact: it follows her now. */
  | { readonly type: 'child-joined'; readonly childId: number }
  /** Interact near the group: every recruited child now waits (true) or follows (false). */
  | { readonly type: 'group-order'; readonly waiting: boolean }
  /** The ring of a DreamCircle (index into level.dreamCircles) stopped filling before it was full. */
  | { readonly type: 'dream-interrupted'; readonly circle: number; readonly reason: 'seen' | 'left' | 'released' }
  /** The ring filled: the dream spreads from this circle. */
  | { readonly type: 'dream-started'; readonly circle: number }
  /** A phase (from 0) begins to ripple and then spread. */
  | { readonly type: 'dream-phase'; readonly phase: number }
  /** The dream meter ran out: the reverse wave begins. */
  | { readonly type: 'dream-fading' }
  /** The map is back in its waking form. */
  | { readonly type: 'dream-ended' };
