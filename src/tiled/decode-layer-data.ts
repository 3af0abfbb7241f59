// Tile layer data as Tiled writes it (CSV numbers, or base64 of little-endian uint32 gids, raw or
// compressed with zlib, gzip or zstd) into raw gids. Sizes are checked before anything is allocated,
// and decompression stops at the expected size, so a hostile file cannot exhaust memory.
import { Gunzip, Unzlib } from 'fflate';
import { Decompress } from 'fzstd';
import { RESAVE_HINT } from './problem-list.ts';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export type DecodeResult =
  | { readonly ok: true; readonly gids: Uint32Array }
  | { readonly ok: false; readonly message: string; readonly hint: string };


export function decodeLayerData(options: {
  readonly data: unknown;
  readonly encoding: string;
  readonly compression: string;
  readonly cellCount: number;
}): DecodeResult {
  const { data, encoding, compression, cellCount } = options;
  if (encoding === 'csv' || encoding === '') {
    if (Array.isArray(data)) return fromNumbers(data, cellCount);
    if (typeof data === 'string') return fromCsv(data, cellCount);
    return fail('the layer data is missing or is not a list of numbers');
  }
  if (encoding !== 'base64') {
    return fail(`unknown encoding "${encoding}"`, 'In Tiled, Map > Map Properties > Tile Layer Format: choose CSV or Base64.');
  }
  if (typeof data !== 'string') return fail('base64 layer data should be text');
  const bytes = decodeBase64(data);
  if (bytes === undefined) return fail('the base64 layer data holds characters base64 does not use');
  const expectedBytes = cellCount * 4;
  const unpacked = decompress(bytes, compression, expectedBytes);
  if (!unpacked.ok) return unpacked;
  if (unpacked.bytes.length !== expectedBytes) {
    const cells = Math.floor(unpacked.bytes.length / 4);
    const what = unpacked.bytes.length > expectedBytes ? `more than ${cellCount}` : `${cells}`;
    return fail(`the layer data holds ${what} cells but the layer has ${cellCount}`);
  }
  const cells = unpacked.bytes;
  // Gids are little-endian, as every engine this runs on is: then one copy of the bytes is the gids.
  if (LITTLE_ENDIAN) return { ok: true, gids: new Uint32Array(cells.slice(0, expectedBytes).buffer) };
  const gids = new Uint32Array(cellCount);
  for (let index = 0, at = 0; index < cellCount; index++, at += 4) {
    gids[index] = (cells[at]! | (cells[at + 1]! << 8) | (cells[at + 2]! << 16) | (cells[at + 3]! << 24)) >>> 0;
  }
  return { ok: true, gids };
}

/** CSV text (TMX's, and old JSON's) read in one pass: a 256x256 layer is 65,536 cells. */
function fromCsv(text: string, cellCount: number): DecodeResult {
  const gids = new Uint32Array(cellCount);
  let cells = 0;
  let value = 0;
  let digits = 0;
  let afterValue = false;
  const finishCell = (): DecodeResult | undefined => {
    if (digits === 0 || value > 0xffffffff) return fail(`cell ${cells} is not a tile id`);
    if (cells < cellCount) gids[cells] = value;
    cells += 1;
    value = 0;
    digits = 0;
    afterValue = false;
    return undefined;
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      if (afterValue) return fail(`cell ${cells} is not a tile id`);
      value = value * 10 + (code - 48);
      digits += 1;
    } else if (code === 44) {
      const failed = finishCell();
      if (failed !== undefined) return failed;
    } else if (code === 32 || code === 9 || code === 10 || code === 13) {
      if (digits > 0) afterValue = true;
    } else {
      return fail(`cell ${cells} holds a character that is not part of a tile id`);
    }
  }
  // The last cell has no comma after it; an empty text is an empty layer.
  if (digits > 0 || cells > 0) {
    const failed = finishCell();
    if (failed !== undefined) return failed;
  }
  if (cells !== cellCount) return fail(`the layer data holds ${cells} cells but the layer has ${cellCount}`);
  return { ok: true, gids };
}

function fromNumbers(values: readonly unknown[], cellCount: number): DecodeResult {
  if (values.length !== cellCount) {
    return fail(`the layer data holds ${values.length} cells but the layer has ${cellCount}`);
  }
  const gids = new Uint32Array(cellCount);
  for (let index = 0; index < cellCount; index++) {
    const value = values[index];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff) {
      return fail(`cell ${index} holds ${typeof value === 'number' ? String(value) : 'something'} that is not a tile id`);
    }
    gids[index] = value;
  }
  return { ok: true, gids };
}

type Unpacked = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string; readonly hint: string };

