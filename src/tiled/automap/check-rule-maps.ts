// What a builder should hear before rules run on a map: Tiled applies rules whose input layers the map
// lacks against an empty layer, without a word, which is nearly always a misspelt layer name; and tiles
// match by tileset name, so a same-named tileset that differs puts the wrong tiles down. And rules too many
// for the map's size are refused before they run (automap-work.ts).
import { layerPlace, tilesetPlace } from '../places.ts';
import type { MapProblem, TiledMap } from '../tiled-map.ts';
import type { CompiledRuleMap } from './automap-types.ts';
import { checkAutomapWork } from './automap-work.ts';

export function checkRuleMaps(target: TiledMap, ruleMaps: readonly CompiledRuleMap[]): MapProblem[] {
  const layerNames = new Set(target.layers.filter((layer) => layer.kind === 'tile').map((layer) => layer.name));
  const problems: MapProblem[] = [];
  const work = checkAutomapWork(target, ruleMaps, { place: 'rules', times: 1 });
  if (work !== null) problems.push(work);
  for (const ruleMap of ruleMaps) {
    for (const tileset of ruleMap.tilesets) {
      const own = target.tilesets.find((candidate) => candidate.name === tileset.name);
      if (own === undefined || (own.tileCount === tileset.tileCount && own.image === tileset.image)) continue;
      problems.push({
        severity: 'warning',
        place: `rule map "${ruleMap.name}" ${tilesetPlace(tileset.name)}`,
        message: `the map's tileset "${tileset.name}" is not the same (${own.tileCount} tiles, image "${own.image}"; the rule map's: ${tileset.tileCount} tiles, image "${tileset.image}"), but tiles match by tileset name and id`,
        hint: 'Use the same tileset in the rule map as in the map (same image and tile count), or rename one of them.',
      });
    }
    const read = new Set(ruleMap.rules.flatMap((rule) => rule.inputLayers));
    for (const name of read) {
      if (layerNames.has(name)) continue;
      const near = [...layerNames].find((candidate) => candidate.toLowerCase() === name.toLowerCase());
      problems.push({
        severity: 'warning',
        place: `rule map "${ruleMap.name}" input for ${layerPlace(name)}`,
        message: `the map has no tile layer "${name}", so these inputs are matched against an empty layer (as Tiled does)`,
        hint: near === undefined ? 'Check the layer name after input_ or inputnot_; names are case-sensitive.' : `Did you mean "${near}"? Layer names are case-sensitive.`,
      });
    }
  }
  return problems;
}
