// Every key a player may bind, by the name Phaser's KeyCodes gives it (`keydown-ESC`, `KeyCodes.ESC`),
// with the key code the browser reports and the label prompts show. A key missing here cannot be bound;
// print screen, pause and the browsers' duplicate codes are left out on purpose. No Phaser: Node tests read it.

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'] as const;
const DIGIT_NAMES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'] as const;

const NAMED_KEYS = {
  BACKSPACE: { code: 8, label: 'Backspace' },
  TAB: { code: 9, label: 'Tab' },
  ENTER: { code: 13, label: 'Enter' },
  SHIFT: { code: 16, label: 'Shift' },
  CTRL: { code: 17, label: 'Ctrl' },
  ALT: { code: 18, label: 'Alt' },
  CAPS_LOCK: { code: 20, label: 'Caps Lock' },
  ESC: { code: 27, label: 'Esc' },
  SPACE: { code: 32, label: 'Space' },
  PAGE_UP: { code: 33, label: 'Page Up' },
  PAGE_DOWN: { code: 34, label: 'Page Down' },
  END: { code: 35, label: 'End' },
  HOME: { code: 36, label: 'Home' },
  LEFT: { code: 37, label: '←' },
  UP: { code: 38, label: '↑' },
  RIGHT: { code: 39, label: '→' },
  DOWN: { code: 40, label: '↓' },
  INSERT: { code: 45, label: 'Insert' },
  DELETE: { code: 46, label: 'Delete' },
  NUMPAD_ADD: { code: 107, label: 'Num +' },
  NUMPAD_SUBTRACT: { code: 109, label: 'Num -' },
  SEMICOLON: { code: 186, label: ';' },
  PLUS: { code: 187, label: '=' },
  COMMA: { code: 188, label: ',' },
  MINUS: { code: 189, label: '-' },
  PERIOD: { code: 190, label: '.' },
  FORWARD_SLASH: { code: 191, label: '/' },
  BACKTICK: { code: 192, label: '`' },
  OPEN_BRACKET: { code: 219, label: '[' },
  BACK_SLASH: { code: 220, label: '\\' },
  CLOSED_BRACKET: { code: 221, label: ']' },
  QUOTES: { code: 222, label: "'" },
} as const;

type Letter = (typeof LETTERS)[number];
type FunctionKey = 'F1' | 'F2' | 'F3' | 'F4' | 'F5' | 'F6' | 'F7' | 'F8' | 'F9' | 'F10' | 'F11' | 'F12';
type Digit = (typeof DIGIT_NAMES)[number];

/** A key by Phaser's KeyCodes name. */
export type KeyName = keyof typeof NAMED_KEYS | Letter | FunctionKey | Digit | `NUMPAD_${Digit}`;

interface KeyDetails {
  readonly code: number;
  readonly label: string;
}

function buildKeyTable(): ReadonlyMap<string, KeyDetails> {
  const table = new Map<string, KeyDetails>(Object.entries(NAMED_KEYS));
  for (const [index, letter] of LETTERS.entries()) table.set(letter, { code: 65 + index, label: letter });
  for (const [digit, name] of DIGIT_NAMES.entries()) {
    table.set(name, { code: 48 + digit, label: String(digit) });
    table.set(`NUMPAD_${name}`, { code: 96 + digit, label: `Num ${digit}` });
  }
  for (let number = 1; number <= 12; number += 1) table.set(`F${number}`, { code: 111 + number, label: `F${number}` });
  return table;
}

const KEY_TABLE = buildKeyTable();
const NAME_BY_CODE = new Map([...KEY_TABLE].map(([name, details]) => [details.code, name]));

export function isKeyName(name: string): name is KeyName {
  return KEY_TABLE.has(name);
}

/** What prompts call the key: `Shift`, `↑`, `E`. */
export function keyLabel(key: KeyName): string {
  return KEY_TABLE.get(key)?.label ?? key;
}

/** The key a browser key code (KeyboardEvent.keyCode) stands for; null for a key that cannot be bound. */
export function keyNameOfCode(code: number): KeyName | null {
  const name = NAME_BY_CODE.get(code);
  return name !== undefined && isKeyName(name) ? name : null;
}

/** The key of a key event, as Phaser names it. */
export function keyNameOfEvent(event: KeyboardEvent): KeyName | null {
  // Phaser's KeyCodes, its `keydown-W` events and its key capture all go by keyCode: naming the key the
  // same way keeps a binding meaning one key wherever the game listens for it.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return keyNameOfCode(event.keyCode);
}
