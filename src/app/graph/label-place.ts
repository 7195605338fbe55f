// Which side of its disc a node's label goes. Sigma draws every label to the
// right of the disc, so a node near the canvas's right edge had its name cut off
// ("Mohammed bin Salman A…" beside the side panel). The label drawers, the hover
// drawer and the neighbour-label picker all place labels through this one rule,
// so what is picked as free space is where the text is drawn. Pure: screen pixels in.

/** Room between a disc and its label, in pixels (sigma's own). */
export const LABEL_GAP = 3;

/**
 * Where a label's text starts. Right of the disc when it fits inside `viewportWidth`;
 * otherwise left of the disc when that fits; when neither fits, the side with more room.
 */
export function labelStart(x: number, size: number, textWidth: number, viewportWidth: number): number {
  const right = x + size + LABEL_GAP;
  const left = x - size - LABEL_GAP - textWidth;
  if (right + textWidth <= viewportWidth || !(viewportWidth > 0)) return right;
  if (left >= 0) return left;
  return viewportWidth - right >= x - size - LABEL_GAP ? right : left;
}
