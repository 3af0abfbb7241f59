// What the player holds and has pressed, between the browser's key events and the once-a-tick sample.
// No Phaser: the player input feeds it key names and pad controls, and Node tests feed it by hand.
import type { InputSource } from '../../run/input-source.ts';
import type { SessionPresses } from '../../run/level-session.ts';
import type { InputFrame } from '../../sim/types.ts';
import { BINDINGS, type Action, type Bindings, type KeyName, type PadControl } from './bindings.ts';

/** Actions that count once per press rather than while held. */
const PRESS_ACTIONS = ['restart', 'pause', 'interact'] as const;
type PressAction = (typeof PRESS_ACTIONS)[number];

export class InputLatch implements InputSource, SessionPresses {
  private readonly heldKeys = new Set<KeyName>();
  private heldPad: ReadonlySet<PadControl> = new Set();
  /** Presses seen between ticks wait here until a tick (or the pause check) takes them. */
  private readonly latched = new Set<PressAction>();
  /** Pad controls held through a reset: they must be released before they count again. */
  private padIgnoredUntilReleased: ReadonlySet<PadControl> = new Set();

  constructor(private readonly bindings: Bindings = BINDINGS) {}

  keyDown(key: KeyName): void {
    // The keyboard repeats a held key: only the first down is a press.
    if (this.heldKeys.has(key)) return;
    this.heldKeys.add(key);
    for (const action of PRESS_ACTIONS) if (this.bindings[action].keys.includes(key)) this.latched.add(action);
  }

  keyUp(key: KeyName): void {
    this.heldKeys.delete(key);
  }

  /** The pad controls down right now (polled each frame); a control going down is a press. */
  setPad(down: ReadonlySet<PadControl>): void {
    const ignored = new Set([...this.padIgnoredUntilReleased].filter((control) => down.has(control)));
    this.padIgnoredUntilReleased = ignored;
    for (const action of PRESS_ACTIONS) {
      const pressed = this.bindings[action].pad.some(
        (control) => down.has(control) && !this.heldPad.has(control) && !ignored.has(control),
      );
      if (pressed) this.latched.add(action);
    }
    this.heldPad = down;
  }

  /** The direction held with the look-ahead key, or 0,0 when it is not held: the camera's business. */
  lookDirection(): { x: -1 | 0 | 1; y: -1 | 0 | 1 } {
    if (!this.isHeld('lookAhead')) return { x: 0, y: 0 };
    return this.heldDirection();
  }

  private heldDirection(): { x: -1 | 0 | 1; y: -1 | 0 | 1 } {
    const horizontal = (this.isHeld('moveRight') ? 1 : 0) - (this.isHeld('moveLeft') ? 1 : 0);
    const vertical = (this.isHeld('moveDown') ? 1 : 0) - (this.isHeld('moveUp') ? 1 : 0);
    return { x: toAxis(horizontal), y: toAxis(vertical) };
  }

  sample(): InputFrame {
    // Looking ahead, she stands (sneak still held is a crouch): the direction moves the camera instead.
    const looking = this.isHeld('lookAhead');
    const direction = looking ? { x: 0 as const, y: 0 as const } : this.heldDirection();
    const restart = this.take('restart');
    return {
      moveX: direction.x,
      moveY: direction.y,
      sneak: this.isHeld('sneak'),
      run: this.isHeld('run'),
      restart,
      interact: this.take('interact'),
      dream: this.isHeld('dream'),
      skip: false,
      choice: -1,
    };
  }

  takePausePress(): boolean {
    return this.take('pause');
  }

  takeRestartPress(): boolean {
    return this.take('restart');
  }

  /**
   * Forgets everything held and pressed: for focus loss, whose key-ups never arrive. Not for pause:
   * a key held through the pause must still walk when play resumes.
   */
  reset(): void {
    this.heldKeys.clear();
    this.latched.clear();
    this.padIgnoredUntilReleased = new Set(this.heldPad);
    this.heldPad = new Set();
  }

  private isHeld(action: Action): boolean {
    const binding = this.bindings[action];
    return (
      binding.keys.some((key) => this.heldKeys.has(key))
      || binding.pad.some((control) => this.heldPad.has(control) && !this.padIgnoredUntilReleased.has(control))
    );
  }

  private take(action: PressAction): boolean {
    const pressed = this.latched.has(action);
    this.latched.delete(action);
    return pressed;
  }
}

function toAxis(value: number): -1 | 0 | 1 {
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}
