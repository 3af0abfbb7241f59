// Which rules a replay was played under. A replay holds only inputs, so the same inputs under other rules
// play out differently and would fail as a desync far from the cause: replays record this number and a
// build refuses replays of any other. Add one whenever a change here makes recorded inputs play
// differently or hash differently (that is, whenever the golden replays have to be re-recorded).
// 2: the world owns its tiles and Enforcers keep their state in a tagged union; the same inputs play
// out tick for tick as under 1, but the world hash covers the new state, so version-1 hashes differ.
// 3: Enforcers hunt: hearing, touch, chase, search, radio, the level alert, lights, hiding spots and the
// Watcher class; a full meter starts a chase instead of catching at once.
// 4: a straight walk found clear is remembered (walk.clearTo) until its target or the tiles change, so its
// ray casts are not repeated; the golden runs play tick for tick as under 3, but the world hash covers it.
// 5: lit tiles (tile property `lit`) and each Light's on/off state (world.lightsOn, for switchable ones):
// the golden runs have no lit tiles and never switch a light, so they play tick for tick as under 4, but
// the world hash covers the new state.
// 6: doors (a Door's state in world.doors, its cells in world.tiles.doorAt and blocksPaths) and the
// Interact and Dream inputs: the golden runs have no doors, so they play tick for tick as under 5, but the
// world hash covers the new state.
// 7: children who follow (world.children), the collective dream (world.dream, enforcerBlocks), a catch
// sends the group to the last checkpoint, a chaser with no way to a child it sees stands watching; the
// night escape gained children, a circle and a dream, and its golden replays were re-recorded.
// 8: the story: flags (world.flags), Triggers, Talks, Clues and reveals, scenes that hold the world still
// (world.scene, world.storyState), locked doors and exit, and checkpoints that count the first time they
// are reached (walking back over an earlier one no longer makes it the respawn point); the golden runs
// are never caught, so they play tick for tick as under 7, but the world hash covers the new state.
// 9: Mira tosses marbles (marble.ts, the Toss input, world.marbles and the map property `marbles`): a
// landing's click is a noise that sends hearers to the landing spot. The golden runs never toss, so
// they play tick for tick as under 8, but the world hash covers the new state.
// 10: a DreamCircle's story (requires, sets, reveal, scene) acts when its dream starts; following children
// press in and crouch in a hidden Mira's cover (hidden with her when still within two tiles); the night
// escape was reworked for the story (chapter 4), and its golden replays were re-recorded.
// 11: a finish in a level with children sets who came out with her (`children_out`, `<name>_out`), and a
// level's children start asleep where its map draws them, also in the campaign (the children who followed
// out of the dream space no longer start the night escape beside her); the night escape's children each
// talk as she wakes them (Talks that recruit), so its golden replays hold a skip at each.
export const RULES_VERSION = 11;
