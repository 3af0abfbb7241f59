// Integer zoom from the window size: fractional zoom would make some pixels wider than others.

/** The world should show at least this many pixels across and down, so a small window still sees enough. */
const MINIMUM_VIEW_WIDTH = 400;
const MINIMUM_VIEW_HEIGHT = 240;

export function chooseWorldZoom(windowWidth: number, windowHeight: number): number {
  const zoom = Math.floor(Math.min(windowWidth / MINIMUM_VIEW_WIDTH, windowHeight / MINIMUM_VIEW_HEIGHT));
  return Math.max(1, zoom);
}

/**
 * The level's zoom: the window's own (chooseWorldZoom), raised to the next whole zoom at which the map
 * fills the window both ways, so a window wider (or taller) than the map never shows a dark band beside it.
 */
export function chooseLevelZoom(window: { readonly width: number; readonly height: number }, map: { readonly width: number; readonly height: number }): number {
  const fill = (screen: number, world: number): number => (world > 0 ? Math.ceil(screen / world) : 1);
  return Math.max(chooseWorldZoom(window.width, window.height), fill(window.width, map.width), fill(window.height, map.height));
}

/** Text and HUD scale in half steps: 1 at 720p, 1.5 at 1080p, 2 at 1440p. Text is drawn at its size, never stretched. */
export function chooseInterfaceScale(windowWidth: number, windowHeight: number): number {
  return Math.max(1, Math.floor(Math.min(windowWidth / 1280, windowHeight / 720) * 2) / 2);
}
