// How large a map the reader accepts, so that a damaged or hostile file cannot exhaust memory.

/** Widest or tallest map, in tiles, this reader accepts: far beyond any level, far below a memory problem. */
export const MAX_MAP_SIDE = 1024;
/** Cells over all tile layers together: 64 MB of gids. */
export const MAX_TOTAL_CELLS = 16 * 1024 * 1024;
/**
 * Chunks over all layers of an infinite map: MAX_TOTAL_CELLS in Tiled's 16x16 chunks. A JSON file has
 * no other bound but its size (TMX has its XML element cap), and 64 MB of `{}` is millions of chunks.
 */
export const MAX_CHUNKS = 65_536;
/** Layers in one map, groups and their children counted. */
export const MAX_LAYERS = 1000;
/** Objects in one object layer (or one tile's collision shapes). */
export const MAX_OBJECTS_PER_LAYER = 100_000;
/** Points of one polygon or polyline. */
export const MAX_POLYGON_POINTS = 10_000;
/** Characters of any one name, class or text value: beyond this a file is damaged or hostile. */
export const MAX_STRING_LENGTH = 65_536;
/** Bytes of one file the loader reads (map, tileset, template or project). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Files one map may name (external tilesets and templates together). */
export const MAX_REFERENCED_FILES = 256;
/** Rules in one rule map: each takes a fraction of a millisecond to compile, and 262,144 fit in one. */
export const MAX_AUTOMAP_RULES = 4096;
/**
 * Cell checks and writes one application of automapping rules may do: for every rule, each position it
 * is tried at times the cells it compares and writes there, as if every position matched. 16 M is about
 * a second; 4,096 one-cell rules on a 256x256 map would be 268 M (and 4 GB of matches kept, before).
 */
export const MAX_AUTOMAP_WORK = 16 * 1024 * 1024;
/**
 * Class member values filled in from a project file's defaults for one map: 20,000 objects of a class
 * with ten members is 200 K; a class nesting ten of the next, ten deep, would be 10^10.
 */
export const MAX_CLASS_VALUES_FILLED = 256 * 1024;
