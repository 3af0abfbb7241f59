// Benchmarks that were once tests' "under N ms" (bench.ts gives each its budget): refusing a
// decompression bomb, and digesting a huge problem list. Each body checks its result first, so a row is
// never the time of doing the wrong thing fast.
import { createDeflate, createGzip } from 'node:zlib';
import { digestProblems, MAXIMUM_SHOWN_PROBLEMS } from '../src/level/problem-digest.ts';
import { readTiledJson } from '../src/tiled/read-tiled-json.ts';
import type { MapProblem } from '../src/tiled/tiled-map.ts';

type Time = (action: () => void) => number;

const WIDTH = 12;
const HEIGHT = 8;

/** `megabytes` MB of zeros compressed in a stream (never held whole): a bomb of a few hundred KB. */
export async function bomb(kind: 'zlib' | 'gzip', megabytes: number): Promise<Buffer> {
  const stream = kind === 'zlib' ? createDeflate({ level: 1 }) : createGzip({ level: 1 });
  const parts: Buffer[] = [];
  stream.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => stream.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let index = 0; index < megabytes; index++) stream.write(zeros);
  stream.end();
  await done;
  return Buffer.concat(parts);
}

/** A 12x8 map whose one tile layer is a compressed stream of `megabytes` MB. */
async function bombMapText(kind: 'zlib' | 'gzip', megabytes: number): Promise<string> {
  const packed = await bomb(kind, megabytes);
  return JSON.stringify({
    type: 'map', orientation: 'orthogonal', renderorder: 'right-down', infinite: false,
    width: WIDTH, height: HEIGHT, tilewidth: 16, tileheight: 16, nextlayerid: 2, nextobjectid: 1, tilesets: [],
    layers: [{ id: 1, name: 'walls', type: 'tilelayer', width: WIDTH, height: HEIGHT, x: 0, y: 0, opacity: 1, visible: true, encoding: 'base64', compression: kind, data: packed.toString('base64') }],
  });
}

/** Reading a map whose layer inflates to 400 MB: it must be refused at the layer's size, not inflated whole. */
export async function bombRefusals(time: Time, options: { readonly kind: 'zlib' | 'gzip'; readonly runs: number }): Promise<number[]> {
  const text = await bombMapText(options.kind, 400);
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    let problems: readonly MapProblem[] = [];
    samples.push(time(() => {
      const read = readTiledJson(text, { fileName: 'bomb.tmj' });
      problems = read.ok ? [] : read.problems;
    }));
    const expected = `the layer data holds more than ${WIDTH * HEIGHT} cells but the layer has ${WIDTH * HEIGHT}`;
    if (!problems.some((problem) => problem.message === expected)) throw new Error(`the ${options.kind} bomb was not refused at the layer's size`);
  }
  return samples;
}

/** Grouping 150,000 problems of 1,000 kinds, as validate-map and the problems screen do. */
export function problemDigests(time: Time, runs: number): number[] {
  const problems: MapProblem[] = [];
  for (let index = 0; index < 150_000; index += 1) {
    problems.push({ severity: 'error', message: `kind ${index % 1000}`, place: `tile ${index},0`, hint: 'Fix it.' });
  }
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    let shown = 0;
    samples.push(time(() => (shown = digestProblems(problems).entries.length)));
    if (shown !== MAXIMUM_SHOWN_PROBLEMS) throw new Error('the digest did not cap the problems shown');
  }
  return samples;
}
