// How large a map the reader accepts, so that a damaged or hostile file cannot exhaust memory.

/** Widest or tallest map, in tiles, this reader accepts: far beyond any level, far below a memory problem. */
export const MAX_MAP_SIDE = 1024;
/** Cells over all tile layers together: 64 MB of gids. */
export const MAX_TOTAL_CELLS = 16 * 1024 * 1024;
