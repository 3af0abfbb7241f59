// `node tools/run-tool.mjs tools/<tool>.ts [arguments]`: runs a Node tool as one bundled JavaScript file
// instead of through tsx, whose start (compiling every imported file, then its keepNames helpers in every
// call) took seconds of a one-second job. The bundle is kept in .cache/tools/ with the list of every file
// it was built from (what esbuild read, node_modules included) and each file's size, modification time and
// SHA-256; it is used only while every one of them is unchanged, and rebuilt first otherwise, so it is
// never stale. Plain JavaScript because Node cannot run TypeScript itself before the bundle exists.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '..');
/** Bumped when the build below changes, so bundles made the old way are rebuilt. */
const BUILD_VERSION = 2;

function fileHash(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function readManifest(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Whether every input is as it was when the bundle was built: same size and time, or failing that, the same bytes. */
function isCurrent(manifest, folder) {
  if (manifest === null || manifest.buildVersion !== BUILD_VERSION || typeof manifest.bundle !== 'string') return false;
  try {
    statSync(join(folder, manifest.bundle));
    return manifest.inputs.every((input) => {
      const status = statSync(input.path);
      if (status.size !== input.size) return false;
      return status.mtimeMs === input.modified || fileHash(input.path) === input.hash;
    });
  } catch {
    return false;
  }
}

async function rebuild(entry, { folder, manifestPath, previous }) {
  // Loaded only here: a current bundle starts without esbuild.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    absWorkingDir: root,
    // The bundle lives in .cache/tools/: the tools find maps/ and the project from where they are written.
    define: { 'import.meta.dirname': JSON.stringify(dirname(entry)) },
    // The ink compiler is loaded only when a story is not in the tools' ink cache (tools/ink-cache.ts): left
    // out of the bundle, Node does not parse its quarter of a megabyte at every start.
    plugins: [{ name: 'ink-compiler-outside', setup: (bundler) => bundler.onResolve({ filter: /^inkjs\/full$/ }, () => ({ path: import.meta.resolve('inkjs/full'), external: true })) }],
    // Bundled CommonJS packages may still require Node's own modules.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  });
  const code = result.outputFiles[0].contents;
  const bundle = `${basename(entry, '.ts')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const inputs = Object.keys(result.metafile.inputs).map((input) => {
    const path = resolve(root, input);
    const status = statSync(path);
    return { path, size: status.size, modified: status.mtimeMs, hash: fileHash(path) };
  });
  const unique = `${process.pid}-${Date.now()}`;
  writeFileSync(join(folder, `${bundle}.${unique}`), code);
  renameSync(join(folder, `${bundle}.${unique}`), join(folder, bundle));
  // The manifest goes last and whole: a reader sees the old bundle and list or the new ones, never a mix.
  writeFileSync(`${manifestPath}.${unique}`, JSON.stringify({ buildVersion: BUILD_VERSION, entry, bundle, inputs }));
  renameSync(`${manifestPath}.${unique}`, manifestPath);
  if (previous !== null && typeof previous.bundle === 'string' && previous.bundle !== bundle) rmSync(join(folder, previous.bundle), { force: true });
  return bundle;
}

const [tool, ...rest] = process.argv.slice(2);
if (tool === undefined || !tool.endsWith('.ts')) {
  process.stderr.write('usage: node tools/run-tool.mjs tools/<tool>.ts [arguments]\n');
  process.exit(1);
}
const entry = resolve(tool);
const folder = resolve(process.env.ANALOG_DREAMS_TOOL_CACHE ?? join(root, '.cache', 'tools'));
mkdirSync(folder, { recursive: true });
const manifestPath = join(folder, `${createHash('sha256').update(relative(root, entry)).digest('hex').slice(0, 12)}-${basename(entry, '.ts')}.json`);
const manifest = readManifest(manifestPath);
const bundle = isCurrent(manifest, folder) ? manifest.bundle : await rebuild(entry, { folder, manifestPath, previous: manifest });
// Its own process (a few tens of milliseconds): the tool sees its arguments and exit code as under tsx.
const run = spawnSync(process.execPath, [join(folder, bundle), ...rest], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
