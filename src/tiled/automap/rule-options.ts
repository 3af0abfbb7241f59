// Options of a rule map and of single rules: map properties are the defaults, rectangles on a
// `rule_options` object layer override them for the rules they contain (Tiled 1.9+, per the manual).
import type { ProblemList } from '../problem-list.ts';
import type { TiledMap, TiledObject } from '../tiled-map.ts';
import type { RuleMapOptions, RuleOptions } from './automap-types.ts';
import { PropertyLookup } from './rule-layer-names.ts';

const OPTION_HINT = 'Fix the property in Tiled (Map > Map Properties, or the object in rule_options).';

export const DEFAULT_RULE_OPTIONS: RuleOptions = {
  modX: 1, modY: 1, offsetX: 0, offsetY: 0, probability: 1, disabled: false, noOverlappingOutput: false, ignoreLock: false,
};

interface Reading {
  readonly lookup: PropertyLookup;
  readonly place: string;
  readonly problems: ProblemList;
}

function readBoolean(reading: Reading, name: string, fallback: boolean): boolean {
  const value = reading.lookup.boolean(name);
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  reading.problems.error(reading.place, value.wrong, OPTION_HINT);
  return fallback;
}

function readNumber(reading: Reading, name: string, rule: { fallback: number; min?: number; integer?: boolean }): number {
  const value = reading.lookup.number(name);
  if (value === undefined) return rule.fallback;
  if (typeof value !== 'number') {
    reading.problems.error(reading.place, value.wrong, OPTION_HINT);
    return rule.fallback;
  }
  if ((rule.integer === true && !Number.isInteger(value)) || (rule.min !== undefined && value < rule.min)) {
    const wanted = rule.integer === true ? `a whole number of at least ${rule.min ?? 0}` : `at least ${rule.min ?? 0}`;
    reading.problems.error(reading.place, `${name} should be ${wanted} but is ${value}`, OPTION_HINT);
    return rule.fallback;
  }
  return value;
}

/** Per-rule options read from properties, each falling back to `base`. */
export function readRuleOptions(reading: Reading, base: RuleOptions): RuleOptions {
  return {
    modX: readNumber(reading, 'ModX', { fallback: base.modX, min: 1, integer: true }),
    modY: readNumber(reading, 'ModY', { fallback: base.modY, min: 1, integer: true }),
    offsetX: readNumber(reading, 'OffsetX', { fallback: base.offsetX, integer: true }),
    offsetY: readNumber(reading, 'OffsetY', { fallback: base.offsetY, integer: true }),
    probability: readNumber(reading, 'Probability', { fallback: base.probability, min: 0 }),
    disabled: readBoolean(reading, 'Disabled', base.disabled),
    noOverlappingOutput: readBoolean(reading, 'NoOverlappingOutput', base.noOverlappingOutput),
    ignoreLock: readBoolean(reading, 'IgnoreLock', base.ignoreLock),
  };
}

export function readRuleMapOptions(ruleMap: TiledMap, place: string, problems: ProblemList): { map: RuleMapOptions; rules: RuleOptions; legacyInOrder: boolean | undefined } {
  const reading: Reading = { lookup: new PropertyLookup(ruleMap.properties), place, problems };
  const matchOutside = reading.lookup.has('MatchOutsideMap') ? readBoolean(reading, 'MatchOutsideMap', false) : undefined;
  const matchInOrder = reading.lookup.has('MatchInOrder') ? readBoolean(reading, 'MatchInOrder', false) : undefined;
  return {
    map: {
      deleteTiles: readBoolean(reading, 'DeleteTiles', false),
      matchOutsideMap: matchOutside,
      overflowBorder: readBoolean(reading, 'OverflowBorder', false),
      wrapBorder: readBoolean(reading, 'WrapBorder', false),
      matchInOrder: matchInOrder ?? false,
      automappingRadius: readNumber(reading, 'AutomappingRadius', { fallback: 0, min: 0, integer: true }),
    },
    rules: readRuleOptions(reading, DEFAULT_RULE_OPTIONS),
    legacyInOrder: matchInOrder,
  };
}

/** A rule_options rectangle, in tiles: a rule is under it when its whole bounding box is inside. */
export interface OptionArea {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly object: TiledObject;
}

export function optionAreas(ruleMap: TiledMap, layerName: string, problems: ProblemList): OptionArea[] {
  const areas: OptionArea[] = [];
  for (const layer of ruleMap.layers) {
    if (layer.name !== layerName) continue;
    if (layer.kind !== 'object') {
      problems.warning(`layer "${layer.name}"`, 'rule_options is a tile layer, so its options are not read', 'Make rule_options an object layer holding rectangles.');
      continue;
    }
    for (const object of layer.objects) {
      if (object.shape.kind !== 'rectangle') {
        problems.warning(`object ${object.id} in layer "${layer.name}"`, `a ${object.shape.kind} in rule_options sets no options`, 'Use plain rectangle objects.');
        continue;
      }
      areas.push({
        left: object.x / ruleMap.tileWidth,
        top: object.y / ruleMap.tileHeight,
        right: (object.x + object.width) / ruleMap.tileWidth,
        bottom: (object.y + object.height) / ruleMap.tileHeight,
        object,
      });
    }
  }
  return areas;
}
