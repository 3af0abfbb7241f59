// The aftermath (maps/aftermath.ink) played by the campaign runner as the last chapter: what the chapters
// before carried shows in its words, and the catches the runner counted are told as times_caught.
import { describe, expect, it } from 'vitest';
import { NO_INPUT, type InputFrame } from '../../src/sim/index.ts';
import type { InputSource } from '../../src/run/input-source.ts';
import { CampaignRunner } from '../../src/story/campaign-runner.ts';
import type { CampaignProgress, LoadChapter } from '../../src/story/campaign-types.ts';
import { chapterLoader } from '../../src/story/chapter-loader.ts';
import { CHAPTERS, type ChapterRow } from '../../src/story/chapters.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import { DOWN, RIGHT, input } from '../scenario/input-script.ts';
import { levelFromAscii } from '../scenario/level-builder.ts';

const AFTERMATH = CHAPTERS.find((row) => row.key === 'aftermath')!;
const INTERACT = input({ interact: true });

class SteeredInput implements InputSource {
  held: InputFrame = NO_INPUT;
  sample(): InputFrame {
    return this.held;
  }
  reset(): void {}
}

/** Reads the aftermath to its end, one press a line, taking `choice` at its one choice; returns every line and the choices offered. */
function readThrough(runner: CampaignRunner, steered: SteeredInput, choice: number): { lines: string[]; choices: string[] } {
  const lines: string[] = [];
  let choices: string[] = [];
  for (let step = 0; step < 200 && runner.phase.kind === 'scene'; step += 1) {
    const { display } = runner.phase.scene;
    const line = display.line === null ? '' : `${display.line.speaker === '' ? '' : `${display.line.speaker}: `}${display.line.text}`;
    if (line !== '' && lines.at(-1) !== line) lines.push(line);
    if (display.choices.length > 0) choices = [...display.choices];
    steered.held = display.choices.length > 0 ? input({ choice }) : INTERACT;
    runner.tick();
  }
  return { lines, choices };
}

function progressWith(flags: Record<string, number>): CampaignProgress {
  return { chapter: 'aftermath', carried: { flags, followers: [] }, ticks: 0, realMilliseconds: 0 };
}

describe('the aftermath', () => {
  it('tells what the player chose and did: the stories told, who came out of the night escape, Niko\'s help, the dream, the drawing', async () => {
    const steered = new SteeredInput();
    const runner = new CampaignRunner({ chapters: [AFTERMATH], loadChapter: chapterLoader({ readFile: readFromDisk }), input: steered, timeSource: { now: () => 0 } });
    // Pip joined in the dream space but was not brought out of the night escape: only who came out is told.
    const carried = { leo_story: 2, leo_out: 1, mira_story: 1, pip_joined: 1, tomas_out: 1, ayla_out: 1, children_out: 2, niko_helped: 1, dream_merged: 1, stars_drawing_found: 1, storybook_found: 1, fragments: 3 };
    expect(await runner.begin(progressWith(carried))).toBeNull();
    const { lines, choices } = readThrough(runner, steered, 1);
    const text = lines.join('\n');
    expect(choices).toEqual(['Tell the bear who counts the stars again', 'Tell Leo\'s story, his gran\'s torch and the forty-one stars', 'Read from the old storybook', 'Make one up']);
    expect(text).toContain('Vines still curled round the lamp posts');
    expect(text).toContain('Niko: Worth it.');
    expect(text).toContain('He had told his whole street about his gran\'s torch and the forty-one stars.');
    // Leo climbed the old stair with her out of the dream space.
    expect(text).toContain('Leo: I was right behind you up the old stair.');
    expect(text).toContain('Mira: Tomas and Ayla made it up the hill with me.');
    expect(text).toContain('Tomas walked at the back the whole way');
    expect(text).toContain('Ayla named every star on the hill');
    expect(text).not.toContain('Pip');
    expect(text).toContain('under Niko\'s old drawing of stars');
    expect(text).toContain('The old things you brought back from the passage');
    expect(text).toContain('Mira: This one is Leo\'s.');
    expect(text).toContain('never laid a hand on you');
    expect(runner.phase.kind).toBe('finished');
    expect(runner.progress?.carried.flags).toMatchObject({ bedtime_story: 2, leo_story: 2 });
  });

  it('tells another night for other choices: no dream, Niko only watched, everyone came out, no stories to retell', async () => {
    const steered = new SteeredInput();
    const runner = new CampaignRunner({ chapters: [AFTERMATH], loadChapter: chapterLoader({ readFile: readFromDisk }), input: steered, timeSource: { now: () => 0 } });
    expect(await runner.begin(progressWith({ tomas_out: 1, pip_out: 1, ayla_out: 1, juno_out: 1, children_out: 4 }))).toBeNull();
    const { lines, choices } = readThrough(runner, steered, 0);
    const text = lines.join('\n');
    expect(choices).toEqual(['Make one up']);
    expect(text).toContain('The town looked the same as always.');
    expect(text).toContain('Niko: Next time I\'m not watching.');
    // Leo was told to wait in the dream space and left behind at its exit.
    expect(text).toContain('Leo: You left me by the fire and went up the old stair alone.');
    expect(text).toContain('Tomas, Pip, Ayla and Juno all made it to the Hill gate with me.');
    expect(text).toContain('Pip lost a slipper in the star river.');
    expect(text).toContain('Juno held her breath past every Enforcer.');
    expect(text).not.toContain('drawing of stars');
    expect(text).toContain('Niko: I think I know how that one ends.');
  });

  it('counts the catches of the levels before and tells them as times_caught', async () => {
    // A watcher down the bottom corridor: the first walk goes down into its cone and is caught, the second
    // keeps to the top corridor, out of its sight, to the exit.
    const { level } = levelFromAscii(['##########', '#S......X#', '#######..#', '#........#', '##########'], {
      enforcers: [{ id: 4, start: [1, 3], routeMode: 'stationary', facing: 0, sightRange: 160, sightAngle: 60 }],
    });
    const caughtRow: ChapterRow = { kind: 'level', key: 'caught-once', mapPath: '', seed: 1, title: 'Caught once', finishBanner: 'Out', intro: null, outro: null, next: 'aftermath' };
    const fromDisk = chapterLoader({ readFile: readFromDisk });
    const loadChapter: LoadChapter = (row) => (row.kind === 'level' ? Promise.resolve({ ok: true, value: { level, mapHash: 'caught-once', director: null } }) : fromDisk(row));
    const steered = new SteeredInput();
    const runner = new CampaignRunner({ chapters: [caughtRow, AFTERMATH], loadChapter, input: steered, timeSource: { now: () => 0 } });
    expect(await runner.begin('caught-once')).toBeNull();
    const centre = (tile: number): number => tile * 256 + 128;
    for (let tick = 0; tick < 3000 && runner.phase.kind === 'level'; tick += 1) {
      const { world } = runner.phase.session;
      steered.held = world.catches > 0 || world.mira.x < centre(7) ? RIGHT : DOWN;
      runner.tick();
    }
    expect(runner.phase.kind).toBe('chapter-end');
    expect(runner.timesCaught).toBe(1);
    expect(await runner.advance()).toBeNull();
    const { lines } = readThrough(runner, steered, 0);
    expect(lines.join('\n')).toContain('Sam: Their report says they caught you once');
    // The count is the campaign's own: it is not handed on as a story flag.
    expect(runner.progress?.carried.flags).not.toHaveProperty('times_caught');
  });
});
