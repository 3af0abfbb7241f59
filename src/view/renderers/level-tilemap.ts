// The level's tile layers on the world layer: the one place the level scene meets tilemap-builder, so
// drawing the world's own tile state later changes this file only.
import type Phaser from 'phaser';
import type { LoadedLevel } from '../game-data.ts';
import { LEVEL_DEPTH } from './level-depths.ts';
import { buildTilemap } from './tilemap-builder.ts';

export function addLevelTilemap(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer, loaded: LoadedLevel): void {
  const tilemap = buildTilemap(scene, loaded.level.map, loaded.tilesetTextures);
  tilemap.below.forEach((tileLayer, index) => {
    tileLayer.setDepth(index);
    layer.add(tileLayer);
  });
  tilemap.above.forEach((tileLayer, index) => {
    tileLayer.setDepth(LEVEL_DEPTH.above + index);
    layer.add(tileLayer);
  });
}
