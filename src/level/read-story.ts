// The story a map carries: Triggers, Talks and Clues (what they need, set, open and reveal), the
// `reveal/<name>` tile layers, named Checkpoints, and every story flag any of them names. Flags are
// written in one small language (maps/README.md, "Story"): `fragments>=3`, `!door_open`, `fragments+=1`.
import { describeJson, type ProblemList } from '../tiled/problem-list.ts';
import { layerPlace } from '../tiled/places.ts';
import type { TiledMap, TiledTileLayer } from '../tiled/tiled-map.ts';
import { centreOf, readArea, type Placed } from './entity-readers.ts';
import { entityProperty } from './entity-schema.ts';
import { WALLS_LAYER, revealOf } from './layer-roles.ts';
import type {
  CheckpointDefinition, ClueDefinition, FlagChange, FlagCondition, FlagDefinition, LevelTileLayer, Rect, RevealDefinition,
  StoryAction, TalkDefinition, TriggerActivation, TriggerDefinition,
} from './level-definition.ts';

/**
 * A flag's name: what ink accepts as a variable name, so the map's flags and the story's are one set;
 * never one starting with two underscores, which could name an object's own machinery (`__proto__`).
 */
const FLAG_NAME = /^(?!__)[A-Za-z_][A-Za-z0-9_]*$/;
/** Flags hold small integers: the rules keep them exact and the hash reads them as integers. */
export const MAX_FLAG_VALUE = 1_000_000;
/** Story objects of one class a map may hold: each is checked every tick. */
export const MAX_STORY_OBJECTS = 1000;

const COMPARE = /^(!)?([^<>=!]+?)\s*(?:(==|!=|>=|<=|>|<)\s*(-?\d+))?$/;
const CHANGE = /^([^+=]+?)\s*(?:(\+=|-=|=)\s*(-?\d+))?$/;

function flagValue(text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) && Math.abs(value) <= MAX_FLAG_VALUE ? value : null;
}

/** Reads a `requires` text; null (after a problem) when it cannot be read. */
export function parseRequires(text: string, report: (message: string) => void): FlagCondition[] | null {
  const conditions: FlagCondition[] = [];
  for (const part of text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')) {
    const match = COMPARE.exec(part);
    const name = match?.[2]?.trim() ?? '';
    if (match === null || !FLAG_NAME.test(name) || (match[1] !== undefined && match[3] !== undefined)) {
      report(`"${part}" is not a flag test (write \`name\`, \`!name\` or \`name>=3\`)`);
      return null;
    }
    if (match[3] === undefined) {
      conditions.push({ flag: name, compare: match[1] === undefined ? '!=' : '==', value: 0 });
      continue;
    }
    const value = flagValue(match[4]);
    if (value === null) {
      report(`"${part}" compares with a number outside -${MAX_FLAG_VALUE} to ${MAX_FLAG_VALUE}`);
      return null;
    }
    conditions.push({ flag: name, compare: match[3] as FlagCondition['compare'], value });
  }
  return conditions;
}

/** Reads a `sets` text; null (after a problem) when it cannot be read. */
export function parseSets(text: string, report: (message: string) => void): FlagChange[] | null {
  const changes: FlagChange[] = [];
  for (const part of text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')) {
    const match = CHANGE.exec(part);
    const name = match?.[1]?.trim() ?? '';
    if (match === null || !FLAG_NAME.test(name)) {
      report(`"${part}" is not a flag change (write \`name\`, \`name=0\` or \`name+=1\`)`);
      return null;
    }
    if (match[2] === undefined) {
      changes.push({ flag: name, operation: 'set', value: 1 });
      continue;
    }
    const value = flagValue(match[3]);
    if (value === null) {
      report(`"${part}" uses a number outside -${MAX_FLAG_VALUE} to ${MAX_FLAG_VALUE}`);
      return null;
    }
    if (match[2] === '=') changes.push({ flag: name, operation: 'set', value });
    else changes.push({ flag: name, operation: 'add', value: match[2] === '+=' ? value : -value });
  }
  return changes;
}

function textProperty(placed: Placed, name: string, problems: ProblemList): string | null {
  const value = placed.object.properties[name] ?? entityProperty(placed.object.className, name).defaultValue;
  if (typeof value === 'string') return value.trim();
  problems.error(placed.place, `"${name}" is ${describeJson(value)}, not text`, entityProperty(placed.object.className, name).doc);
  return null;
}

