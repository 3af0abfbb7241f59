// The story in the built game: the story yard (tests/fixtures/maps/story-yard.tmj) and its ink story
// (story-yard.ink, compiled by the game as it loads the map) played by keys. Mum's talk opens the dialogue
// box over the held world, the first answer (taken with its number key) sets door_ok, and the hall door
// that needs it opens.
import { expect, test, type Page } from '@playwright/test';
import { NO_INPUT, type InputFrame } from '../../src/sim/index.ts';
import { distinctColours, miraPosition, openChapter, stepFrames } from './hook.ts';

/** Where Mira stands beside Mum and in front of the hall door, sub-pixels (x). */
const BESIDE_MUM_X = 134 * 16;
/** Inside the hallway's Checkpoint (x 160 to 192), sub-pixels. */
const HALLWAY_X = 168 * 16;

async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await stepFrames(page, 1);
}

test('a talk opens the dialogue box over a world that holds still; a choice by its key unlocks the hall door', async ({ page }) => {
  const errors = await openChapter(page, 'test-story');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.scenes !== null)).toBe(true);
  expect(await page.evaluate(() => window.__analogDreams!.webgl())).toBe(true);

  // Sneak (Mum would hear a walk) to her side, in front of the hall door.
  await page.keyboard.down('Shift');
  await page.keyboard.down('ArrowRight');
  for (let guard = 0; guard < 100 && (await miraPosition(page)).x < BESIDE_MUM_X; guard += 1) await stepFrames(page, 4);
  await page.keyboard.up('ArrowRight');
  await page.keyboard.up('Shift');
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.screenText())).toContain('E: talk to Mum');
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/story-talk-prompt.png' });

  await press(page, 'e');
  const opened = await page.evaluate(() => ({ tick: window.__analogDreams!.world()!.tick, knot: window.__analogDreams!.world()!.scene?.knot }));
  expect(opened.knot).toBe('elena_awake');
  await stepFrames(page, 60);
  // The world holds still while the scene is open: not one tick in a second of frames.
  expect(await page.evaluate(() => window.__analogDreams!.world()!.tick)).toBe(opened.tick);
  const first = await page.evaluate(() => window.__analogDreams!.dialogue());
  expect(first).toMatchObject({ speaker: 'Elena', text: 'Mira? It is past midnight, love.', choices: [] });
  // Only Mum has spoken: nobody listens yet.
  expect(first!.listener).toBeNull();
  expect(first!.revealed).toBe(first!.text.length);
  const text = await page.evaluate(() => window.__analogDreams!.screenText());
  expect(text).toContain('Elena');
  expect(text.some((line) => line.includes('E / Space: next') && line.includes('Tab: skip'))).toBe(true);
  // The interact prompt over Mira gives way to the box.
  expect(text).not.toContain('E: talk to Mum');
  const shot = await page.locator('#game').screenshot({ path: 'test-results/screenshots/story-dialogue.png' });
  expect(distinctColours(shot)).toBeGreaterThan(16);

  await press(page, 'e');
  // The typewriter starts the new line: part of it is out after a few frames, all of it later.
  await stepFrames(page, 3);
  const writing = await page.evaluate(() => window.__analogDreams!.dialogue());
  expect(writing!.revealed).toBeGreaterThan(0);
  expect(writing!.revealed).toBeLessThan(writing!.text.length);
  await stepFrames(page, 60);
  expect(await page.evaluate(() => window.__analogDreams!.dialogue())).toMatchObject({ choices: ["I can't sleep.", 'Just getting water.'], focus: 0 });
  expect(await page.evaluate(() => window.__analogDreams!.screenText())).toContain(' ▸ 1. I can\'t sleep.');
  await page.keyboard.press('ArrowDown');
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.dialogue()!.focus)).toBe(1);
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/story-choices.png' });

  // The number key takes its choice whatever the focus.
  await press(page, '1');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.flags.door_ok)).toBe(1);
  expect(await page.evaluate(() => window.__analogDreams!.dialogue()!.speaker)).toBe('Mira');
  // A press while a line types out shows it whole (the rules never see it); the next goes on.
  await stepFrames(page, 2);
  await press(page, 'e');
  // Both people of the conversation are on screen: Mira speaking, Mum listening (dimmed) with her last face.
  expect(await page.evaluate(() => window.__analogDreams!.dialogue())).toMatchObject({ speaker: 'Mira', portrait: 'portrait-mira-calm', listener: expect.stringMatching(/^portrait-elena-/) });
  // The choices' focus bar went with them.
  expect(await page.evaluate(() => window.__analogDreams!.dialogue()!.focus)).toBe(-1);
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/story-two-portraits.png' });
  expect(await page.evaluate(() => window.__analogDreams!.dialogue()!.revealed)).toBe(await page.evaluate(() => window.__analogDreams!.dialogue()!.text.length));
  await press(page, 'e');
  // Mum's last words: the next press closes the scene, and the box says so.
  expect(await page.evaluate(() => window.__analogDreams!.dialogue()!.text)).toBe('Then go on. Five minutes of real stars, and back to bed.');
  expect(await page.evaluate(() => window.__analogDreams!.screenText())).toContain('E / Space: close      (pad: X / A)');
  await stepFrames(page, 90);
  await press(page, 'e');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.scene)).toBeNull();
  expect(await page.evaluate(() => window.__analogDreams!.dialogue())).toBeNull();
  // The scene closed at the tick it opened at; the next frame ticks again.
  expect(await page.evaluate(() => window.__analogDreams!.world()!.tick)).toBe(opened.tick);
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.tick)).toBe(opened.tick + 1);

  // Talked to once, Interact here is the door's now: it opens, its flag holding.
  await press(page, 'e');
  await stepFrames(page, 2);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.doors[0]!.open)).toBe(true);
  expect(await page.evaluate(() => window.__analogDreams!.drawnTile('walls', 9, 4))).toBe(0);
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/story-door-open.png' });

  // Through the door into the hallway: its checkpoint's name shows for a moment.
  await page.keyboard.down('Shift');
  await page.keyboard.down('ArrowRight');
  for (let guard = 0; guard < 100 && (await miraPosition(page)).x < HALLWAY_X; guard += 1) await stepFrames(page, 4);
  await page.keyboard.up('ArrowRight');
  await page.keyboard.up('Shift');
  await stepFrames(page, 1);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.checkpoint)).toBe(0);
  expect(await page.evaluate(() => window.__analogDreams!.screenText())).toContain('✦ Hallway');
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/story-checkpoint.png' });
  await stepFrames(page, 200);
  expect(await page.evaluate(() => window.__analogDreams!.screenText())).not.toContain('✦ Hallway');
  expect(errors).toEqual([]);
});