function decompress(bytes: Uint8Array, compression: string, expectedBytes: number): Unpacked {
  // One byte more than expected: if it gets filled the data is too long, and we never learn by how much.
  const limit = expectedBytes + 1;
  try {
    switch (compression) {
      case '':
        return { ok: true, bytes };
      case 'zlib':
        return inflateBounded(bytes, { limit, stream: (ondata) => new Unzlib(ondata) });
      case 'gzip':
        return inflateBounded(bytes, { limit, stream: (ondata) => new Gunzip(ondata) });
      case 'zstd':
        return decompressZstd(bytes, limit);
      default:
        return fail(
          `unknown compression "${compression}"`,
          'In Tiled, Map > Map Properties > Tile Layer Format: choose CSV, or Base64 uncompressed, zlib, gzip or Zstandard.',
        );
    }
  } catch (error) {
    return fail(`the ${compression} data is damaged (${errorText(error)})`);
  }
}

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032:1, so about 4 MB out. */
const INFLATE_STEP = 4096;

/**
 * Inflates in steps and stops as soon as the output passes the limit: fflate's one-shot functions given
 * a fixed output buffer still inflate the whole stream before failing (12 s for a 2.8 MB bomb).
 */
function inflateBounded(
  bytes: Uint8Array,
  { limit, stream }: { readonly limit: number; readonly stream: (ondata: (chunk: Uint8Array) => void) => { push(chunk: Uint8Array, final?: boolean): void } },
): Unpacked {
  const out = new Uint8Array(limit);
  const state = { length: 0 };
  const inflater = stream((chunk) => {
    const room = Math.min(chunk.length, limit - state.length);
    out.set(chunk.subarray(0, room), state.length);
    state.length += room;
  });
  for (let start = 0; start < bytes.length && state.length < limit; start += INFLATE_STEP) {
    const end = Math.min(bytes.length, start + INFLATE_STEP);
    inflater.push(bytes.subarray(start, end), end === bytes.length);
  }
  if (bytes.length === 0) inflater.push(bytes, true);
  return { ok: true, bytes: out.subarray(0, state.length) };
}

/** The largest zstd window we let a frame ask for: Tiled's own frames for a 1024x1024 layer are smaller. */
const MAX_ZSTD_WINDOW = 8 * 1024 * 1024;

function decompressZstd(bytes: Uint8Array, limit: number): Unpacked {
  // fzstd allocates the window a frame header asks for before decoding: check it first.
  const windowSize = zstdWindowSize(bytes);
  if (windowSize === undefined) return fail('the zstd data does not start with a zstd frame');
  if (windowSize > Math.max(MAX_ZSTD_WINDOW, limit)) {
    return fail(`the zstd frame asks for ${windowSize} bytes of memory, more than the layer needs`);
  }
  const out = new Uint8Array(limit);
  let length = 0;
  const stream = new Decompress((chunk) => {
    const room = Math.min(chunk.length, limit - length);
    out.set(chunk.subarray(0, room), length);
    length += room;
    if (length >= limit) throw new RangeError('more data than the layer holds');
  });
  try {
    stream.push(bytes, true);
  } catch (error) {
    if (length >= limit) return { ok: true, bytes: out };
    throw error;
  }
  return { ok: true, bytes: out.subarray(0, length) };
}

/** The window size a zstd frame header declares (RFC 8878 section 3.1.1.1), or undefined if none. */
function zstdWindowSize(bytes: Uint8Array): number | undefined {
  if (bytes.length < 6 || bytes[0] !== 0x28 || bytes[1] !== 0xb5 || bytes[2] !== 0x2f || bytes[3] !== 0xfd) {
    return undefined;
  }
  const descriptor = bytes[4]!;
  const singleSegment = (descriptor >> 5) & 1;
  const contentSizeFlag = descriptor >> 6;
  if (singleSegment === 0) {
    const windowByte = bytes[5]!;
    const base = 2 ** (10 + (windowByte >> 3));
    return base + (base / 8) * (windowByte & 7);
  }
  // A single-segment frame's window is its content size.
  const dictionaryBytes = [0, 1, 2, 4][descriptor & 3]!;
  const sizeBytes = [1, 2, 4, 8][contentSizeFlag]!;
  const start = 5 + dictionaryBytes;
  if (bytes.length < start + sizeBytes) return undefined;
  let size = 0;
  for (let index = sizeBytes - 1; index >= 0; index--) size = size * 256 + bytes[start + index]!;
  return contentSizeFlag === 1 ? size + 256 : size;
}


/**
 * Strict base64 (whitespace and padding allowed); undefined on any other character. `atob` (in every
 * browser and Node 16+) is native and several times faster than a loop here; it refuses what is not base64.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const out = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) out[index] = binary.charCodeAt(index);
  return out;
}


/** A refusal; unless it says otherwise, saving the map again in Tiled mends it (RESAVE_HINT). */
function fail(message: string, hint = RESAVE_HINT): { readonly ok: false; readonly message: string; readonly hint: string } {
  return { ok: false, message, hint };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown error';
}
