// Writes maps/analog-dreams.tiled-project from the entity schema (src/level/entity-schema.ts):
//   npm run build-tiled-project [-- --check]
// --check writes nothing and exits 1 when the committed file differs from what the schema gives (CI runs it).
import { tiledProjectText } from '../src/level/tiled-project.ts';
import { MAXIMUM_IMPORT_BYTES } from '../src/platform/file-import.ts';
import { readUserFile } from './read-capped-file.ts';
import { writeUserFile } from './write-user-file.ts';

const TILED_PROJECT_PATH = 'maps/analog-dreams.tiled-project';

const text = tiledProjectText();
if (process.argv.includes('--check')) {
  const read = readUserFile(TILED_PROJECT_PATH, MAXIMUM_IMPORT_BYTES);
  const same = read.ok && new TextDecoder().decode(read.bytes) === text;
  console.log(same ? `${TILED_PROJECT_PATH} is up to date` : `${TILED_PROJECT_PATH} differs from the entity schema: run npm run build-tiled-project`);
  process.exit(same ? 0 : 1);
}
writeUserFile(TILED_PROJECT_PATH, text);
console.log(`wrote ${TILED_PROJECT_PATH}`);