function boolProperty(placed: Placed, name: string, problems: ProblemList): boolean | null {
  const value = placed.object.properties[name] ?? entityProperty(placed.object.className, name).defaultValue;
  if (typeof value === 'boolean') return value;
  problems.error(placed.place, `"${name}" is ${describeJson(value)}, not true or false`, entityProperty(placed.object.className, name).doc);
  return null;
}

/** The flags an object's `requires` names (Door, Exit and the story classes); null after a problem. */
export function readRequires(placed: Placed, problems: ProblemList): FlagCondition[] | null {
  const text = textProperty(placed, 'requires', problems);
  if (text === null) return null;
  return parseRequires(text, (message) => {
    problems.error(placed.place, `"requires": ${message}`, entityProperty(placed.object.className, 'requires').doc);
  });
}

function readAction(placed: Placed, options: { readonly once: boolean }, problems: ProblemList): StoryAction | null {
  const requires = readRequires(placed, problems);
  const setsText = textProperty(placed, 'sets', problems);
  const sets = setsText === null ? null : parseSets(setsText, (message) => {
    problems.error(placed.place, `"sets": ${message}`, entityProperty(placed.object.className, 'sets').doc);
  });
  const scene = textProperty(placed, 'scene', problems);
  const reveal = textProperty(placed, 'reveal', problems);
  if (requires === null || sets === null || scene === null || reveal === null) return null;
  return { requires, once: options.once, sets, scene, reveal };
}

/** What a DreamCircle's dream does to the story the tick it starts (once a run: a dream starts more than once). */
export function readCircleAction(placed: Placed, problems: ProblemList): StoryAction | null {
  return readAction(placed, { once: false }, problems);
}

/** A point's reach as an area: within 5/4 tile of it, as a child is woken. */
function reachArea(placed: Placed, tileSize: number): Rect | undefined {
  const { object } = placed;
  if (object.shape.kind !== 'point') return undefined;
  const reach = Math.floor((tileSize * 5) / 4);
  const centre = centreOf(object);
  return { x: centre.x - reach, y: centre.y - reach, width: reach * 2, height: reach * 2 };
}

export function readTrigger(placed: Placed, problems: ProblemList): TriggerDefinition | undefined {
  const area = readArea(placed, problems);
  const activationText = textProperty(placed, 'activation', problems);
  const once = boolProperty(placed, 'once', problems);
  const schema = entityProperty('Trigger', 'activation');
  const activation = activationText === '' ? 'enter' : activationText;
  if (activation !== null && !(schema.choices ?? []).includes(activation)) {
    problems.error(placed.place, `"activation" is "${activation}"; it must be one of ${(schema.choices ?? []).join(', ')}`, schema.doc);
    return undefined;
  }
  const action = once === null ? null : readAction(placed, { once }, problems);
  if (area === undefined || action === null || activation === null) return undefined;
  return { id: placed.object.id, name: placed.object.name.trim(), area, activation: activation as TriggerActivation, ...action };
}

function objectReference(placed: Placed, name: string, problems: ProblemList): number | null {
  const value = placed.object.properties[name] ?? 0;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  problems.error(placed.place, `"${name}" is ${describeJson(value)}, not an object reference`, entityProperty(placed.object.className, name).doc);
  return null;
}

export function readTalk(placed: Placed, tileSize: number, problems: ProblemList): TalkDefinition | undefined {
  const area = reachArea(placed, tileSize) ?? readArea(placed, problems);
  const once = boolProperty(placed, 'once', problems);
  const person = objectReference(placed, 'person', problems);
  const recruits = objectReference(placed, 'recruits', problems);
  const action = once === null ? null : readAction(placed, { once }, problems);
  if (area === undefined || action === null || person === null || recruits === null) return undefined;
  return { id: placed.object.id, name: placed.object.name.trim(), area, person, recruits, ...action };
}

export function readClue(placed: Placed, tileSize: number, problems: ProblemList): ClueDefinition | undefined {
  const area = reachArea(placed, tileSize) ?? readArea(placed, problems);
  const pickUp = boolProperty(placed, 'pickUp', problems);
  const action = readAction(placed, { once: true }, problems);
  if (area === undefined || action === null || pickUp === null) return undefined;
  return { id: placed.object.id, name: placed.object.name.trim(), area, pickUp, ...action };
}

