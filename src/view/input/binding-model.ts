// The player's controls as data: which actions may be rebound, when each action listens (so two actions
// may share a key only where they never listen at once, as Q tosses in play and quits from the pause),
// a change refused when it would take another action's key, the changes kept in the save as overrides of
// the defaults, and a saved table checked before it is used. No Phaser: Node tests drive it.
import type { SavedBindings } from '../../story/save.ts';
import { BINDINGS, keyLabel, padControlLabel, type Action, type Binding, type Bindings, type KeyName, type PadControl } from './bindings.ts';
import { isKeyName } from './key-names.ts';

export type ControlDevice = 'keyboard' | 'pad';

/** Where an action listens: two actions that share one of these cannot share a key or button. */
type Context = 'play' | 'pause' | 'scene' | 'menu' | 'warnings' | 'custom-level' | 'watch' | 'replays';

interface ActionDetails {
  /** What the Controls screen and a refusal call it. */
  readonly name: string;
  readonly contexts: readonly Context[];
  /** Menus, scenes' reading keys and the file pickers keep their keys, so a player can always find the way back. */
  readonly rebindable: boolean;
}

const PLAY: readonly Context[] = ['play'];
const PLAY_AND_PAUSE: readonly Context[] = ['play', 'pause'];
const PAUSE: readonly Context[] = ['pause'];
/** Watching a replay: the file's inputs play, so the player's hands hold only the playback's keys. */
const WATCH: readonly Context[] = ['watch'];

/** Every action, in the order the Controls screen lists those that may be rebound. */
export const ACTION_DETAILS: Readonly<Record<Action, ActionDetails>> = {
  moveUp: { name: 'Move up', contexts: PLAY, rebindable: true },
  moveDown: { name: 'Move down', contexts: PLAY, rebindable: true },
  moveLeft: { name: 'Move left', contexts: PLAY, rebindable: true },
  moveRight: { name: 'Move right', contexts: PLAY, rebindable: true },
  sneak: { name: 'Sneak', contexts: PLAY, rebindable: true },
  run: { name: 'Run', contexts: PLAY, rebindable: true },
  // Interact also shows a scene's next line, so it must stay clear of the scene's own keys.
  interact: { name: 'Interact', contexts: ['play', 'scene'], rebindable: true },
  dream: { name: 'Dream', contexts: PLAY, rebindable: true },
  toss: { name: 'Toss a marble', contexts: PLAY, rebindable: true },
  lookAhead: { name: 'Look ahead', contexts: PLAY, rebindable: true },
  pause: { name: 'Pause', contexts: PLAY_AND_PAUSE, rebindable: true },
  restart: { name: 'Restart', contexts: PLAY_AND_PAUSE, rebindable: true },
  practiceRestart: { name: 'Back to a checkpoint', contexts: PLAY_AND_PAUSE, rebindable: true },
  toggleWalks: { name: 'Enforcer paths', contexts: PLAY_AND_PAUSE, rebindable: true },
  toggleRadar: { name: 'Radar', contexts: PLAY, rebindable: true },
  mute: { name: 'Sound on / off', contexts: PLAY_AND_PAUSE, rebindable: true },
  toggleMotion: { name: 'Reduced motion', contexts: PLAY_AND_PAUSE, rebindable: true },
  speedrunMode: { name: 'Speedrun mode', contexts: PLAY_AND_PAUSE, rebindable: true },
  quit: { name: 'Quit to the title', contexts: PAUSE, rebindable: true },
  liveSplitLink: { name: 'LiveSplit link', contexts: PAUSE, rebindable: true },
  exportSplits: { name: 'Export splits', contexts: PAUSE, rebindable: true },
  importSplits: { name: 'Race a .lss', contexts: PAUSE, rebindable: true },
  exportReplay: { name: 'Save the replay', contexts: PAUSE, rebindable: true },
  toggleGhost: { name: 'Ghost shown / hidden', contexts: PLAY_AND_PAUSE, rebindable: true },
  toggleInputDisplay: { name: 'Input display', contexts: PLAY_AND_PAUSE, rebindable: true },
  // Fullscreen answers on every screen, so it must stay clear of the menus' and scenes' keys too.
  fullscreen: { name: 'Fullscreen', contexts: ['play', 'pause', 'menu', 'scene'], rebindable: true },
  playbackSlower: { name: 'Replay: slower', contexts: WATCH, rebindable: true },
  playbackFaster: { name: 'Replay: faster', contexts: WATCH, rebindable: true },
  playbackPause: { name: 'Replay: hold / go on', contexts: WATCH, rebindable: true },
  playbackStep: { name: 'Replay: one tick', contexts: WATCH, rebindable: true },
  confirm: { name: 'Menu: open', contexts: ['menu'], rebindable: false },
  back: { name: 'Menu: back', contexts: ['menu'], rebindable: false },
  menuUp: { name: 'Menu: up', contexts: ['menu', 'scene'], rebindable: false },
  menuDown: { name: 'Menu: down', contexts: ['menu', 'scene'], rebindable: false },
  menuLeft: { name: 'Menu: left', contexts: ['menu'], rebindable: false },
  menuRight: { name: 'Menu: right', contexts: ['menu'], rebindable: false },
  pickFolder: { name: 'Pick a folder', contexts: ['custom-level'], rebindable: false },
  raceReplay: { name: 'Race a replay', contexts: ['replays'], rebindable: false },
  dismiss: { name: 'Hide the warnings', contexts: ['warnings'], rebindable: false },
  nextLine: { name: 'Next line', contexts: ['scene'], rebindable: false },
  skip: { name: 'Skip dialogue', contexts: ['scene'], rebindable: false },
  choices: { name: 'Choices', contexts: ['scene'], rebindable: false },
};