test('the other answer leaves the hall door locked: Interact there says so, on the door', async ({ page }) => {
  await openChapter(page, 'test-story');
  await page.keyboard.down('Shift');
  await page.keyboard.down('ArrowRight');
  for (let guard = 0; guard < 100 && (await miraPosition(page)).x < BESIDE_MUM_X; guard += 1) await stepFrames(page, 4);
  await page.keyboard.up('ArrowRight');
  await page.keyboard.up('Shift');
  await press(page, 'e');
  // Skip runs on to the choice; the second answer; skip again runs to the end and closes.
  await press(page, 'Tab');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.scene!.display.choices.length)).toBe(2);
  await press(page, '2');
  expect(await page.evaluate(() => window.__analogDreams!.dialogue()!.text)).toBe('Just getting water.');
  await stepFrames(page, 60);
  // A click on the box is the next line, as a key is.
  await page.locator('#game').click({ position: { x: 640, y: 630 } });
  await stepFrames(page, 2);
  expect(await page.evaluate(() => window.__analogDreams!.dialogue()!.text)).toBe('Quick, then. The hall door stays shut.');
  await press(page, 'Tab');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.scene)).toBeNull();
  expect(await page.evaluate(() => window.__analogDreams!.world()!.flags.door_ok)).toBe(0);
  await press(page, 'e');
  await stepFrames(page, 10);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.doors[0]!.open)).toBe(false);
  expect(await page.evaluate(() => window.__analogDreams!.screenText().filter((text) => text === 'locked').length)).toBe(2);
  await page.locator('#game').screenshot({ path: 'test-results/screenshots/story-locked.png' });
});

test('the family sending Mira back to bed counts on the HUD, though the Enforcers never caught her', async ({ page }) => {
  const errors = await openChapter(page, 'bedroom');
  // Out of bed onto her rug, then standing there (any scene skipped): Mum looks in and sends her back
  // (tick 1885 in Node, seed 11); back under the bed nobody sees her again.
  const frames: InputFrame[] = [
    ...Array<InputFrame>(40).fill({ ...NO_INPUT, moveY: 1 }),
    ...Array<InputFrame>(2100).fill({ ...NO_INPUT, skip: true }),
  ];
  await page.evaluate((inputs) => window.__analogDreams!.playReplay(inputs), frames);
  await stepFrames(page, 2);
  expect(await page.evaluate(() => window.__analogDreams!.world()!.catches), 'no Enforcer caught her').toBe(0);
  expect(await page.evaluate(() => window.__analogDreams!.screenText()), 'the HUD counts the trip back to bed').toContain('caught 1×');
  expect(errors).toEqual([]);
});
