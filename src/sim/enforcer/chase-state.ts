// Chase: it is sure it saw a child. It follows her last known position at its class's chase pace,
// re-planning only when her tile changed and its re-plan timer ran out (never every tick: paths would
// jitter and cost). The catch itself is decided in step (touch.ts). Reaching the last known position
// without seeing her, or finding no way there once she is out of sight, means it lost her: it searches.
import { floorDivide } from '../fixed-point.ts';
import type { EnforcerBehaviour } from './enforcer-behaviour.ts';
import { parametersOf } from './enforcer-behaviour.ts';
import { scheduleRadioCall } from '../radio.ts';
import { stopWalking, walkTo } from './walking.ts';

export const chaseState: EnforcerBehaviour<'chase'> = {
  name: 'chase',
  enter(context) {
    const { enforcer, world } = context;
    const parameters = parametersOf(context);
    stopWalking(enforcer, world);
    enforcer.pacePercent = parameters.chaseSpeedPercent;
    if (parameters.radioDelayTicks > 0) scheduleRadioCall(world, { callerId: enforcer.id, dueTick: world.tick + parameters.radioDelayTicks });
    return {
      name: 'chase',
      repathTicks: parameters.chaseRepathTicks,
      targetColumn: floorDivide(enforcer.lastSeenX, world.tiles.span),
      targetRow: floorDivide(enforcer.lastSeenY, world.tiles.span),
    };
  },
  update(data, context) {
    const { enforcer, world } = context;
    if (data.repathTicks > 0) data.repathTicks -= 1;
    const column = floorDivide(enforcer.lastSeenX, world.tiles.span);
    const row = floorDivide(enforcer.lastSeenY, world.tiles.span);
    if ((column !== data.targetColumn || row !== data.targetRow) && data.repathTicks === 0) {
      // Her tile changed: drop the old path; walkTo goes straight when it can, else asks for a new one.
      stopWalking(enforcer, world);
      data.targetColumn = column;
      data.targetRow = row;
      data.repathTicks = parametersOf(context).chaseRepathTicks;
    }
    const arrived = walkTo(enforcer, world, { x: enforcer.lastSeenX, y: enforcer.lastSeenY });
    if (arrived && !enforcer.seesMira) {
      context.events.push({ type: 'lost', enforcerId: enforcer.id });
      return { to: 'search' };
    }
    return null;
  },
  onPercept: () => null,
  onPathResult(_data, outcome, context) {
    if (outcome.kind === 'found') return null;
    // It still sees the child but no way leads there (across the dream's river of stars, behind a door
    // that closed): it stands and watches and asks again after the retry pause, instead of losing and
    // at once re-finding the child every other tick.
    if (context.enforcer.seesMira) return null;
    context.events.push({ type: 'lost', enforcerId: context.enforcer.id });
    return { to: 'search' };
  },
};
