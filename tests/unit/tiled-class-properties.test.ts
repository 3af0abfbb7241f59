// Class-typed properties in TMX and JSON, with the members Tiled did not save filled from the project
// file's class defaults: both formats give the same flattened `member.sub` properties.
import { describe, expect, it } from 'vitest';
import { loadTiledFiles } from '../../src/tiled/load-tiled-files.ts';
import type { TiledProperties } from '../../src/tiled/tiled-map.ts';

const PROJECT = JSON.stringify({
  propertyTypes: [
    { id: 1, name: 'Light', type: 'enum', storageType: 'int', values: ['off', 'dim', 'bright'], valuesAsFlags: false },
    { id: 2, name: 'Inner', type: 'class', useAs: ['property'], members: [{ name: 'on', type: 'bool', value: false }, { name: 'label', type: 'string', value: 'in' }] },
    {
      id: 3, name: 'Guard', type: 'class', useAs: ['property', 'object'], members: [
        { name: 'speed', type: 'float', value: 1.5 },
        { name: 'name', type: 'string', value: 'nobody' },
        { name: 'inner', type: 'class', propertyType: 'Inner', value: {} },
      ],
    },
  ],
});

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" width="1" height="1" tilewidth="16" tileheight="16" infinite="0">
 <properties>
  <property name="guard" type="class" propertytype="Guard">
   <properties>
    <property name="speed" type="float" value="3"/>
    <property name="inner" type="class" propertytype="Inner">
     <properties><property name="on" type="bool" value="true"/></properties>
    </property>
   </properties>
  </property>
  <property name="light" type="int" propertytype="Light" value="2"/>
 </properties>
 <layer id="1" name="ground" width="1" height="1"><data encoding="csv">0</data></layer>
 <objectgroup id="2" name="entities">
  <object id="1" name="g" type="Guard" x="1" y="2"><point/></object>
 </objectgroup>
</map>`;

const JSON_MAP = JSON.stringify({
  type: 'map', orientation: 'orthogonal', width: 1, height: 1, tilewidth: 16, tileheight: 16, infinite: false, tilesets: [],
  properties: [
    { name: 'guard', type: 'class', propertytype: 'Guard', value: { speed: 3, inner: { on: true } } },
    { name: 'light', type: 'int', propertytype: 'Light', value: 2 },
  ],
  layers: [
    { id: 1, name: 'ground', type: 'tilelayer', width: 1, height: 1, data: [0] },
    { id: 2, name: 'entities', type: 'objectgroup', objects: [{ id: 1, name: 'g', type: 'Guard', x: 1, y: 2, point: true }] },
  ],
});

async function properties(mapPath: string): Promise<{ map: TiledProperties; object: TiledProperties }> {
  const files: Record<string, string> = { 'map.tmx': TMX, 'map.tmj': JSON_MAP, 'p.tiled-project': PROJECT };
  const read = await loadTiledFiles({ mapPath, projectPath: 'p.tiled-project', readFile: (path) => Promise.resolve(new TextEncoder().encode(files[path])) });
  if (!read.loaded.ok) throw new Error(JSON.stringify(read.loaded.problems));
  const layer = read.loaded.value.layers[1]!;
  return { map: read.loaded.value.properties, object: layer.kind === 'object' ? layer.objects[0]!.properties : {} };
}

describe('class properties and class defaults', () => {
  it('TMX: saved members as written, the others from the project, nested classes flattened', async () => {
    const { map, object } = await properties('map.tmx');
    expect(map).toEqual({ 'guard.speed': 3, 'guard.name': 'nobody', 'guard.inner.on': true, 'guard.inner.label': 'in', light: 2 });
    expect(object).toEqual({ speed: 1.5, name: 'nobody', 'inner.on': false, 'inner.label': 'in' });
  });

  it('JSON gives exactly the same', async () => {
    expect(await properties('map.tmj')).toEqual(await properties('map.tmx'));
  });
});