const ACTIONS = Object.keys(ACTION_DETAILS) as Action[];

/** The actions the Controls screen offers, in its order. */
export const REBINDABLE_ACTIONS: readonly Action[] = ACTIONS.filter((action) => ACTION_DETAILS[action].rebindable);

export type NewControl = { readonly device: 'keyboard'; readonly key: KeyName } | { readonly device: 'pad'; readonly control: PadControl };

export type RebindResult =
  | { readonly ok: true; readonly bindings: Bindings }
  | { readonly ok: false; readonly conflict: Action; readonly message: string };

function isStick(control: PadControl): boolean {
  return control.startsWith('stick');
}

function usesControl(binding: Binding, control: NewControl): boolean {
  return control.device === 'keyboard' ? binding.keys.includes(control.key) : binding.pad.includes(control.control);
}

/** The other action that listens when `action` does and already uses `control`; null when it is free. */
export function conflictWith(bindings: Bindings, action: Action, control: NewControl): Action | null {
  const contexts = ACTION_DETAILS[action].contexts;
  return ACTIONS.find((other) =>
    other !== action
    && ACTION_DETAILS[other].contexts.some((context) => contexts.includes(context))
    && usesControl(bindings[other], control)) ?? null;
}

export function controlLabel(control: NewControl): string {
  return control.device === 'keyboard' ? keyLabel(control.key) : padControlLabel(control.control);
}

/**
 * `action` with `control` as its first key or first pad button (the left stick stays on the moves, and an
 * action's second key, the arrows beside WASD, stays too); refused, naming the action, when another action
 * that listens at the same time has it.
 */
export function rebind(bindings: Bindings, change: { readonly action: Action; readonly control: NewControl }): RebindResult {
  const { action, control } = change;
  if (!ACTION_DETAILS[action].rebindable) {
    return { ok: false, conflict: action, message: `${ACTION_DETAILS[action].name} keeps its controls, so the menus can always be worked.` };
  }
  const conflict = conflictWith(bindings, action, control);
  if (conflict !== null) {
    return { ok: false, conflict, message: `${controlLabel(control)} is already ${ACTION_DETAILS[conflict].name}: choose another, or change ${ACTION_DETAILS[conflict].name} first.` };
  }
  const binding = bindings[action];
  let changed: Binding;
  if (control.device === 'keyboard') {
    changed = { ...binding, keys: [control.key, ...binding.keys.slice(1).filter((key) => key !== control.key)] };
  } else {
    const slot = binding.pad.findIndex((existing) => !isStick(existing));
    const pad = slot === -1 ? [...binding.pad, control.control] : binding.pad.map((existing, index) => (index === slot ? control.control : existing));
    changed = { ...binding, pad: [...new Set(pad)] };
  }
  return { ok: true, bindings: { ...bindings, [action]: changed } };
}

