// PNG of the current view: sigma's own layers through @sigma/export-image,
// at 1× or 2× pixel ratio, with the caption band painted below.
import type Sigma from "sigma";
import { drawOnCanvas } from "@sigma/export-image";
import { BACKGROUND_COLOR } from "../../shared/appearance.js";
import type { Caption } from "../../export/caption.js";
import { layoutCaption } from "../../export/caption-layout.js";

const FONT = "Inter, system-ui, Arial, 'Noto Sans', sans-serif";

/**
 * drawOnCanvas sizes everything by window.devicePixelRatio (sigma reads it
 * when it renders), so a 2× image is made by overriding it for the duration.
 */
async function withPixelRatio<T>(ratio: number, run: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return await run();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

export function paintCaption(ctx: CanvasRenderingContext2D, caption: Caption, width: number, top: number): void {
  const band = layoutCaption(caption, width);
  ctx.fillStyle = BACKGROUND_COLOR;
  ctx.fillRect(0, top, width, band.height);
  ctx.fillStyle = "#cccccc";
  ctx.fillRect(0, top, width, 1);
  ctx.textBaseline = "alphabetic";
  for (const item of band.items) {
    if (item.kind === "swatch") {
      ctx.beginPath();
      ctx.arc(item.cx, top + item.cy, item.r, 0, 2 * Math.PI);
      ctx.fillStyle = item.color;
      ctx.fill();
    } else {
      ctx.font = `${item.bold ? "bold " : ""}${item.size}px ${FONT}`;
      ctx.fillStyle = item.color;
      ctx.fillText(item.text, item.x, top + item.y);
    }
  }
}

export function captionHeight(caption: Caption, width: number): number {
  return layoutCaption(caption, width).height;
}

export async function renderPng(sigma: Sigma, caption: Caption, scale: 1 | 2): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const graphCanvas = await withPixelRatio(scale, () =>
    drawOnCanvas(sigma, {
      backgroundColor: BACKGROUND_COLOR,
      // A snapshot is read, not hovered: every label sigma has room for, at a readable size.
      sigmaSettings: { labelRenderedSizeThreshold: 0, labelSize: 14 },
    }),
  );
  const bandHeight = captionHeight(caption, width);
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round((height + bandHeight) * scale);
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = BACKGROUND_COLOR;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(graphCanvas, 0, 0);
  ctx.scale(scale, scale);
  paintCaption(ctx, caption, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the browser could not encode the PNG"))), "image/png"),
  );
}
