// The table from what the player can do to the keys and pad controls that do it: `BINDINGS` holds the
// defaults, and the player's own table (defaults with their changes, binding-model.ts) is what input
// sampling, the HUD, the title, the pause overlay and the dialogue read (current-bindings.ts). No Phaser
// here: Node tests check the texts built from it.
import { currentBindings } from './current-bindings.ts';
import { keyLabel, type KeyName } from './key-names.ts';

export { currentBindings, keyLabel, type KeyName };

export type Action =
  | 'moveUp'
  | 'moveDown'
  | 'moveLeft'
  | 'moveRight'
  | 'sneak'
  | 'run'
  | 'restart'
  | 'interact'
  | 'dream'
  | 'toss'
  | 'toggleMotion'
  | 'pause'
  | 'toggleWalks'
  | 'toggleRadar'
  | 'speedrunMode'
  | 'liveSplitLink'
  | 'exportSplits'
  | 'importSplits'
  | 'practiceRestart'
  | 'exportReplay'
  | 'lookAhead'
  | 'mute'
  | 'quit'
  | 'confirm'
  | 'back'
  | 'menuUp'
  | 'menuDown'
  | 'menuLeft'
  | 'menuRight'
  | 'pickFolder'
  | 'dismiss'
  | 'nextLine'
  | 'skip'
  | 'choices'
  | 'fullscreen'
  | 'playbackSlower'
  | 'playbackFaster'
  | 'playbackPause'
  | 'playbackStep'
  | 'toggleGhost'
  | 'toggleInputDisplay'
  | 'raceReplay';

/** Pad controls of the Gamepad API's standard mapping: buttons, the d-pad and the left stick's directions. */
export type PadControl =
  | 'a' | 'b' | 'x' | 'y' | 'leftBumper' | 'rightBumper' | 'leftTrigger' | 'rightTrigger' | 'back' | 'start'
  | 'dpadUp' | 'dpadDown' | 'dpadLeft' | 'dpadRight'
  | 'stickUp' | 'stickDown' | 'stickLeft' | 'stickRight';

export interface Binding {
  readonly keys: readonly KeyName[];
  readonly pad: readonly PadControl[];
}

export type Bindings = Readonly<Record<Action, Binding>>;

