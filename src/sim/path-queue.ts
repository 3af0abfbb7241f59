// One queue for every path search in the world, with a per-tick budget, processed in a fixed order
// (first in, first out by tick, then by Enforcer id) so the same inputs always give the same paths.
import { rejectionFor, searchUnchecked, type Navigation, type PathOutcome } from './navigation.ts';
import type { PathQueue, PathRequest } from './types.ts';

/** Searches per tick: a reachable search on a 128x128 map costs well under a millisecond. */
export const DEFAULT_SEARCHES_PER_TICK = 4;

export interface PathResult {
  readonly request: PathRequest;
  readonly outcome: PathOutcome;
}

export function createPathQueue(searchesPerTick: number = DEFAULT_SEARCHES_PER_TICK): PathQueue {
  return { searchesPerTick, pending: [] };
}

/** Queues a request; an Enforcer has at most one pending request, so a newer one replaces the old. */
export function requestPath(queue: PathQueue, request: PathRequest): void {
  cancelPathRequests(queue, request.enforcerId);
  let index = queue.pending.length;
  while (index > 0) {
    const before = queue.pending[index - 1]!;
    if (before.tick < request.tick || (before.tick === request.tick && before.enforcerId < request.enforcerId)) break;
    index -= 1;
  }
  queue.pending.splice(index, 0, request);
}

export function cancelPathRequests(queue: PathQueue, enforcerId: number): void {
  queue.pending = queue.pending.filter((request) => request.enforcerId !== enforcerId);
}

/**
 * Answers pending requests in order until the search budget is spent. Requests refused by the
 * component check cost no search, so they never hold up the ones behind them.
 */
export function processPathQueue(queue: PathQueue, navigation: Navigation): PathResult[] {
  const results: PathResult[] = [];
  let searches = 0;
  let index = 0;
  while (index < queue.pending.length) {
    const request = queue.pending[index]!;
    const from = { x: request.fromX, y: request.fromY };
    const to = { x: request.toX, y: request.toY };
    const rejection = rejectionFor(navigation, from, to);
    if (rejection !== null) navigation.rejectionCount += 1;
    if (rejection === null) {
      if (searches >= queue.searchesPerTick) {
        index += 1;
        continue;
      }
      // A leg served from the cache spends the budget too: which requests wait stays what it was
      // before the cache, so recorded runs play the same.
      searches += 1;
    }
    // The check is made once: a rejected request is answered with it, an accepted one searched.
    const outcome: PathOutcome = rejection === null ? searchUnchecked(navigation, from, to) : { kind: 'rejected', reason: rejection };
    results.push({ request, outcome });
    queue.pending.splice(index, 1);
  }
  return results;
}
