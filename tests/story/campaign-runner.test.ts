// The campaign in Node: two fixture level chapters and a scene chapter played in a row through the runner,
// with scripted inputs. The first chapter's Trigger sets gate_key and Mira wakes Leo and brings him out;
// the second's Exit needs gate_key, and its Leo sleeps where its map draws him (a level's children start
// asleep, in the campaign as alone); the aftermath is only a scene with a choice.
import { describe, expect, it } from 'vitest';
import { loadSave, updateSave, SAVE_BACKUP_PREFIX, SAVE_KEY } from '../../src/platform/save-storage.ts';
import { ReplayInput, type InputSource } from '../../src/run/input-source.ts';
import { RULES_VERSION, hashWorld, NO_INPUT, type InputFrame, type SceneDirector, type SceneDisplay, type World } from '../../src/sim/index.ts';
import { CampaignRunner } from '../../src/story/campaign-runner.ts';
import { campaignInputs, type CampaignProgress, type LoadChapter } from '../../src/story/campaign-types.ts';
import { chapterLoader } from '../../src/story/chapter-loader.ts';
import type { ChapterRow } from '../../src/story/chapters.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import { RIGHT, input } from '../scenario/input-script.ts';
import { scriptedDirector, type ScriptedKnot } from '../scenario/scripted-director.ts';
import { memoryBackend } from '../unit/memory-save-backend.ts';

const ROWS: readonly ChapterRow[] = [
  {
    kind: 'level', key: 'first-steps', mapPath: 'tests/fixtures/maps/campaign/first-steps.tmj', seed: 3, title: 'First steps',
    finishBanner: 'Out', intro: 'first_intro', outro: null, next: 'second-steps',
  },
  {
    kind: 'level', key: 'second-steps', mapPath: 'tests/fixtures/maps/campaign/second-steps.tmj', seed: 4, title: 'Second steps',
    finishBanner: 'Out again', intro: null, outro: 'second_outro', next: 'aftermath',
  },
  { kind: 'scene', key: 'aftermath', storyPath: 'tests/fixtures/maps/campaign/campaign.ink', knot: 'aftermath', seed: 5, title: 'Aftermath', next: null },
];

/** The chapters' story (campaign.ink) as a scripted director says it: to show the runner plays any SceneDirector. */
const KNOTS: Readonly<Record<string, ScriptedKnot>> = {
  first_intro: { lines: ['Mira: Tonight.', 'Mira: Quietly.'] },
  second_outro: { lines: ['Leo: We made it.'] },
  aftermath: {
    lines: ['Elena: Where were you?'],
    choices: [{ text: 'The truth', sets: { told_truth: 1 } }, { text: 'Nowhere', sets: { told_truth: 0 } }],
  },
};

/** Loads the fixture chapters from disk as the game loads a chapter: the one map loader, their ink compiled by inkjs. */
function fixtureLoader(): LoadChapter {
  return chapterLoader({ readFile: readFromDisk });
}

/** The same files, but every scene played by `director`. */
function scriptedLoader(director: SceneDirector): LoadChapter {
  const load = fixtureLoader();
  return async (row) => {
    const loaded = await load(row);
    return loaded.ok ? { ok: true, value: { ...loaded.value, director } } : loaded;
  };
}

/** The player's hands: the test sets what is held, and every step samples it. */
class SteeredInput implements InputSource {
  held: InputFrame = NO_INPUT;
  sample(): InputFrame {
    return this.held;
  }
  reset(): void {}
}

const INTERACT = input({ interact: true });
const TIME = { now: () => 0 };

function runnerWith(source: InputSource): CampaignRunner {
  return new CampaignRunner({ chapters: ROWS, loadChapter: fixtureLoader(), input: source, timeSource: TIME });
}

function world(runner: CampaignRunner): World {
  const { phase } = runner;
  if (phase.kind !== 'level') throw new Error(`no level is being played (${phase.kind})`);
  return phase.session.world;
}

/** What the scene being played shows; null outside a scene. */
function sceneDisplay(runner: CampaignRunner): SceneDisplay | null {
  return runner.phase.kind === 'scene' ? runner.phase.scene.display : null;
}

