// Sigma's disc label and hover drawers, with the label moved to the left of the
// disc where it would run off the canvas's right edge (label-place.ts decides).
// Labels on the right are left to sigma's own drawers, so they look as they always did.
import { drawDiscNodeHover, drawDiscNodeLabel, type NodeLabelDrawingFunction } from "sigma/rendering";
import { LABEL_GAP, labelStart } from "./label-place.js";
import type { EdgeView, NodeView } from "./runtime.js";

type Drawer = NodeLabelDrawingFunction<NodeView, EdgeView>;
type Data = Parameters<Drawer>[1];
type DrawSettings = Parameters<Drawer>[2];

/** The canvas's width in CSS pixels: sigma scales its 2D contexts by the device pixel ratio. */
function viewportWidth(context: CanvasRenderingContext2D): number {
  return context.canvas.width / (context.getTransform().a || 1);
}

function font(settings: DrawSettings): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** The label's width at the font sigma draws it with (which this leaves set on the context). */
function textWidth(context: CanvasRenderingContext2D, settings: DrawSettings, label: string): number {
  context.font = font(settings);
  return context.measureText(label).width;
}

/** Sigma's label, written from `start`: it writes from data.x + data.size + LABEL_GAP, so x is moved to land there. */
function writeLabel(context: CanvasRenderingContext2D, data: Data, settings: DrawSettings, start: number): void {
  drawDiscNodeLabel(context, { ...data, x: start - data.size - LABEL_GAP }, settings);
}

export const drawNodeLabel: Drawer = (context, data, settings) => {
  if (!data.label) return;
  writeLabel(context, data, settings, labelStart(data.x, data.size, textWidth(context, settings, data.label), viewportWidth(context)));
};

export const drawNodeHover: Drawer = (context, data, settings) => {
  const width = typeof data.label === "string" ? textWidth(context, settings, data.label) : 0;
  const start = labelStart(data.x, data.size, width, viewportWidth(context));
  if (typeof data.label !== "string" || start >= data.x) {
    drawDiscNodeHover(context, data, settings);
    return;
  }
  drawLeftHoverBox(context, data, settings, width);
  writeLabel(context, data, settings, start);
};

const PADDING = 2;

/** Sigma's white hover box (disc and label in one shape, with a shadow), mirrored to run left. */
function drawLeftHoverBox(context: CanvasRenderingContext2D, data: Data, settings: DrawSettings, labelWidth: number): void {
  const size = settings.labelSize;
  const boxWidth = Math.round(labelWidth + 5);
  const boxHeight = Math.round(size + 2 * PADDING);
  const radius = Math.max(data.size, size / 2) + PADDING;
  const half = boxHeight / 2;
  const angle = Math.asin(Math.min(1, half / radius));
  const inner = Math.sqrt(Math.abs(radius * radius - half * half));
  context.fillStyle = "#FFF";
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = "#000";
  context.beginPath();
  context.moveTo(data.x - inner, data.y + half);
  context.lineTo(data.x - radius - boxWidth, data.y + half);
  context.lineTo(data.x - radius - boxWidth, data.y - half);
  context.lineTo(data.x - inner, data.y - half);
  // Round the disc's right side, from the box's top edge to its bottom edge.
  context.arc(data.x, data.y, radius, Math.PI + angle, Math.PI - angle);
  context.closePath();
  context.fill();
  context.shadowBlur = 0;
}
