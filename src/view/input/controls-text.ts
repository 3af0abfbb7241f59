// The texts that tell the player the controls (HUD hint, title, pause overlay, menus), built from the
// bindings table so they can never disagree with what the keys do. No Phaser: Node tests read them.
import { keyLabel, keysLabel, moveKeysLabel, movePadLabel, padLabel, type Action, type Bindings } from './bindings.ts';
import { currentBindings, deviceUsedLast, promptLabel } from './current-bindings.ts';

/** The HUD's one-line reminder at the start of a run, as separate entries (the HUD decides the wrapping). */
export function hudHintEntries(bindings: Bindings = currentBindings()): string[] {
  const entry = (action: Action, what: string): string => `${promptLabel(action, bindings)}: ${what}`;
  return [
    `${deviceUsedLast() === 'pad' ? movePadLabel(bindings) : moveKeysLabel(bindings)}: move`,
    entry('sneak', 'sneak'),
    entry('run', 'run'),
    entry('interact', 'talk / door / child'),
    `hold ${promptLabel('dream', bindings)}: dream`,
    entry('toss', 'toss a marble'),
    entry('toggleWalks', 'paths'),
    entry('toggleRadar', 'radar'),
    `${promptLabel('lookAhead', bindings)} + move: look`,
    entry('mute', 'sound'),
    entry('restart', 'restart'),
    entry('pause', 'pause'),
  ];
}

/** The title's table of controls: what, keys, pad, in aligned columns. */
export function titleControlLines(bindings: Bindings = currentBindings()): string[] {
  const rows: [string, string, string][] = [
    ['Move', moveKeysLabel(bindings), movePadLabel(bindings)],
    ['Sneak', keysLabel('sneak', bindings), padLabel('sneak', bindings)],
    ['Run', keysLabel('run', bindings), padLabel('run', bindings)],
    ['Interact', keysLabel('interact', bindings), padLabel('interact', bindings)],
    ['Dream', keysLabel('dream', bindings), padLabel('dream', bindings)],
    ['Toss marble', keysLabel('toss', bindings), padLabel('toss', bindings)],
    ['Restart', keysLabel('restart', bindings), padLabel('restart', bindings)],
    ['Pause', keysLabel('pause', bindings), padLabel('pause', bindings)],
    ['Paths', keysLabel('toggleWalks', bindings), ''],
    ['Radar', keysLabel('toggleRadar', bindings), ''],
    ['Look ahead', keysLabel('lookAhead', bindings), ''],
    ['Sound', keysLabel('mute', bindings), ''],
  ];
  const notes: Readonly<Record<string, string>> = {
    Paths: '(where each Enforcer walks next)',
    Radar: '(Enforcers near Mira, on / off)',
    'Look ahead': '(hold, with a direction)',
    Sound: '(on / off)',
  };
  return rows.map(([what, keys, pad]) => {
    const note = notes[what];
    if (note !== undefined) return `${what.padEnd(12)}${keys.padEnd(4)}${note}`;
    return `${what.padEnd(12)}${keys.padEnd(21)}(pad: ${pad})`;
  });
}

/** The HUD's marble line: the key that tosses one and how many are left this chapter. */
export function marbleLine(left: number, bindings: Bindings = currentBindings()): string {
  if (left <= 0) return 'no marbles left';
  return `${promptLabel('toss', bindings)}: toss a marble · ${left} left`;
}