/** The player at the keys: what is held goes into every step the runner takes. */
class Player {
  private readonly steered = new SteeredInput();
  readonly runner: CampaignRunner;

  constructor() {
    this.runner = runnerWith(this.steered);
  }

  /** Steps with `frame` held, `count` times. */
  hold(frame: InputFrame, count = 1): void {
    this.steered.held = frame;
    for (let step = 0; step < count; step += 1) this.runner.tick();
    this.steered.held = NO_INPUT;
  }

  /** Walks right until the level is over (or 600 ticks pass). */
  walkOut(): void {
    this.steered.held = RIGHT;
    for (let step = 0; step < 600 && this.runner.phase.kind === 'level'; step += 1) this.runner.tick();
    this.steered.held = NO_INPUT;
  }

  /** The first chapter, scripted: read the intro, walk right, wake Leo as she passes him, walk out through the Trigger. */
  playFirstChapter(): void {
    expect(this.runner.phase).toMatchObject({ kind: 'scene', part: 'intro' });
    this.hold(INTERACT, 2);
    this.hold(RIGHT, 40);
    this.hold(input({ moveX: 1, interact: true }));
    this.walkOut();
  }
}

async function playWholeCampaign(): Promise<{ runner: CampaignRunner; worlds: string[] }> {
  const player = new Player();
  const { runner } = player;
  const worlds: string[] = [];
  expect(await runner.begin('first-steps')).toBeNull();
  player.playFirstChapter();
  expect(runner.phase).toMatchObject({ kind: 'chapter-end' });
  expect(await runner.advance()).toBeNull();
  expect(world(runner).children.map((child) => [child.name, child.mode])).toEqual([['Leo', 'asleep']]);
  expect(world(runner).flags).toMatchObject({ gate_key: 1, leo_out: 1, children_out: 1 });
  const second = world(runner);
  player.walkOut();
  worlds.push(hashWorld(second));
  expect(runner.phase).toMatchObject({ kind: 'scene', part: 'outro' });
  player.hold(INTERACT);
  expect(await runner.advance()).toBeNull();
  expect(sceneDisplay(runner)?.line?.text).toBe('Where were you?');
  expect(sceneDisplay(runner)?.choices).toEqual(['The truth', 'Nowhere']);
  player.hold(input({ choice: 0 }));
  player.hold(INTERACT);
  return { runner, worlds };
}

