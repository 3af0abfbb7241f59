// Which rules a replay was played under. A replay holds only inputs, so the same inputs under other rules
// play out differently and would fail as a desync far from the cause: replays record this number and a
// build refuses replays of any other. Add one whenever a change here makes recorded inputs play
// differently (that is, whenever the golden replays have to be re-recorded).
export const RULES_VERSION = 1;
