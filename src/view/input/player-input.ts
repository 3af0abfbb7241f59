// Keyboard and gamepad, latched into one InputFrame per tick.
import Phaser from 'phaser';
import type { InputFrame } from '../../sim/types.ts';
import type { InputSource } from '../../run/input-source.ts';
import { PAD_BUTTON } from './pad-buttons.ts';

/** Stick travel below this counts as centred: worn sticks rest a little off zero. */
const STICK_DEAD_ZONE = 0.35;
/** Analogue triggers count as pressed past this. */
const TRIGGER_THRESHOLD = 0.5;


interface MovementKeys {
  readonly up: readonly Phaser.Input.Keyboard.Key[];
  readonly down: readonly Phaser.Input.Keyboard.Key[];
  readonly left: readonly Phaser.Input.Keyboard.Key[];
  readonly right: readonly Phaser.Input.Keyboard.Key[];
  readonly sneak: Phaser.Input.Keyboard.Key;
  readonly run: Phaser.Input.Keyboard.Key;
  readonly restart: Phaser.Input.Keyboard.Key;
  readonly pause: Phaser.Input.Keyboard.Key;
}

/**
 * WASD/arrows move, Shift sneaks, Space runs, R restarts (once per press), Esc pauses.
 * Pad: left stick or d-pad moves, B or LB sneaks, A or RT runs, Y or Back restarts, Start pauses.
 */
export class PlayerInput implements InputSource {
  private readonly keys: MovementKeys | null;
  private padRestartWasDown = false;
  private padPauseWasDown = false;
  /** Presses seen between ticks wait here until a tick (or the pause check) takes them. */
  private restartLatched = false;
  private pauseLatched = false;

  constructor(private readonly scene: Phaser.Scene) {
    const keyboard = scene.input.keyboard;
    const codes = Phaser.Input.Keyboard.KeyCodes;
    this.keys = keyboard
      ? {
          up: [keyboard.addKey(codes.W), keyboard.addKey(codes.UP)],
          down: [keyboard.addKey(codes.S), keyboard.addKey(codes.DOWN)],
          left: [keyboard.addKey(codes.A), keyboard.addKey(codes.LEFT)],
          right: [keyboard.addKey(codes.D), keyboard.addKey(codes.RIGHT)],
          sneak: keyboard.addKey(codes.SHIFT),
          run: keyboard.addKey(codes.SPACE),
          restart: keyboard.addKey(codes.R),
          pause: keyboard.addKey(codes.ESC),
        }
      : null;
    // Focus loss swallows key-up events: without this a key held while alt-tabbing walks Mira forever.
    const onBlur = (): void => {
      this.reset();
    };
    // Key events, not JustDown: Phaser clears JustDown when the key-up arrives in the same frame as the
    // key-down, so a quick tap (or a slow frame) would lose the press.
    const onRestart = (): void => {
      this.restartLatched = true;
    };
    const onPause = (): void => {
      this.pauseLatched = true;
    };
    this.keys?.restart.on(Phaser.Input.Keyboard.Events.DOWN, onRestart);
    this.keys?.pause.on(Phaser.Input.Keyboard.Events.DOWN, onPause);
    scene.game.events.on(Phaser.Core.Events.BLUR, onBlur);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      scene.game.events.off(Phaser.Core.Events.BLUR, onBlur);
      this.keys?.restart.off(Phaser.Input.Keyboard.Events.DOWN, onRestart);
      this.keys?.pause.off(Phaser.Input.Keyboard.Events.DOWN, onPause);
    });
  }

  sample(): InputFrame {
    this.pollEdges();
    const pad = this.activePad();
    const keys = this.keys;
    const held = (list: readonly Phaser.Input.Keyboard.Key[] | undefined): boolean =>
      list?.some((key) => key.isDown) ?? false;

    let horizontal = (held(keys?.right) ? 1 : 0) - (held(keys?.left) ? 1 : 0);
    let vertical = (held(keys?.down) ? 1 : 0) - (held(keys?.up) ? 1 : 0);
    let sneak = keys?.sneak.isDown ?? false;
    let run = keys?.run.isDown ?? false;
    if (pad) {
      const stickX = pad.leftStick.x;
      const stickY = pad.leftStick.y;
      const padX = (pad.right || stickX > STICK_DEAD_ZONE ? 1 : 0) - (pad.left || stickX < -STICK_DEAD_ZONE ? 1 : 0);
      const padY = (pad.down || stickY > STICK_DEAD_ZONE ? 1 : 0) - (pad.up || stickY < -STICK_DEAD_ZONE ? 1 : 0);
      if (horizontal === 0) horizontal = padX;
      if (vertical === 0) vertical = padY;
      sneak ||= buttonDown(pad, PAD_BUTTON.b) || buttonDown(pad, PAD_BUTTON.leftBumper);
      run ||= buttonDown(pad, PAD_BUTTON.a) || buttonDown(pad, PAD_BUTTON.rightTrigger);
    }
    const restart = this.restartLatched;
    this.restartLatched = false;
    return { moveX: toAxis(horizontal), moveY: toAxis(vertical), sneak, run, restart };
  }

  /** True once per Esc or Start press; the scene calls it every frame, paused or not. */
  takePausePress(): boolean {
    this.pollEdges();
    const pressed = this.pauseLatched;
    this.pauseLatched = false;
    return pressed;
  }

  /** True once per R or Y/Back press, for menus and the pause overlay (ticks use sample()). */
  takeRestartPress(): boolean {
    this.pollEdges();
    const pressed = this.restartLatched;
    this.restartLatched = false;
    return pressed;
  }

  reset(): void {
    this.scene.input.keyboard?.resetKeys();
    this.restartLatched = false;
    this.pauseLatched = false;
    const pad = this.activePad();
    // Buttons held through a reset must be released before they count again.
    this.padRestartWasDown = pad ? restartButtonDown(pad) : false;
    this.padPauseWasDown = pad ? buttonDown(pad, PAD_BUTTON.start) : false;
  }

  private pollEdges(): void {
    const pad = this.activePad();
    if (pad) {
      const restartDown = restartButtonDown(pad);
      const pauseDown = buttonDown(pad, PAD_BUTTON.start);
      if (restartDown && !this.padRestartWasDown) this.restartLatched = true;
      if (pauseDown && !this.padPauseWasDown) this.pauseLatched = true;
      this.padRestartWasDown = restartDown;
      this.padPauseWasDown = pauseDown;
    }
  }

  private activePad(): Phaser.Input.Gamepad.Gamepad | null {
    const gamepads = this.scene.input.gamepad;
    if (!gamepads || gamepads.total === 0) return null;
    return gamepads.getAll().find((pad) => pad.connected) ?? null;
  }
}

function buttonDown(pad: Phaser.Input.Gamepad.Gamepad, index: number): boolean {
  const button = pad.buttons[index];
  if (!button) return false;
  return button.pressed || button.value > TRIGGER_THRESHOLD;
}

function restartButtonDown(pad: Phaser.Input.Gamepad.Gamepad): boolean {
  return buttonDown(pad, PAD_BUTTON.y) || buttonDown(pad, PAD_BUTTON.back);
}

function toAxis(value: number): -1 | 0 | 1 {
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}