describe('the campaign runner', () => {
  it('plays two level chapters and a scene chapter in a row, handing on the flags and who came out of the last level, and sums the times', async () => {
    const { runner } = await playWholeCampaign();
    expect(runner.phase).toEqual({ kind: 'finished' });
    const chapters = runner.record.chapters;
    expect(chapters.map((chapter) => [chapter.chapter, chapter.ticks])).toEqual([['first-steps', 93], ['second-steps', 93], ['aftermath', 0]]);
    // The second chapter's Leo was left asleep: its exit counts nobody out, over the first chapter's count.
    expect(runner.progress).toMatchObject({ chapter: null, ticks: 186, realMilliseconds: 0, carried: { followers: [], flags: { gate_key: 1, told_truth: 1, leo_out: 0, children_out: 0 } } });
    // Each chapter is recorded under its run identity: key, map hash, rules version.
    expect(chapters[0]!.identity).toMatch(new RegExp(`^first-steps/[0-9a-f]{8}/r${RULES_VERSION}$`));
    expect(chapters[2]!.identity).toMatch(new RegExp(`^aftermath/[0-9a-f]{8}/r${RULES_VERSION}$`));
    // The scene outside the level took its choice at the tick it stands at (0: no level).
    expect(chapters[2]!.parts).toEqual([{ kind: 'scene', part: 'chapter', record: { knot: 'aftermath', inputs: [input({ choice: 0 }), INTERACT], choices: [{ tick: 0, option: 0 }] } }]);
  });

  it('plays the same run again from its record: every level, scene and choice, to the same hashes and times', async () => {
    const { runner, worlds } = await playWholeCampaign();
    const replay = new ReplayInput(campaignInputs(runner.record));
    const again = runnerWith(replay);
    expect(await again.begin(runner.record.from)).toBeNull();
    const replayed: string[] = [];
    for (let step = 0; step < 1000 && again.phase.kind !== 'finished'; step += 1) {
      if (again.phase.kind === 'chapter-end') expect(await again.advance()).toBeNull();
      const session = again.phase.kind === 'level' ? again.phase.session : null;
      const key = again.chapter?.key;
      again.tick();
      if (session?.finished === true && key === 'second-steps') replayed.push(hashWorld(session.world));
    }
    expect(replay.finished).toBe(true);
    expect(replayed).toEqual(worlds);
    expect(again.record).toEqual(runner.record);
  });

  it('saves progress after the first chapter, and a fresh runner resumes from it with the flags and who came out', async () => {
    const player = new Player();
    const { runner } = player;
    await runner.begin('first-steps');
    player.playFirstChapter();
    const storage = memoryBackend();
    const progress = runner.progress;
    expect(updateSave((save) => ({ ...save, progress }), storage).written).toEqual({ ok: true });

    const loaded = loadSave(storage);
    expect(loaded.notice).toBeNull();
    expect(loaded.save.progress).toEqual({ chapter: 'second-steps', carried: { flags: { gate_key: 1, told_truth: 0, leo_out: 1, children_out: 1 }, followers: ['Leo'] }, ticks: 93, realMilliseconds: 0 });
    const next = new Player();
    const resumed = next.runner;
    expect(await resumed.begin(loaded.save.progress!)).toBeNull();
    expect(resumed.chapter?.key).toBe('second-steps');
    expect(world(resumed).children.map((child) => child.mode)).toEqual(['asleep']);
    next.walkOut();
    next.hold(INTERACT);
    // The chapters' times sum across the save: 93 before it, 93 after.
    expect(resumed.progress).toMatchObject({ chapter: 'aftermath', ticks: 186 });
  });

  it('keeps the second chapter\'s exit shut without the flag the first one hands on', async () => {
    const player = new Player();
    const { runner } = player;
    const fresh: CampaignProgress = { chapter: 'second-steps', carried: { flags: {}, followers: [] }, ticks: 0, realMilliseconds: 0 };
    await runner.begin(fresh);
    player.hold(RIGHT, 300);
    expect(runner.phase.kind).toBe('level');
    expect(world(runner).status).toBe('playing');
    expect(world(runner).children.map((child) => child.mode)).toEqual(['asleep']);
  });

  it('a corrupt save is kept aside and reported, and the campaign starts clean', async () => {
    const storage = memoryBackend();
    storage.values.set(SAVE_KEY, '{"format":"analog-dreams-save","version":1,"progress":{"chap');
    const loaded = loadSave(storage);
    expect(loaded.save.progress).toBeNull();
    expect(loaded.notice).toMatch(/^Saved progress could not be read \(not JSON: .*\)\. It was kept as "analog-dreams\/save-backup\/1" and the game starts fresh\.$/);
    expect(storage.values.get(`${SAVE_BACKUP_PREFIX}1`)).toBe('{"format":"analog-dreams-save","version":1,"progress":{"chap');
    const { runner } = new Player();
    expect(await runner.begin(loaded.save.progress ?? 'first-steps')).toBeNull();
    expect(runner.chapter?.key).toBe('first-steps');
  });

  it('refuses a bad chapter with a problem that names the row, and never throws', async () => {
    const steered = new SteeredInput();
    const missingKnot = ROWS.map((row) => (row.key === 'first-steps' ? { ...row, intro: 'no_such_knot' } : row));
    const runner = new CampaignRunner({ chapters: missingKnot, loadChapter: fixtureLoader(), input: steered, timeSource: TIME });
    const problem = await runner.begin('first-steps');
    expect(problem).toMatchObject({ place: 'src/story/chapters.ts, chapter "first-steps"', message: 'its story has no knot "no_such_knot"' });
    expect(runner.phase).toEqual({ kind: 'failed', problem });

    const throwing = new CampaignRunner({ chapters: ROWS, loadChapter: () => Promise.reject(new Error('disk on fire')), input: steered, timeSource: TIME });
    expect(await throwing.begin('first-steps')).toMatchObject({ message: 'it could not be loaded: disk on fire' });

    const broken = ROWS.map((row) => (row.key === 'second-steps' ? { ...row, next: 'nowhere' } : row));
    const chain = new CampaignRunner({ chapters: broken, loadChapter: fixtureLoader(), input: steered, timeSource: TIME });
    expect(await chain.begin('first-steps')).toMatchObject({ message: 'second-steps names chapter "nowhere", which is no row of src/story/chapters.ts' });

    const noMap = ROWS.map((row) => (row.kind === 'level' ? { ...row, mapPath: 'tests/fixtures/maps/campaign/missing.tmj' } : row));
    const lost = new CampaignRunner({ chapters: noMap, loadChapter: fixtureLoader(), input: steered, timeSource: TIME });
    expect(await lost.begin('first-steps')).toMatchObject({ place: expect.stringMatching(/^tests\/fixtures\/maps\/campaign\/missing\.tmj: /) as unknown });

    const noStory = ROWS.map((row) => (row.kind === 'scene' ? { ...row, storyPath: 'tests/fixtures/maps/campaign/missing.ink' } : row));
    const silent = new CampaignRunner({ chapters: noStory, loadChapter: fixtureLoader(), input: steered, timeSource: TIME });
    expect(await silent.begin('aftermath')).toMatchObject({ place: 'tests/fixtures/maps/campaign/missing.ink: file tests/fixtures/maps/campaign/missing.ink', message: expect.stringMatching(/^the story could not be read: /) as unknown });

    const uncompiled = { message: 'Expected a knot', file: 'tests/fixtures/maps/campaign/campaign.ink', line: 3, hint: 'Fix the ink.' };
    const badInk = chapterLoader({ readFile: readFromDisk, compile: () => Promise.resolve({ ok: false, problems: [uncompiled] }) });
    expect(await new CampaignRunner({ chapters: ROWS, loadChapter: badInk, input: steered, timeSource: TIME }).begin('first-steps'))
      .toEqual({ message: 'Expected a knot', place: 'tests/fixtures/maps/campaign/first-steps.tmj: tests/fixtures/maps/campaign/campaign.ink:3', hint: 'Fix the ink.' });

    const early = new Player().runner;
    await early.begin('first-steps');
    expect(await early.advance()).toMatchObject({ message: 'there is no next chapter to go on to (the campaign is scene)' });
    expect(early.phase).toMatchObject({ kind: 'scene', part: 'intro' });
  });

  it('plays any SceneDirector it is handed: a scripted one for the same story', async () => {
    const runner = new CampaignRunner({
      chapters: ROWS, loadChapter: scriptedLoader(scriptedDirector(KNOTS, { told_truth: 0 })), input: new ReplayInput([input({ choice: 0 }), INTERACT]), timeSource: TIME,
    });
    await runner.begin('aftermath');
    expect(sceneDisplay(runner)).toMatchObject({ line: { speaker: 'Elena', text: 'Where were you?' }, choices: ['The truth', 'Nowhere'] });
    runner.tick();
    runner.tick();
    expect(runner.phase).toEqual({ kind: 'finished' });
    expect(runner.progress?.carried.flags).toEqual({ told_truth: 1 });
    expect(runner.record.chapters).toMatchObject([{ chapter: 'aftermath', ticks: 0, parts: [{ kind: 'scene', part: 'chapter', record: { choices: [{ tick: 0, option: 0 }] } }] }]);
  });

  it('skips a scene outside a level in one step, to the same place reading it reaches', async () => {
    const skipping = new Player();
    await skipping.runner.begin('first-steps');
    skipping.hold(input({ skip: true }));
    const reading = new Player();
    await reading.runner.begin('first-steps');
    reading.hold(INTERACT);
    expect(sceneDisplay(reading.runner)).toMatchObject({ line: { text: 'Quietly.' }, done: true });
    reading.hold(INTERACT);
    for (const { runner } of [skipping, reading]) expect(runner.phase.kind).toBe('level');
    expect(hashWorld(world(skipping.runner))).toBe(hashWorld(world(reading.runner)));
    expect(skipping.runner.progress).toEqual(reading.runner.progress);
  });
});
