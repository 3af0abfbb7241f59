// Search: the child is lost. Visit a few open cells near her last known position, each reachable from
// there within the class's radius (a bounded flood), chosen with the world's seeded generator, look round
// at each, then give up and go back to the route.
import { floorDivide } from '../fixed-point.ts';
import { floodOpenCells } from '../flood.ts';
import { randomBelow } from '../random.ts';
import type { SubpixelPoint } from '../types.ts';
import type { BrainContext, EnforcerBehaviour } from './enforcer-behaviour.ts';
import { chaseWhenCertain, parametersOf } from './enforcer-behaviour.ts';
import { lookAround, stopWalking, walkTo } from './walking.ts';
import { tileCentre } from '../world-tiles.ts';

/** Search points are at least this many tiles of path from the last known position (when the area allows). */
export const SEARCH_MIN_TILES = 2;

function chooseSearchPoints(context: BrainContext): SubpixelPoint[] {
  const { enforcer, world } = context;
  const parameters = parametersOf(context);
  const source = { x: floorDivide(enforcer.lastSeenX, world.tiles.span), y: floorDivide(enforcer.lastSeenY, world.tiles.span) };
  const flood = floodOpenCells(world.tiles, source, parameters.searchRadiusTiles);
  const far = flood.cells.filter((_cell, index) => flood.distances[index]! >= SEARCH_MIN_TILES);
  const candidates = far.length > 0 ? far : [...flood.cells];
  const points: SubpixelPoint[] = [];
  while (points.length < parameters.searchPoints && candidates.length > 0) {
    const [chosen] = candidates.splice(randomBelow(world, candidates.length), 1);
    if (chosen) points.push(tileCentre(world.tiles, chosen));
  }
  return points;
}

export const searchState: EnforcerBehaviour<'search'> = {
  name: 'search',
  enter(context) {
    stopWalking(context.enforcer, context.world);
    return { name: 'search', points: chooseSearchPoints(context), arrived: false, lookTicks: parametersOf(context).searchLookTicks };
  },
  update(data, context) {
    const { enforcer, world } = context;
    const point = data.points[0];
    if (point === undefined) {
      context.events.push({ type: 'gave-up', enforcerId: enforcer.id });
      return { to: 'return' };
    }
    if (!data.arrived) {
      data.arrived = walkTo(enforcer, world, point);
      return null;
    }
    if (data.lookTicks > 0) {
      lookAround(enforcer, data.lookTicks);
      data.lookTicks -= 1;
      return null;
    }
    data.points.shift();
    data.arrived = false;
    data.lookTicks = parametersOf(context).searchLookTicks;
    return null;
  },
  onPercept(_data, percept, context) {
    const certain = chaseWhenCertain(context);
    if (certain !== null) return certain;
    if (percept.seesMira || percept.bumped) return { to: 'suspicious' };
    if (percept.heard !== null) return { to: 'investigate' };
    return null;
  },
  // A point it cannot reach after all (tiles changed): skip it.
  onPathResult(data, outcome) {
    if (outcome.kind !== 'found') {
      data.points.shift();
      data.arrived = false;
    }
    return null;
  },
};