function sameBinding(first: Binding, second: Binding): boolean {
  const same = <Value>(a: readonly Value[], b: readonly Value[]): boolean => a.length === b.length && a.every((value, index) => value === b[index]);
  return same(first.keys, second.keys) && same(first.pad, second.pad);
}

/** What the save keeps: only the actions the player changed, so a later build's new defaults reach the rest. */
export function bindingOverrides(bindings: Bindings): SavedBindings {
  const overrides: Record<string, Binding> = {};
  for (const action of REBINDABLE_ACTIONS) {
    if (!sameBinding(bindings[action], BINDINGS[action])) overrides[action] = bindings[action];
  }
  return overrides;
}

const PAD_CONTROLS: ReadonlySet<string> = new Set<PadControl>([
  'a', 'b', 'x', 'y', 'leftBumper', 'rightBumper', 'leftTrigger', 'rightTrigger', 'back', 'start',
  'dpadUp', 'dpadDown', 'dpadLeft', 'dpadRight', 'stickUp', 'stickDown', 'stickLeft', 'stickRight',
]);

function isPadControl(name: string): name is PadControl {
  return PAD_CONTROLS.has(name);
}

function isRebindable(name: string): name is Action {
  return Object.hasOwn(ACTION_DETAILS, name) && ACTION_DETAILS[name as Action].rebindable;
}

/**
 * The defaults with a saved table's changes. A change this build cannot use (an action it does not know,
 * a key or button it has not, a key another action now needs) is left out, each with a problem naming its
 * place in the save, and that action keeps its default.
 */
export function bindingsFromSave(saved: SavedBindings): { readonly bindings: Bindings; readonly problems: readonly string[] } {
  const problems: string[] = [];
  let bindings: Bindings = BINDINGS;
  for (const [action, binding] of Object.entries(saved)) {
    const place = `bindings[${JSON.stringify(action)}]`;
    if (!isRebindable(action)) {
      problems.push(`${place} is no action that can be rebound: left out`);
      continue;
    }
    const badKey = binding.keys.findIndex((key) => !isKeyName(key));
    const badPad = binding.pad.findIndex((control) => !isPadControl(control));
    if (badKey !== -1 || badPad !== -1) {
      const what = badKey !== -1 ? `.keys[${badKey}] is ${JSON.stringify(binding.keys[badKey])}, not a key` : `.pad[${badPad}] is ${JSON.stringify(binding.pad[badPad])}, not a pad button`;
      problems.push(`${place}${what} this game knows: ${ACTION_DETAILS[action].name} keeps its default`);
      continue;
    }
    const changed: Binding = { keys: binding.keys.filter(isKeyName), pad: binding.pad.filter(isPadControl) };
    const trial: Bindings = { ...bindings, [action]: changed };
    const clash = [...changed.keys.map((key): NewControl => ({ device: 'keyboard', key })), ...changed.pad.map((control): NewControl => ({ device: 'pad', control }))]
      .map((control) => ({ control, with: conflictWith(trial, action, control) }))
      .find((found) => found.with !== null);
    if (clash?.with != null) {
      problems.push(`${place} takes ${controlLabel(clash.control)} from ${ACTION_DETAILS[clash.with].name}: ${ACTION_DETAILS[action].name} keeps its default`);
      continue;
    }
    bindings = trial;
  }
  return { bindings, problems };
}

/** Every pair of actions listening at once on one control: none in the defaults, and none a rebind can make. */
export function bindingConflicts(bindings: Bindings): { readonly action: Action; readonly other: Action; readonly control: string }[] {
  return ACTIONS.flatMap((action) => {
    const controls = [...bindings[action].keys.map((key): NewControl => ({ device: 'keyboard', key })), ...bindings[action].pad.map((control): NewControl => ({ device: 'pad', control }))];
    return controls.flatMap((control) => {
      const other = conflictWith(bindings, action, control);
      return other === null ? [] : [{ action, other, control: controlLabel(control) }];
    });
  });
}

/** The label a prompt shows for an action on the device the player used last: keys, or pad buttons when the action has some. */
export function promptLabelFor(action: Action, options: { readonly bindings: Bindings; readonly device: ControlDevice }): string {
  const { bindings, device } = options;
  const keys = bindings[action].keys.map(keyLabel).join(' / ');
  if (device === 'keyboard') return keys;
  const pad = [...new Set(bindings[action].pad.map(padControlLabel))].join(' / ');
  return pad === '' ? keys : pad;
}
