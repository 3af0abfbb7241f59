// The DOM's names for the keys of the bindings table, for handlers that must answer inside the browser's
// own key event (a file picker, fullscreen: browsers grant those only inside the player's gesture).
import type { KeyName } from './bindings.ts';

const DOM_KEY_CODES: Partial<Record<KeyName, string>> = {
  UP: 'ArrowUp', DOWN: 'ArrowDown', LEFT: 'ArrowLeft', RIGHT: 'ArrowRight',
  SHIFT: 'ShiftLeft', SPACE: 'Space', ENTER: 'Enter', ESC: 'Escape', TAB: 'Tab',
  F11: 'F11', OPEN_BRACKET: 'BracketLeft', CLOSED_BRACKET: 'BracketRight', PERIOD: 'Period',
  ONE: 'Digit1', TWO: 'Digit2', THREE: 'Digit3', FOUR: 'Digit4', FIVE: 'Digit5', SIX: 'Digit6', SEVEN: 'Digit7', EIGHT: 'Digit8', NINE: 'Digit9',
};

/** The DOM's KeyboardEvent.code of a key of the bindings table: `KeyF` for F, `Enter` for ENTER. */
export function domKeyCode(key: KeyName): string {
  return DOM_KEY_CODES[key] ?? `Key${key}`;
}
