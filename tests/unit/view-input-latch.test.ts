import { describe, expect, it } from 'vitest';
import type { TimeSource } from '../../src/run/fixed-step-clock.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { InputLatch } from '../../src/view/input/input-latch.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

const FRAME = 1000 / 60;

describe('InputLatch', () => {
  it('holds a key from its down to its up, whatever the repeats', () => {
    const latch = new InputLatch();
    latch.keyDown('RIGHT');
    latch.keyDown('RIGHT');
    expect(latch.sample().moveX).toBe(1);
    expect(latch.sample().moveX).toBe(1);
    latch.keyUp('RIGHT');
    expect(latch.sample().moveX).toBe(0);
  });

  it('counts a restart press once, even when the key repeats, and a quick tap between ticks', () => {
    const latch = new InputLatch();
    latch.keyDown('R');
    latch.keyUp('R');
    expect(latch.sample().restart).toBe(true);
    expect(latch.sample().restart).toBe(false);
    latch.keyDown('R');
    latch.keyDown('R');
    expect(latch.sample().restart).toBe(true);
    expect(latch.sample().restart).toBe(false);
  });

  it('holds Dream while F or pad Y is held, and only then', () => {
    const latch = new InputLatch();
    expect(latch.sample().dream).toBe(false);
    latch.keyDown('F');
    expect(latch.sample().dream).toBe(true);
    expect(latch.sample().dream).toBe(true);
    latch.keyUp('F');
    expect(latch.sample().dream).toBe(false);
    latch.setPad(new Set(['y']));
    expect(latch.sample()).toMatchObject({ dream: true, restart: false });
    latch.setPad(new Set());
    expect(latch.sample().dream).toBe(false);
  });

  it('counts an Interact press (E or pad X) once, and it is not Dream', () => {
    const latch = new InputLatch();
    latch.keyDown('E');
    latch.keyDown('E');
    expect(latch.sample()).toMatchObject({ interact: true, dream: false });
    expect(latch.sample().interact).toBe(false);
    latch.keyUp('E');
    latch.setPad(new Set(['x']));
    expect(latch.sample().interact).toBe(true);
    latch.setPad(new Set(['x']));
    expect(latch.sample().interact).toBe(false);
  });

  it('forgets held keys and presses on reset (focus loss), and a held pad button counts again only after release', () => {
    const latch = new InputLatch();
    latch.keyDown('LEFT');
    latch.setPad(new Set(['start']));
    latch.reset();
    expect(latch.sample().moveX).toBe(0);
    expect(latch.takePausePress()).toBe(false);
    latch.setPad(new Set(['start']));
    expect(latch.takePausePress()).toBe(false);
    latch.setPad(new Set());
    latch.setPad(new Set(['start']));
    expect(latch.takePausePress()).toBe(true);
  });

  it('keeps an arrow held through pause and resume: Mira walks on the first tick after resume', () => {
    const latch = new InputLatch();
    let now = 0;
    const time: TimeSource = { now: () => now };
    const { level } = levelFromAscii(['##########', '#S.......#', '#.......X#', '##########']);
    const session = new LevelSession({ level, seed: 1, input: latch, presses: latch, timeSource: time });
    const frame = (): number => {
      now += FRAME;
      return session.frame(FRAME);
    };
    latch.keyDown('RIGHT');
    frame();
    latch.keyDown('ESC');
    latch.keyUp('ESC');
    for (let index = 0; index < 20; index += 1) frame();
    expect(session.paused).toBe(true);
    const before = session.world.mira.x;
    latch.keyDown('ESC');
    latch.keyUp('ESC');
    expect(frame()).toBe(1);
    expect(session.paused).toBe(false);
    expect(session.world.mira.x).toBeGreaterThan(before);
  });
});