/** Checkpoints by their `order`, then in map order, each named by `split`, its name, or its number. */
export function readCheckpoints(placedList: readonly Placed[], problems: ProblemList): CheckpointDefinition[] {
  const read: { checkpoint: CheckpointDefinition; order: number; index: number }[] = [];
  placedList.forEach((placed, index) => {
    const area = readArea(placed, problems);
    const split = textProperty(placed, 'split', problems);
    const order = placed.object.properties.order ?? 0;
    if (typeof order !== 'number' || !Number.isInteger(order) || order < 0 || order > 1000) {
      problems.error(placed.place, `"order" is ${describeJson(order)}, not a whole number from 0 to 1000`, entityProperty('Checkpoint', 'order').doc);
      return;
    }
    if (area === undefined || split === null) return;
    const name = split !== '' ? split : placed.object.name.trim();
    read.push({ checkpoint: { ...area, name: name === '' ? `checkpoint ${index + 1}` : name }, order, index });
  });
  read.sort((a, b) => a.order - b.order || a.index - b.index);
  const seen = new Set<string>();
  for (const { checkpoint } of read) {
    if (seen.has(checkpoint.name)) {
      problems.warning(`Checkpoint "${checkpoint.name}"`, 'two checkpoints share this name, so their splits cannot be told apart', 'Give each Checkpoint its own name (or `split`).');
    }
    seen.add(checkpoint.name);
  }
  return read.map((entry) => entry.checkpoint);
}

/**
 * The `reveal/<name>` layers (or `reveal/<name>/<target>`), as tile changes on the drawn layers: each
 * painted cell replaces the target layer's cell (`walls` when the name gives none); a layer with the
 * property `erase` empties the cells it paints instead.
 */
export function readReveals(map: TiledMap, layers: readonly LevelTileLayer[], problems: ProblemList): RevealDefinition[] {
  const byName = new Map<string, RevealDefinition['changes'][number][]>();
  for (const layer of map.layers) {
    if (layer.kind !== 'tile') continue;
    const reveal = revealOf(layer.name);
    if (reveal === null) continue;
    const changes = byName.get(reveal.name) ?? [];
    byName.set(reveal.name, changes);
    readRevealLayer({ layer, target: reveal.target ?? WALLS_LAYER, map, layers, changes }, problems);
  }
  return [...byName].map(([name, changes]) => ({ name, changes }));
}

function readRevealLayer(
  input: { readonly layer: TiledTileLayer; readonly target: string; readonly map: TiledMap; readonly layers: readonly LevelTileLayer[]; readonly changes: RevealDefinition['changes'][number][] },
  problems: ProblemList,
): void {
  const { layer, target, map, layers, changes } = input;
  const place = layerPlace(layer.name);
  const targetIndex = layers.findIndex((candidate) => candidate.name === target || candidate.name.split('/').at(-1) === target);
  if (targetIndex === -1) {
    problems.error(place, `the reveal paints on a layer "${target}" that the map does not draw`, `Name the reveal's layer after a tile layer of the map: reveal/<name>/<layer>, e.g. reveal/hidden-door/${WALLS_LAYER}.`);
    return;
  }
  if (layer.width !== map.width || layer.height !== map.height) {
    problems.error(place, `the layer is ${layer.width}x${layer.height} but the map is ${map.width}x${map.height}`, 'Resize the map in Tiled so every layer matches.');
    return;
  }
  const erase = layer.properties.erase === true;
  for (let index = 0; index < layer.gids.length; index += 1) {
    const gid = layer.gids[index]!;
    if (gid === 0) continue;
    changes.push({ layer: targetIndex, x: index % map.width, y: Math.floor(index / map.width), gid: erase ? 0 : gid });
  }
}

/**
 * Every flag the level names, from 0, or from the map property `flags` (`name=value, ...`): the
 * world starts with exactly these, so a flag is in the hash from tick 0 whether or not it was touched.
 */
export function collectFlags(
  map: TiledMap,
  named: { readonly conditions: readonly FlagCondition[]; readonly changes: readonly FlagChange[] },
  problems: ProblemList,
): FlagDefinition[] {
  const values = new Map<string, number>();
  for (const condition of named.conditions) values.set(condition.flag, 0);
  for (const change of named.changes) values.set(change.flag, 0);
  const text = map.properties.flags;
  if (text !== undefined) {
    if (typeof text !== 'string') {
      problems.error('map property "flags"', `"flags" is ${describeJson(text)}, not text`, 'Write the flags that start other than 0: `name=value, ...`.');
    } else {
      const starts = parseSets(text, (message) => {
        problems.error('map property "flags"', message, 'Write the flags that start other than 0: `name=value, ...`.');
      });
      for (const start of starts ?? []) values.set(start.flag, start.value);
    }
  }
  return [...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, initial]) => ({ name, initial }));
}
