import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimeSource } from '../../src/run/fixed-step-clock.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { InputLatch } from '../../src/view/input/input-latch.ts';
import { loadLevelWithStory } from '../../src/story/level-story.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

const FRAME = 1000 / 60;

describe('InputLatch', () => {
  it('lets the dialogue box take a press that shows a typing line whole, and skips every line while skip-dialogue is on', () => {
    const latch = new InputLatch();
    let typing = true;
    let skipAll = false;
    latch.followScene(() => 0);
    latch.followDialogue({ finishLine: () => { const took = typing; typing = false; return took; }, skipAll: () => skipAll });
    latch.keyDown('E');
    latch.keyUp('E');
    // The first press only shows the line whole: the rules never see it.
    expect(latch.sample()).toMatchObject({ interact: false, skip: false });
    latch.keyDown('E');
    latch.keyUp('E');
    expect(latch.sample()).toMatchObject({ interact: true, skip: false });
    skipAll = true;
    typing = true;
    expect(latch.sample()).toMatchObject({ interact: false, skip: true });
    // With choices shown, Interact on a typing line shows it whole before it takes the choice in focus.
    skipAll = false;
    latch.followScene(() => 2);
    latch.keyDown('E');
    latch.keyUp('E');
    expect(latch.sample()).toMatchObject({ choice: -1 });
    latch.keyDown('E');
    latch.keyUp('E');
    expect(latch.sample()).toMatchObject({ choice: 0 });
  });

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

async function storyYard(): Promise<{ session: LevelSession; latch: InputLatch; frame: () => number }> {
  // The map's own story: tests/fixtures/maps/story-yard.ink, compiled and checked as the game does.
  const loaded = await loadLevelWithStory({ mapPath: 'tests/fixtures/maps/story-yard.tmj', readFile: (path) => Promise.resolve(readFileSync(path)) });
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message).join('\n'));
  const latch = new InputLatch();
  let now = 0;
  const session = new LevelSession({
    level: loaded.value,
    seed: 3,
    input: latch,
    presses: latch,
    timeSource: { now: () => now },
    scenes: loaded.director,
  });
  const { world } = session;
  latch.followScene(() => (world.scene === null ? null : world.scene.display.choices.length));
  const frame = (): number => {
    now += FRAME;
    return session.frame(FRAME);
  };
  return { session, latch, frame };
}

/** Sneaks Mira right (silent: Mum would hear her walk) until her feet pass `x` pixels. */
function walkRightTo(options: { session: LevelSession; latch: InputLatch; frame: () => number; x: number }): void {
  const { session, latch, frame } = options;
  latch.keyDown('SHIFT');
  latch.keyDown('RIGHT');
  for (let guard = 0; guard < 600 && session.world.mira.x < options.x * 16; guard += 1) frame();
  latch.keyUp('RIGHT');
  latch.keyUp('SHIFT');
  frame();
}

describe('InputLatch in a scene', () => {
  it('turns Interact into the next line: a held E (repeats, a pad X held on) shows one line, not several', async () => {
    const story = await storyYard();
    const { session, latch, frame } = story;
    walkRightTo({ ...story, x: 134 });
    latch.keyDown('E');
    frame();
    expect(session.world.scene?.display.line?.text).toBe('Mira? It is past midnight, love.');
    const tick = session.world.tick;
    latch.keyUp('E');
    latch.keyDown('ONE');
    frame();
    latch.keyUp('ONE');
    // Not offered yet: a number key before the choices is no choice.
    expect(session.record.choices).toEqual([]);
    latch.keyDown('E');
    frame();
    latch.keyUp('E');
    latch.keyDown('ONE');
    frame();
    expect(session.world.scene?.display.line?.text).toBe("I can't sleep. Not in the pod.");
    for (let index = 0; index < 30; index += 1) {
      latch.keyDown('E');
      latch.setPad(new Set(['x']));
      frame();
    }
    // One press, one line: held on, it would have closed the scene (two more lines would have been read).
    expect(session.world.scene?.display.line?.text).toBe('Then go on. Five minutes of real stars, and back to bed.');
    // The world held still all along: no tick ran while the scene was open.
    expect(session.world.tick).toBe(tick);
  });

  it('takes a choice by its number key, by the arrows and Interact, or by a click; skip runs on to the end', async () => {
    for (const how of ['number', 'arrows', 'click'] as const) {
      const story = await storyYard();
      const { session, latch, frame } = story;
      walkRightTo({ ...story, x: 134 });
      latch.keyDown('E');
      frame();
      latch.keyUp('E');
      latch.keyDown('SPACE');
      frame();
      latch.keyUp('SPACE');
      expect(session.world.scene?.display.choices).toEqual(["I can't sleep.", 'Just getting water.']);
      if (how === 'number') latch.keyDown('TWO');
      if (how === 'click') latch.pressChoice(1);
      if (how === 'arrows') {
        latch.keyDown('DOWN');
        frame();
        expect(latch.choiceFocus).toBe(1);
        latch.keyDown('E');
      }
      frame();
      expect(session.world.scene?.display.line?.text, how).toBe('Just getting water.');
      expect(session.record.choices).toEqual([{ tick: session.world.tick, option: 1 }]);
      expect(latch.choiceFocus).toBe(0);
      latch.keyDown('TAB');
      frame();
      expect(session.world.scene).toBeNull();
      expect(session.world.flags.door_ok).toBe(0);
    }
  });

  it('keeps presses from play out of a later scene: Tab, a number or an arrow pressed in play do nothing there', async () => {
    const story = await storyYard();
    const { session, latch, frame } = story;
    latch.keyDown('TAB');
    latch.keyDown('ONE');
    expect(latch.sample()).toMatchObject({ skip: false, choice: -1 });
    walkRightTo({ ...story, x: 134 });
    latch.keyDown('E');
    frame();
    expect(session.record.inputs.every((input) => !input.skip && input.choice === -1)).toBe(true);
    expect(session.world.scene?.display.line?.text).toBe('Mira? It is past midnight, love.');
  });

  it('plays the story yard through: the first answer sets door_ok, and then Interact opens the hall door it locked', async () => {
    const story = await storyYard();
    const { session, latch, frame } = story;
    const press = (key: 'E' | 'ONE'): void => {
      latch.keyDown(key);
      frame();
      latch.keyUp(key);
    };
    walkRightTo({ ...story, x: 134 });
    const door = (): boolean => session.world.doors[0]!.open;
    press('E');
    press('E');
    press('ONE');
    expect(session.world.flags.door_ok).toBe(1);
    press('E');
    press('E');
    expect(session.world.scene).toBeNull();
    expect(door()).toBe(false);
    press('E');
    frame();
    expect(door()).toBe(true);
  });

  it('says "locked" at the door while door_ok does not hold: Interact there is a locked event', async () => {
    const story = await storyYard();
    const { session, latch, frame } = story;
    walkRightTo({ ...story, x: 134 });
    latch.keyDown('E');
    frame();
    latch.keyUp('E');
    latch.keyDown('TAB');
    frame();
    latch.keyUp('TAB');
    latch.keyDown('TWO');
    frame();
    latch.keyDown('TAB');
    expect(session.tick()).toContainEqual({ type: 'scene-closed', knot: 'elena_awake' });
    latch.keyDown('E');
    expect(session.tick()).toContainEqual({ type: 'locked', what: 'door', id: 4 });
  });
});
