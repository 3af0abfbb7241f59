// The texts that tell the player the controls (HUD hint, title, pause overlay, menus), built from the
// bindings table so they can never disagree with what the keys do. No Phaser: Node tests read them.
import { BINDINGS, keyLabel, keysLabel, moveKeysLabel, movePadLabel, padLabel, type Action, type Bindings } from './bindings.ts';

/** The HUD's one-line reminder at the start of a run, as separate entries (the HUD decides the wrapping). */
export function hudHintEntries(bindings: Bindings = BINDINGS): string[] {
  const entry = (action: Action, what: string): string => `${keysLabel(action, bindings)}: ${what}`;
  return [
    `${moveKeysLabel(bindings)}: move`,
    entry('sneak', 'sneak'),
    entry('run', 'run'),
    entry('interact', 'talk / door / child'),
    `hold ${keysLabel('dream', bindings)}: dream`,
    entry('toss', 'toss a marble'),
    entry('toggleWalks', 'paths'),
    entry('toggleRadar', 'radar'),
    `${keysLabel('lookAhead', bindings)} + move: look`,
    entry('mute', 'sound'),
    entry('restart', 'restart'),
    entry('pause', 'pause'),
  ];
}

/** The title's table of controls: what, keys, pad, in aligned columns. */
export function titleControlLines(bindings: Bindings = BINDINGS): string[] {
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
export function marbleLine(left: number, bindings: Bindings = BINDINGS): string {
  if (left <= 0) return 'no marbles left';
  return `${keysLabel('toss', bindings)}: toss a marble · ${left} left`;
}

/** The pause overlay: how to leave it, then each switch's state and the key that flips it. */
export function pauseLines(
  switches: { readonly walksShown: boolean; readonly muted: boolean; readonly reducedMotion?: boolean },
  bindings: Bindings = BINDINGS,
): string[] {
  const walks = keysLabel('toggleWalks', bindings);
  const mute = keysLabel('mute', bindings);
  const motion = keysLabel('toggleMotion', bindings);
  // State first, then the key and what it does: "P: paths shown" read as an order as often as a state.
  return [
    `${keysLabel('pause', bindings)}: resume      ${keysLabel('restart', bindings)}: restart      ${keysLabel('quit', bindings)}: quit to the title`,
    `Enforcer paths are ${switches.walksShown ? `shown (${walks} hides them)` : `hidden (${walks} shows them)`}`,
    `Sound is ${switches.muted ? `off (${mute} turns it on)` : `on (${mute} turns it off)`}`,
    `Motion is ${switches.reducedMotion === true ? `reduced: the dream swaps at once (${motion} animates it)` : `full (${motion} reduces it)`}`,
  ];
}

/** The title's line for the motion setting, remembered like the sound. */
export function motionLine(reduced: boolean, bindings: Bindings = BINDINGS): string {
  const key = keysLabel('toggleMotion', bindings);
  return reduced ? `Reduced motion is on: the dream swaps at once (${key} turns it off)` : `Motion is full (${key}: reduced motion)`;
}

/** `Press Enter to start`: the first confirm key only, the one a newcomer reaches for. */
export function startPrompt(bindings: Bindings = BINDINGS): string {
  const first = bindings.confirm.keys[0];
  return `Press ${first === undefined ? padLabel('confirm', bindings) : keyLabel(first)} to start`;
}

/** The result screen's keys: `Enter / Space / R: run again      Esc: title`; `confirm` says where Enter goes. */
export function resultKeysLine(confirm = 'run again', bindings: Bindings = BINDINGS): string {
  return `${keysLabel('confirm', bindings)}: ${confirm}      ${keysLabel('back', bindings)}: title`;
}

/** The problems screen's way out. */
export function backKeyLabel(bindings: Bindings = BINDINGS): string {
  return keysLabel('back', bindings);
}

/** Under the title's menu: how to choose and open an entry, keys and pad. */
export function titleMenuLine(bindings: Bindings = BINDINGS): string {
  const first = bindings.confirm.keys[0];
  const up = bindings.menuUp.keys[0];
  const down = bindings.menuDown.keys[0];
  const keys = [up, down].flatMap((key) => (key === undefined ? [] : [keyLabel(key)])).join(' / ');
  return `${keys} (pad: ${padLabel('menuUp', bindings)}): choose      ${first === undefined ? '' : keyLabel(first)} (pad: ${padLabel('confirm', bindings)}): open`;
}

/** The Custom level screen: the ways to open a map, and the way back. */
export function customLevelLines(bindings: Bindings = BINDINGS): string[] {
  const first = bindings.confirm.keys[0];
  return [
    `${first === undefined ? padLabel('confirm', bindings) : keyLabel(first)}: choose the map file (with its tilesets, templates and images: select them all)`,
    `${keysLabel('pickFolder', bindings)}: choose the map's whole folder`,
    'Or drop the map with its files, or its folder, anywhere on this window (with a pad: drop them).',
    `${keysLabel('back', bindings)} (pad: ${padLabel('back', bindings)}): back to the title`,
  ];
}

/** Over a door Mira can reach: what Interact would do to it. */
export function doorPrompt(open: boolean, bindings: Bindings = BINDINGS): string {
  return `${keysLabel('interact', bindings)}: ${open ? 'close' : 'open'}`;
}

/** Under the warnings shown over a playing level. */
export function dismissLine(bindings: Bindings = BINDINGS): string {
  return `${keysLabel('dismiss', bindings)} (pad: ${padLabel('dismiss', bindings)}) or a click: hide this`;
}
