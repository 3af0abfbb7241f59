// The LiveSplit link over a real WebSocket: a test server (node:http's upgrade and the protocol's framing,
// RFC 6455, no dependency) stands in for LiveSplit's, and a tiny client over node:net stands in for the
// browser's WebSocket. A level played through the game's splitter sends setgametime with the exact
// in-game time before every split; a refused or dropped link leaves the run as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { LiveSplitLink, type LinkState } from '../../src/platform/livesplit-link.ts';
import { ChapterSplitter, chapterSegments } from '../../src/run/chapter-splits.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { ticksToLss } from '../../src/run/lss.ts';
import { emptySplitsRecord } from '../../src/run/splits.ts';
import type { InputFrame } from '../../src/sim/index.ts';
import { chapterByKey } from '../../src/story/chapters.ts';
import { TEST_CHAPTERS } from '../../src/story/test-chapters.ts';
import { loadLevelWithStory } from '../../src/story/level-story.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import { RIGHT, input } from '../scenario/input-script.ts';
import { nodeSocket, startServer, until } from './websocket-test-server.ts';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe('the LiveSplit link', () => {
  it('sends setgametime with the exact in-game time before every split of a played level', async () => {
    const { server, url, messages } = await startServer();
    cleanup = () => server.close();
    const link = new LiveSplitLink({ url, createSocket: nodeSocket });
    const states: LinkState[] = [];
    link.onStateChange = (state) => {
      states.push(state);
    };
    link.connect();
    await until(() => link.state === 'connected');

    const chapter = chapterByKey('test-first-steps', TEST_CHAPTERS)!;
    const loaded = await loadLevelWithStory({ mapPath: chapter.mapPath, readFile: readFromDisk });
    if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
    const steps: InputFrame[] = [...Array<InputFrame>(40).fill(RIGHT), input({ moveX: 1, interact: true })];
    let step = 0;
    const session = new LevelSession({ level: loaded.value, seed: chapter.seed, input: { sample: () => steps[step++] ?? RIGHT, reset: () => {} }, timeSource: { now: () => 0 }, scenes: loaded.director });
    const splitter = new ChapterSplitter(emptySplitsRecord({ category: chapter.key, identity: 'test-first-steps/0badf00d/r1', segments: chapterSegments(loaded.value, chapter.title) }), { realMilliseconds: () => 0 });
    const splitTicks: number[] = [];
    session.setListener({
      afterTick: (world, events) => {
        if (world.tick === 1) link.start();
        for (const index of splitter.afterTick(world, events)) {
          link.split(world.tick);
          splitTicks.push(index);
        }
      },
    });
    while (!session.finished && session.world.tick < 600) session.tick();
    const sent = 3 + 2 * splitTicks.length;
    await until(() => messages.length >= 1 + sent);

    const times = splitter.live.splits.map((time) => time!.ticks);
    expect(times).toHaveLength(2);
    expect(messages).toEqual([
      'alwayspausegametime',
      'reset',
      'starttimer',
      `setgametime ${ticksToLss(0)}`,
      `setgametime ${ticksToLss(times[0]!)}`,
      'split',
      `setgametime ${ticksToLss(times[1]!)}`,
      'split',
    ]);
    expect(times[1]).toBe(session.world.finishTick);
    expect(states).toEqual(['connecting', 'connected']);
    link.disconnect();
    expect(link.state).toBe('off');
  });

  it('says when the link drops and sends nothing after, the game\'s calls going on as before', async () => {
    const { server, url, messages, closeClients } = await startServer();
    cleanup = () => server.close();
    const link = new LiveSplitLink({ url, createSocket: nodeSocket });
    link.connect();
    await until(() => messages.length === 1);
    closeClients();
    await until(() => link.state === 'dropped');
    expect(() => {
      link.split(100);
      link.pauseForScene();
      link.reset();
    }).not.toThrow();
    expect(messages).toEqual(['alwayspausegametime']);
  });

  it('fails quietly when nothing listens, and when the socket cannot even be made', async () => {
    const { server, url } = await startServer();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
    const refused = new LiveSplitLink({ url, createSocket: nodeSocket });
    refused.connect();
    await until(() => refused.state === 'failed');
    refused.split(60);
    const broken = new LiveSplitLink({ createSocket: () => {
      throw new Error('blocked by the page');
    } });
    broken.connect();
    expect(broken.state).toBe('failed');
  });
});