/** The game's defaults: what a new player has, and what Reset to defaults on the Controls screen gives back. */
export const BINDINGS: Bindings = {
  moveUp: { keys: ['W', 'UP'], pad: ['stickUp', 'dpadUp'] },
  moveDown: { keys: ['S', 'DOWN'], pad: ['stickDown', 'dpadDown'] },
  moveLeft: { keys: ['A', 'LEFT'], pad: ['stickLeft', 'dpadLeft'] },
  moveRight: { keys: ['D', 'RIGHT'], pad: ['stickRight', 'dpadRight'] },
  sneak: { keys: ['SHIFT'], pad: ['b', 'leftBumper'] },
  run: { keys: ['SPACE'], pad: ['a', 'rightTrigger'] },
  // Pad Y went to Dream: Back alone restarts, the button a thumb does not reach by accident.
  restart: { keys: ['R'], pad: ['back'] },
  // Opens or closes the door in front of Mira. Pad X also hides the warnings (dismiss): one press does both.
  interact: { keys: ['E'], pad: ['x'] },
  // Held: inside a ready DreamCircle it fills the ring (world.dream.ringTicks); letting go empties it.
  dream: { keys: ['F'], pad: ['y'] },
  // A press: she tosses a marble where she faces. Q quits only from the pause overlay, so in play it is
  // free; RB skips only in a scene, where the world holds still and no marble flies.
  toss: { keys: ['Q'], pad: ['rightBumper'] },
  // Reduced motion (remembered): the dream's waves and ripples become a plain swap and a still highlight.
  toggleMotion: { keys: ['N'], pad: [] },
  pause: { keys: ['ESC'], pad: ['start'] },
  toggleWalks: { keys: ['P'], pad: [] },
  toggleRadar: { keys: ['V'], pad: [] },
  // Speedrun mode (remembered): the live splits, and the planned walks hidden at each start.
  speedrunMode: { keys: ['T'], pad: [] },
  // From the pause only: the live link to LiveSplit's server, and its splits files out and in.
  liveSplitLink: { keys: ['L'], pad: [] },
  exportSplits: { keys: ['K'], pad: [] },
  importSplits: { keys: ['J'], pad: [] },
  // Practice: back to a checkpoint reached (the last one; pressed again at once, the one before), with its split.
  practiceRestart: { keys: ['B'], pad: [] },
  // From the pause: the run so far as a replay file (every run records itself), for verify-replay.
  exportReplay: { keys: ['X'], pad: [] },
  // Held with a direction: the camera looks that way and Mira stands still (the inputs say so, so a
  // replay needs nothing of it).
  lookAhead: { keys: ['C'], pad: [] },
  mute: { keys: ['M'], pad: [] },
  quit: { keys: ['Q'], pad: [] },
  // Menus (title, result, problems): a run-again press may come from the same thumb that was running.
  confirm: { keys: ['ENTER', 'SPACE', 'R'], pad: ['a', 'start'] },
  back: { keys: ['ESC'], pad: ['b', 'back'] },
  // Every menu's focus (title, settings, pause, result); the left stick moves it too (menu-screen.ts).
  menuUp: { keys: ['UP', 'W'], pad: ['dpadUp'] },
  menuDown: { keys: ['DOWN', 'S'], pad: ['dpadDown'] },
  // A setting's value in a menu (text speed, volume), one step each way.
  menuLeft: { keys: ['LEFT', 'A'], pad: ['dpadLeft'] },
  menuRight: { keys: ['RIGHT', 'D'], pad: ['dpadRight'] },
  // The Custom level screen: confirm picks map files, this a whole folder. A browser opens its picker
  // only for a key press or click, never for a pad button: pad players drop the files instead.
  pickFolder: { keys: ['F'], pad: [] },
  // Hides the warnings shown over a playing level; Enter does nothing else in play, pad X also interacts.
  dismiss: { keys: ['ENTER'], pad: ['x'] },
  // In a scene (the world holds still, so nothing else these keys do can happen): Interact shows the next
  // line, and so do these, the keys a reader reaches for; with choices shown, any of them takes the one
  // in focus (menuUp / menuDown move it).
  nextLine: { keys: ['SPACE', 'ENTER'], pad: ['a'] },
  // Runs on to the next choice or the end. RB: every other face button already has a job in play, and
  // Tab is no letter a player types by accident.
  skip: { keys: ['TAB'], pad: ['rightBumper'] },
  // The n-th key takes the n-th choice offered.
  choices: { keys: ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'], pad: [] },
  // On every screen (fullscreen.ts): the key browsers already use for it, so a player's hand finds it.
  fullscreen: { keys: ['F11'], pad: [] },
  // Watching a replay (the inputs are the file's, so the player's hands are free): slower, faster, hold and
  // go on, one tick at a time while held. The bumpers and two face buttons on a pad.
  playbackSlower: { keys: ['OPEN_BRACKET'], pad: ['leftBumper'] },
  playbackFaster: { keys: ['CLOSED_BRACKET'], pad: ['rightBumper'] },
  playbackPause: { keys: ['SPACE'], pad: ['y'] },
  playbackStep: { keys: ['PERIOD'], pad: ['x'] },
  // The personal best's (or an imported run's) ghost shown or hidden, remembered.
  toggleGhost: { keys: ['G'], pad: [] },
  // In speedrun mode: the tick's inputs drawn as key caps, for run videos; remembered.
  toggleInputDisplay: { keys: ['I'], pad: [] },
  // The title's Replays screen: pick a run to race as a ghost (confirm picks one to watch).
  raceReplay: { keys: ['G'], pad: [] },
};

const PAD_LABELS: Readonly<Record<PadControl, string>> = {
  a: 'A', b: 'B', x: 'X', y: 'Y', leftBumper: 'LB', rightBumper: 'RB', leftTrigger: 'LT', rightTrigger: 'RT', back: 'Back', start: 'Start',
  dpadUp: 'd-pad', dpadDown: 'd-pad', dpadLeft: 'd-pad', dpadRight: 'd-pad',
  stickUp: 'left stick', stickDown: 'left stick', stickLeft: 'left stick', stickRight: 'left stick',
};

const MOVE_ACTIONS = ['moveUp', 'moveLeft', 'moveDown', 'moveRight'] as const;
const ARROWS: readonly KeyName[] = ['UP', 'LEFT', 'DOWN', 'RIGHT'];

/** What prompts call one pad control: `LB`, `d-pad`. */
export function padControlLabel(control: PadControl): string {
  return PAD_LABELS[control];
}

/** The action's keys as the player reads them: `R`, `Enter / Space / R`. */
export function keysLabel(action: Action, bindings: Bindings = currentBindings()): string {
  return bindings[action].keys.map(keyLabel).join(' / ');
}

/** The action's pad controls, each named once: `B / LB`, `left stick / d-pad`; '' when it has none. */
export function padLabel(action: Action, bindings: Bindings = currentBindings()): string {
  return [...new Set(bindings[action].pad.map((control) => PAD_LABELS[control]))].join(' / ');
}

/**
 * The four move actions' keys, set by set: `WASD / arrows` for the usual table. A set of four letters
 * reads as a word (up, left, down, right), the arrow keys as "arrows", anything else key by key.
 */
export function moveKeysLabel(bindings: Bindings = currentBindings()): string {
  const sets = Math.max(...MOVE_ACTIONS.map((action) => bindings[action].keys.length));
  const labels: string[] = [];
  for (let index = 0; index < sets; index += 1) {
    const keys = MOVE_ACTIONS.map((action) => bindings[action].keys[index]);
    const complete = keys.filter((key): key is KeyName => key !== undefined);
    if (complete.length === 4 && complete.every((key, at) => key === ARROWS[at])) labels.push('arrows');
    else if (complete.length === 4 && complete.every((key) => /^[A-Z]$/.test(key))) labels.push(complete.join(''));
    else labels.push(complete.map(keyLabel).join('/'));
  }
  return labels.join(' / ');
}

/** Pad controls that move, each kind once: `left stick / d-pad`. */
export function movePadLabel(bindings: Bindings = currentBindings()): string {
  return [...new Set(MOVE_ACTIONS.flatMap((action) => bindings[action].pad.map((control) => PAD_LABELS[control])))].join(' / ');
}

/** Every key the table names, once. */
export function boundKeys(bindings: Bindings = currentBindings()): KeyName[] {
  return [...new Set(Object.values(bindings).flatMap((binding) => binding.keys))];
}
