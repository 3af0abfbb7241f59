// From the text of a .tmj file to a LevelDefinition: what the view and the tools call.
import { readTiledJson } from '../tiled/read-tiled-json.ts';
import type { Loaded } from '../tiled/tiled-map.ts';
import { buildLevel } from './build-level.ts';
import type { LevelDefinition } from './level-definition.ts';

export function loadLevelFromText(text: string, fileName: string): Loaded<LevelDefinition> {
  const read = readTiledJson(text, { fileName });
  if (!read.ok) return read;
  const baseName = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const built = buildLevel(read.value, { name: baseName === '' ? 'level' : baseName });
  if (!built.ok) return { ok: false, problems: [...read.warnings, ...built.problems] };
  return { ok: true, value: built.value, warnings: [...read.warnings, ...built.warnings] };
}
