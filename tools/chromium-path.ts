// Browser tests drive Debian's Chromium; no browser is downloaded.
import { existsSync } from 'node:fs';

export const CHROMIUM_INSTALL_HINT =
  'No Chromium found for the browser tests: run `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH.';

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path)) ?? null;
}

/** Flags for software WebGL on a machine without a GPU (see ../shared/NOTES.md). */
export const CHROMIUM_ARGS = [
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--js-flags=--expose-gc',
];
