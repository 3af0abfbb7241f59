// Writes maps/analog-dreams.tiled-project from the entity schema (src/level/entity-schema.ts):
//   npx tsx tools/build-tiled-project.ts
// A test fails when the committed file and the schema disagree.
import { writeFileSync } from 'node:fs';
import { tiledProjectText } from '../src/level/tiled-project.ts';

const TILED_PROJECT_PATH = 'maps/analog-dreams.tiled-project';

writeFileSync(TILED_PROJECT_PATH, tiledProjectText());
console.log(`wrote ${TILED_PROJECT_PATH}`);
