// What a rule map's layer and property names mean, as Tiled's Automapping manual defines them:
// `input[not][index]_name`, `output[index]_name`, `regions`, `regions_input`, `regions_output`,
// `rule_options`. Keywords are compared without case, the target layer name exactly.
import type { TiledProperties, TiledPropertyValue } from '../tiled-map.ts';

export type RuleLayerRole =
  | { readonly role: 'input'; readonly negated: boolean; readonly index: string; readonly target: string }
  | { readonly role: 'output'; readonly index: string; readonly target: string }
  | { readonly role: 'regions' | 'regions-input' | 'regions-output' | 'rule-options' | 'other' }
  | { readonly role: 'malformed'; readonly reason: string };

export function ruleLayerRole(name: string): RuleLayerRole {
  const lower = name.toLowerCase();
  if (lower === 'regions') return { role: 'regions' };
  if (lower === 'regions_input') return { role: 'regions-input' };
  if (lower === 'regions_output') return { role: 'regions-output' };
  if (lower === 'rule_options') return { role: 'rule-options' };
  if (lower.startsWith('input')) {
    let rest = name.slice('input'.length);
    const negated = rest.toLowerCase().startsWith('not');
    if (negated) rest = rest.slice('not'.length);
    const split = splitIndex(rest);
    return split === undefined ? malformed(name) : { role: 'input', negated, ...split };
  }
  if (lower.startsWith('output')) {
    const split = splitIndex(name.slice('output'.length));
    return split === undefined ? malformed(name) : { role: 'output', ...split };
  }
  return { role: 'other' };
}

function splitIndex(rest: string): { index: string; target: string } | undefined {
  const underscore = rest.indexOf('_');
  if (underscore < 0) return undefined;
  const target = rest.slice(underscore + 1);
  return target === '' ? undefined : { index: rest.slice(0, underscore), target };
}

function malformed(name: string): RuleLayerRole {
  return { role: 'malformed', reason: `"${name}" starts like a rule layer but has no "_<layer>" after its prefix and index` };
}

/** Reads automapping properties by name without case, the way builders tend to type them. */
export class PropertyLookup {
  readonly #byLowerName = new Map<string, { name: string; value: TiledPropertyValue }>();

  constructor(properties: TiledProperties) {
    for (const [name, value] of Object.entries(properties)) this.#byLowerName.set(name.toLowerCase(), { name, value });
  }

  has(name: string): boolean {
    return this.#byLowerName.has(name.toLowerCase());
  }

  /** A property's value, or a reason it is of the wrong type; undefined when not set. */
  boolean(name: string): boolean | { readonly wrong: string } | undefined {
    const entry = this.#byLowerName.get(name.toLowerCase());
    if (entry === undefined) return undefined;
    if (typeof entry.value === 'boolean') return entry.value;
    if (entry.value === 'true' || entry.value === 'false') return entry.value === 'true';
    return { wrong: `${entry.name} should be true or false but is ${JSON.stringify(entry.value)}` };
  }

  number(name: string): number | { readonly wrong: string } | undefined {
    const entry = this.#byLowerName.get(name.toLowerCase());
    if (entry === undefined) return undefined;
    const value = typeof entry.value === 'string' && entry.value.trim() !== '' ? Number(entry.value) : entry.value;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    return { wrong: `${entry.name} should be a number but is ${JSON.stringify(entry.value)}` };
  }
}
