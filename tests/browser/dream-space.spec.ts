// The analog dream space in the built game: its first frame (Leo asleep by the fire, the star wall, the
// ring), Leo's conversation opened with E beside him, and its golden run ending at the same tick with the
// same world as in Node, with a look at the star wall opened by the dream on the way.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { decodeReplay } from '../../src/run/replay.ts';
import { runReplay } from '../../src/run/verify-replay.ts';
import type { InputFrame } from '../../src/sim/index.ts';
import { loadMapFromDisk } from '../../tools/read-capped-file.ts';
import { distinctColours, openChapter, stepFrames } from './hook.ts';

const SHOTS = 'test-results/screenshots';

async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await stepFrames(page, 1);
}

test('?chapter=dream-space shows its first frame: the hall, Leo by the fire, five children asleep', async ({ page }) => {
  const errors = await openChapter(page, 'dream-space');
  expect(await page.evaluate(() => window.__analogDreams!.webgl())).toBe(true);
  expect(await page.evaluate(() => window.__analogDreams!.chapter())).toBe('dream-space');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.seed)).toBe(13);
  const children = await page.evaluate(() => window.__analogDreams!.world()!.children.map((child) => `${child.name}:${child.look}:${child.mode}`));
  expect(children).toEqual(['Leo:4:asleep', 'Tomas:0:asleep', 'Pip:1:asleep', 'Ayla:2:asleep', 'Juno:3:asleep']);
  await stepFrames(page, 2);
  const shot = await page.locator('#game').screenshot({ path: `${SHOTS}/dream-space-first-frame.png` });
  expect(distinctColours(shot)).toBeGreaterThan(16);
  expect(errors).toEqual([]);
});

/** The golden run's inputs up to the one that opens Leo's conversation (counted in Node), that one left out. */
async function walkToLeo(): Promise<InputFrame[]> {
  const decoded = decodeReplay(readFileSync('tests/golden/dream-space.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const { level, scenes } = await loadMapFromDisk('maps/dream-space.tmj');
  let played = 0;
  let opensLeo = -1;
  runReplay(level, decoded.value, { scenes, listener: { afterTick: (_world, events) => {
    played += 1;
    if (opensLeo === -1 && events.some((event) => event.type === 'scene-opened' && event.knot === 'leo')) opensLeo = played;
  } } });
  if (opensLeo === -1) throw new Error('the golden dream-space run no longer talks to Leo');
  return decoded.value.inputs.slice(0, opensLeo - 1);
}

test('E beside Leo opens his conversation over the held world', async ({ page }) => {
  const errors = await openChapter(page, 'dream-space');
  // Walked there through the rules, as the golden run goes (no position written into the world), then
  // the keys take over beside him.
  const frames = await walkToLeo();
  await page.evaluate((inputs) => {
    window.__analogDreams!.playReplay(inputs);
    window.__analogDreams!.useKeys();
  }, frames);
  await stepFrames(page, 2);
  expect(await page.evaluate(() => window.__analogDreams!.screenText())).toContain('E: talk to Leo');
  await press(page, 'e');
  expect(await page.evaluate(() => window.__analogDreams!.world()!.scene?.knot)).toBe('leo');
  await press(page, 'e');
  await stepFrames(page, 90);
  // The scene opens on a line of narration (no speaker), typed out by now; E moves on to Leo, waking.
  const opening = await page.evaluate(() => window.__analogDreams!.dialogue());
  expect(opening).toMatchObject({ speaker: '', text: expect.stringContaining('yellow raincoat') as unknown as string });
  expect(opening!.revealed).toBe(opening!.text.length);
  await press(page, 'e');
  await stepFrames(page, 90);
  expect(await page.evaluate(() => window.__analogDreams!.dialogue())).toMatchObject({ speaker: 'Leo' });
  await page.locator('#game').screenshot({ path: `${SHOTS}/dream-space-leo.png` });
  expect(errors).toEqual([]);
});

test('the golden run ends at the same tick with the same hash as in Node, through the star wall the dream opened', async ({ page }) => {
  const decoded = decodeReplay(readFileSync('tests/golden/dream-space.replay.json', 'utf8'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const replay = decoded.value;
  const errors = await openChapter(page, 'dream-space');
  // Stopped a few ticks before the finish: Mira is on her way through the open star wall.
  const before = await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), replay.inputs.slice(0, -14));
  expect(before.finishTick).toBeNull();
  expect(await page.evaluate(() => window.__analogDreams!.world()!.dream.stage)).toBe('dreaming');
  await page.locator('#game').screenshot({ path: `${SHOTS}/dream-space-star-wall-open.png` });

  const result = await page.evaluate((frames) => window.__analogDreams!.playReplay(frames), [...replay.inputs]);
  expect(result.finishTick).toBe(replay.finishTick);
  expect(result.hash).toBe(replay.finalHash);
  // Not only the end: the same world after every 60th input on the way, as Node's verifier hashes it.
  const { level, scenes } = await loadMapFromDisk('maps/dream-space.tmj');
  const inNode = runReplay(level, replay, { scenes }).checkpoints;
  expect(result.checkpoints).toEqual(inNode);
  expect(errors).toEqual([]);
});