/** The pause overlay: how to leave it, then each switch's state and the key that flips it. */
export function pauseLines(
  switches: { readonly walksShown: boolean; readonly muted: boolean; readonly reducedMotion?: boolean; readonly speedrun?: boolean; readonly liveSplit?: string },
  bindings: Bindings = currentBindings(),
): string[] {
  const speedrun = keysLabel('speedrunMode', bindings);
  const walks = keysLabel('toggleWalks', bindings);
  const mute = keysLabel('mute', bindings);
  const motion = keysLabel('toggleMotion', bindings);
  // State first, then the key and what it does: "P: paths shown" read as an order as often as a state.
  return [
    `${keysLabel('pause', bindings)}: resume      ${keysLabel('restart', bindings)}: restart      ${keysLabel('practiceRestart', bindings)}: back to a checkpoint (practice)      ${keysLabel('quit', bindings)}: quit to the title`,
    `Enforcer paths are ${switches.walksShown ? `shown (${walks} hides them)` : `hidden (${walks} shows them)`}`,
    `Speedrun mode is ${switches.speedrun === true ? `on: live splits (${speedrun} turns it off)` : `off (${speedrun} turns it on: live splits)`}`,
    `LiveSplit link: ${switches.liveSplit ?? 'off'} (${keysLabel('liveSplitLink', bindings)} connects or disconnects)      ${keysLabel('exportSplits', bindings)}: export splits (.lss)      ${keysLabel('importSplits', bindings)}: race a .lss      ${keysLabel('exportReplay', bindings)}: save the run as a replay`,
    `Sound is ${switches.muted ? `off (${mute} turns it on)` : `on (${mute} turns it off)`}`,
    `Motion is ${switches.reducedMotion === true ? `reduced: the dream swaps at once (${motion} animates it)` : `full (${motion} reduces it)`}`,
  ];
}

/** The title's line for the motion setting, remembered like the sound. */
export function motionLine(reduced: boolean, bindings: Bindings = currentBindings()): string {
  const key = keysLabel('toggleMotion', bindings);
  return reduced ? `Reduced motion is on: the dream swaps at once (${key} turns it off)` : `Motion is full (${key}: reduced motion)`;
}

/** `Press Enter to start`: the first confirm key only, the one a newcomer reaches for. */
export function startPrompt(bindings: Bindings = currentBindings()): string {
  const first = bindings.confirm.keys[0];
  return `Press ${first === undefined ? padLabel('confirm', bindings) : keyLabel(first)} to start`;
}

/** The problems screen's way out. */
export function backKeyLabel(bindings: Bindings = currentBindings()): string {
  return keysLabel('back', bindings);
}

/** The Custom level screen: the ways to open a map, and the way back. */
export function customLevelLines(bindings: Bindings = currentBindings()): string[] {
  const first = bindings.confirm.keys[0];
  return [
    `${first === undefined ? padLabel('confirm', bindings) : keyLabel(first)}: choose the map file (with its tilesets, templates and images: select them all)`,
    `${keysLabel('pickFolder', bindings)}: choose the map's whole folder`,
    'Or drop the map with its files, or its folder, anywhere on this window (with a pad: drop them).',
    `${keysLabel('back', bindings)} (pad: ${padLabel('back', bindings)}): back to the title`,
  ];
}

/** Over a door Mira can reach: what Interact would do to it. */
export function doorPrompt(open: boolean, bindings: Bindings = currentBindings()): string {
  return `${promptLabel('interact', bindings)}: ${open ? 'close' : 'open'}`;
}

/** Under the warnings shown over a playing level. */
export function dismissLine(bindings: Bindings = currentBindings()): string {
  return `${keysLabel('dismiss', bindings)} (pad: ${padLabel('dismiss', bindings)}) or a click: hide this`;
}

/**
 * Under every menu: how to move, open, change a setting and go back, the keys on one line and the pad on
 * the next. `changes`: the menu has settings left and right change; `back`: it has a way back.
 */
export function menuHintLines(options: { readonly changes: boolean; readonly back: boolean }, bindings: Bindings = currentBindings()): [string, string] {
  const firstKey = (action: Action): string => {
    const key = bindings[action].keys[0];
    return key === undefined ? '' : keyLabel(key);
  };
  const firstPad = (action: Action): string => padLabel(action, bindings).split(' / ')[0] ?? '';
  const keys = [
    `${firstKey('menuUp')} / ${firstKey('menuDown')} or the mouse: choose`,
    `${firstKey('confirm')} or a click: open`,
    ...(options.changes ? [`${firstKey('menuLeft')} / ${firstKey('menuRight')}: change`] : []),
    ...(options.back ? [`${firstKey('back')}: back`] : []),
  ];
  const pad = [
    `${firstPad('menuUp')} or left stick: choose`,
    `${firstPad('confirm')}: open`,
    ...(options.changes ? [`${firstPad('menuLeft')} left / right: change`] : []),
    ...(options.back ? [`${firstPad('back')}: back`] : []),
  ];
  return [keys.join('    '), `Pad: ${pad.join('    ')}`];
}
