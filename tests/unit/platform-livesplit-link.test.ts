// The LiveSplit link over a real WebSocket: a test server (node:http's upgrade and the protocol's framing,
// RFC 6455, no dependency) stands in for LiveSplit's, and a tiny client over node:net stands in for the
// browser's WebSocket. A level played through the game's splitter sends setgametime with the exact
// in-game time before every split; a refused or dropped link leaves the run as it was.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveSplitLink, type LinkSocket, type LinkState } from '../../src/platform/livesplit-link.ts';
import { ChapterSplitter, chapterSegments } from '../../src/run/chapter-splits.ts';
import { LevelSession } from '../../src/run/level-session.ts';
import { ticksToLss } from '../../src/run/lss.ts';
import { emptySplitsRecord } from '../../src/run/splits.ts';
import type { InputFrame } from '../../src/sim/index.ts';
import { chapterByKey } from '../../src/story/chapters.ts';
import { loadLevelWithStory } from '../../src/story/level-story.ts';
import { readFromDisk } from '../../tools/read-capped-file.ts';
import { RIGHT, input } from '../scenario/input-script.ts';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** A WebSocket server that keeps every text message it receives, in order. */
function startServer(): Promise<{ server: Server; url: string; messages: string[]; closeClients: () => void }> {
  const messages: string[] = [];
  const clients: Socket[] = [];
  const server = createServer();
  server.on('upgrade', (request, socket: Socket) => {
    const accept = createHash('sha1').update(`${String(request.headers['sec-websocket-key'])}${GUID}`).digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    clients.push(socket);
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      // Client frames are masked; the link's commands are short text frames (length under 126).
      while (buffered.length >= 6) {
        const length = buffered[1]! & 0x7f;
        if (buffered.length < 6 + length) break;
        const mask = buffered.subarray(2, 6);
        const payload = Buffer.from(buffered.subarray(6, 6 + length).map((byte, index) => byte ^ mask[index % 4]!));
        if ((buffered[0]! & 0x0f) === 0x1) messages.push(payload.toString('utf8'));
        buffered = buffered.subarray(6 + length);
      }
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({ server, url: `ws://127.0.0.1:${port}/livesplit`, messages, closeClients: () => { for (const client of clients) client.destroy(); } });
    });
  });
}

/** The browser's WebSocket, as far as the link uses it: handshake, masked text frames, open and close. */
function nodeSocket(url: string): LinkSocket {
  const { hostname, port, pathname } = new URL(url);
  const tcp = connect(Number(port), hostname);
  const link: LinkSocket & { readyState: number } = {
    readyState: 0,
    onopen: null,
    onclose: null,
    onerror: null,
    send(text: string) {
      const payload = Buffer.from(text, 'utf8');
      const mask = Buffer.from([1, 2, 3, 4]);
      tcp.write(Buffer.concat([Buffer.from([0x81, 0x80 | payload.length]), mask, payload.map((byte, index) => byte ^ mask[index % 4]!)]));
    },
    close() {
      tcp.end();
    },
  };
  tcp.on('connect', () => {
    tcp.write(`GET ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  });
  tcp.once('data', (chunk: Buffer) => {
    if (!chunk.toString('latin1').startsWith('HTTP/1.1 101')) return;
    link.readyState = 1;
    link.onopen?.();
  });
  tcp.on('close', () => {
    link.readyState = 3;
    link.onclose?.();
  });
  tcp.on('error', () => {
    link.readyState = 3;
    link.onerror?.();
  });
  return link;
}

function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (condition()) resolve();
      else setImmediate(check);
    };
    check();
  });
}

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

    const chapter = chapterByKey('test-first-steps')!;
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
