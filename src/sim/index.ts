// The rules' public face: what the view, the replay verifier and the tools use.
export * from './types.ts';
export { createWorld, type CreateWorldOptions } from './create-world.ts';
export { step, resetWorld, FOOTSTEP_INTERVAL } from './step.ts';
export { hashWorld } from './world-hash.ts';
export { canSee, traceSight, isInsideCone, isWithinRange, isInNearBand, type Viewer } from './sight.ts';
export { MIRA_HALF_WIDTH, MIRA_HALF_HEIGHT, GAIT_SPEED } from './movement.ts';
export { NEAR_FILL_PER_TICK, FAR_FILL_PER_TICK, DRAIN_PER_TICK } from './detection.ts';
export { nextRandom, randomBelow } from './random.ts';
export {
  createNavigation,
  findPathNow,
  searchPath,
  navigationFor,
  type Navigation,
  type PathOutcome,
  type TilePoint,
} from './navigation.ts';
export { createPathQueue, requestPath, processPathQueue, type PathResult } from './path-queue.ts';
