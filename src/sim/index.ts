// The rules' public face: what the view, the replay verifier and the tools use. Tests and benchmarks
// reach the inner modules directly; add a name here when code outside src/sim needs it.
export * from './types.ts';
export { createWorld, DETECTION_ASSIST_PERCENTS, type CreateWorldOptions } from './create-world.ts';
export { step } from './step.ts';
export { hashWorld } from './world-hash.ts';
export { clipSight, coneHalfAngle } from './sight.ts';
export { enforcerCue, type ConeStyle, type EnforcerCue } from './enforcer/enforcer-cues.ts';
export { CAUTION_TICKS } from './alert.ts';
export { floodOpenCells } from './flood.ts';
export { MAX_NOISE_TILES, noiseRadius } from './hearing.ts';
export { createWorldTiles, requestTileChanges, layerIndex } from './world-tiles.ts';
export { isLightOn, lightingAt, switchLight } from './lights.ts';
export { RULES_VERSION } from './rules-version.ts';
export type { SceneDirector, SceneDisplay, SceneLine, StoryFlags } from './scene-director.ts';
export { interactTarget, type InteractTarget } from './interact.ts';
export { CHILDREN_OUT_FLAG, childOutFlag, flagsHold, playSceneInput, type SceneInputResult } from './story.ts';
export { childrenBroughtOut } from './children.ts';
