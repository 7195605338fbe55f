// Which names sigma draws. Its label grid splits the screen (as at zoom 1) into cells and
// names the biggest nodes of each, `labelDensity` of them per cell at zoom 1, fewer as one
// zooms out and more as one zooms in, and never a disc drawn smaller than the threshold.
// That keeps a big graph readable, but on a small one it left actors unnamed for no reason:
// on the seed graph Vladimir Putin shared a cell with Joe Biden and went without his name,
// as did 6 of the 16 actors. Where every label fits (labelsFit), the layout has kept each
// label's box clear of the others, so there every actor is named at the zoom a graph opens with.
import type { Settings } from "sigma/settings";

export type LabelSettings = Pick<Settings, "labelDensity" | "labelGridCellSize" | "labelRenderedSizeThreshold">;

/** Sigma's cell side where every label fits, in pixels. */
const CELL = 120;
/**
 * Labels per cell at zoom 1 where they all fit. A 120-pixel cell holds at most about ten label
 * boxes kept apart (five rows of 18-pixel labels and their margin, two names a row); sigma
 * divides this by the square of the zoom ratio, so all show at the opening zoom (1.2) and
 * the smaller nodes' names give way only once one zooms out past about 1.4.
 */
const ALL_FIT_DENSITY = 16;

/**
 * Where they do not all fit, sigma's grid draws none: base-labels.ts picks the names, biggest
 * discs first, each where it clears the others (forced through the node reducer). The grid named
 * the biggest node of each cell whatever its neighbours' names covered. With one name per 160-pixel
 * cell for discs at least 5 pixels wide, the Kremlin graph (565 actors) and its first 90 releases
 * (128 actors) opened with 4 and 13 names, 0 and 1 pair overlapping; 120-pixel cells gave 5 and 18
 * names with 1 and 2 pairs, 100-pixel cells 6 and 26 with 1 and 9. Picked: 7 and 28, none overlapping.
 */
const CROWD: LabelSettings = { labelDensity: 0, labelGridCellSize: 160, labelRenderedSizeThreshold: Infinity };

/** Sigma's label settings for a graph whose labels all fit (`labelsFit`), or not. */
export function labelSettings(allFit: boolean): LabelSettings {
  if (allFit) return { labelDensity: ALL_FIT_DENSITY, labelGridCellSize: CELL, labelRenderedSizeThreshold: 0 };
  return CROWD;
}
