// Which of a highlighted node's neighbours have their names drawn. Forcing every
// neighbour's label drew a hub's names on top of each other (Putin in the Kremlin
// graph has 336 neighbours: an unreadable block of text). The strongest connections
// are labelled first, and a label that would cover one already placed, or the box
// drawn around the focus (and the selection), is left out; the side panel lists
// every neighbour. Pure: positions come in screen pixels.
import { labelStart } from "./label-place.js";

export interface LabelCandidate {
  key: string;
  /** The node's centre and radius on screen, in pixels. */
  x: number;
  y: number;
  size: number;
  label: string;
  /** How strongly it is tied to the focus: heavier ones are labelled first. */
  weight: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Room kept between two labels, in pixels. */
const GAP = 2;
const CELL = 64;

/**
 * Where the label drawers put a label (label-place.ts: right of the disc unless that runs past
 * `viewportWidth`), on sigma's baseline a third of the font below the centre.
 */
export function labelBox(c: Pick<LabelCandidate, "x" | "y" | "size">, width: number, fontSize: number, viewportWidth: number): Box {
  const left = labelStart(c.x, c.size, width, viewportWidth);
  return { left, right: left + width, top: c.y - fontSize * 0.75, bottom: c.y + fontSize * 0.55 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;
}

/**
 * The keys of the candidates whose labels are drawn: heaviest first (then by key, so the
 * choice is the same every time), each kept only if its box clears every box kept before
 * it and those of `fixed`, the highlighted nodes whose labels are always drawn. `measure`
 * gives a label's width in pixels at the drawn font; `viewportWidth` is the canvas's width.
 */
export function pickLabels(
  fixed: LabelCandidate[],
  candidates: LabelCandidate[],
  measure: (label: string) => number,
  fontSize: number,
  viewportWidth: number,
): Set<string> {
  // Kept boxes bucketed by the grid cells they touch, so each test looks only nearby.
  const cells = new Map<string, Box[]>();
  const span = (b: Box): [number, number, number, number] => [
    Math.floor((b.left - GAP) / CELL),
    Math.floor((b.right + GAP) / CELL),
    Math.floor((b.top - GAP) / CELL),
    Math.floor((b.bottom + GAP) / CELL),
  ];
  const clear = (b: Box): boolean => {
    const [x0, x1, y0, y1] = span(b);
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) for (const o of cells.get(`${i},${j}`) ?? []) if (overlaps(b, o)) return false;
    return true;
  };
  const keep = (b: Box): void => {
    const [x0, x1, y0, y1] = span(b);
    for (let i = x0; i <= x1; i++)
      for (let j = y0; j <= y1; j++) {
        const list = cells.get(`${i},${j}`);
        if (list) list.push(b);
        else cells.set(`${i},${j}`, [b]);
      }
  };
  for (const f of fixed) {
    // Highlighted nodes are drawn as hovered: a white box around the disc and the label.
    const box = labelBox(f, measure(f.label), fontSize, viewportWidth);
    keep({
      left: Math.min(box.left, f.x - f.size - 4),
      right: Math.max(box.right, f.x + f.size + 4),
      top: Math.min(box.top, f.y - f.size - 4),
      bottom: Math.max(box.bottom, f.y + f.size + 4),
    });
  }
  const picked = new Set<string>();
  const order = [...candidates].sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const c of order) {
    if (!c.label) continue;
    const box = labelBox(c, measure(c.label), fontSize, viewportWidth);
    if (!clear(box)) continue;
    keep(box);
    picked.add(c.key);
  }
  return picked;
}
