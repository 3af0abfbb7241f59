// Browser tests drive Debian's Chromium; no browser is downloaded.
import { existsSync } from 'node:fs';

/** The one line the browser tests print when they have no browser to drive. */
export function chromiumMissingMessage(): string {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') return `CHROMIUM_PATH is ${chosen}, which does not exist: point it at a Chromium, or unset it to use /usr/bin/chromium.`;
  return 'No Chromium found for the browser tests: run `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH.';
}

export function findChromium(): string | null {
  const chosen = process.env.CHROMIUM_PATH;
  // A CHROMIUM_PATH that points nowhere is a mistake to report, not a reason to test another browser.
  if (chosen !== undefined && chosen !== '') return existsSync(chosen) ? chosen : null;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path)) ?? null;
}

/**
 * Flags for Debian's Chromium on a machine without a GPU, as CI and containers are: WebGL drawn in
 * software (SwiftShader through ANGLE, which must be allowed explicitly), no sandbox (containers often run
 * as root, where Chromium refuses to start with one), nothing fetched or synced in the background (the
 * tests download nothing), no first-run screens, and `gc()` exposed to the page.
 */
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
