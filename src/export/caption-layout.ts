// Places the caption band's texts and legend swatches below the graph. Pure
// geometry so the SVG writer and the canvas painter draw the same band. Text
// widths are estimated (no font metrics outside a browser), on the generous side.
import type { Caption } from "./caption.js";

export type CaptionItem =
  | { kind: "text"; x: number; y: number; text: string; size: number; bold: boolean; color: string }
  | { kind: "swatch"; cx: number; cy: number; r: number; color: string };

export interface CaptionLayout {
  height: number;
  items: CaptionItem[];
}

const PAD = 16;
const TITLE = 20;
const BODY = 14;
const SMALL = 12;
const TEXT_COLOR = "#222222";
const MUTED_COLOR = "#555555";

/** Rough rendered width: wide glyphs (CJK) count double. */
export function estimateTextWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 1.1 : 0.6;
  return units * size;
}

function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/** Layout of the band for an image `width` pixels wide, with its top at y = 0. */
export function layoutCaption(caption: Caption, width: number): CaptionLayout {
  const items: CaptionItem[] = [];
  const inner = Math.max(100, width - 2 * PAD);
  let y = PAD;
  const addLines = (text: string, size: number, bold: boolean, color: string) => {
    for (const line of wrap(text, size, inner)) {
      items.push({ kind: "text", x: PAD, y: y + size, text: line, size, bold, color });
      y += Math.round(size * 1.4);
    }
  };
  addLines(caption.title, TITLE, true, TEXT_COLOR);
  addLines(caption.dates, BODY, false, TEXT_COLOR);
  addLines(caption.filters, BODY, false, TEXT_COLOR);
  if (caption.legend.length) {
    y += 4;
    let x = PAD;
    const r = 6;
    const rowHeight = Math.round(BODY * 1.6);
    for (const entry of caption.legend) {
      const text = `${entry.label} (${entry.count})`;
      const w = 2 * r + 6 + estimateTextWidth(text, BODY) + 18;
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        y += rowHeight;
      }
      items.push({ kind: "swatch", cx: x + r, cy: y + BODY / 2 + 1, r, color: entry.color });
      items.push({ kind: "text", x: x + 2 * r + 6, y: y + BODY, text, size: BODY, bold: false, color: TEXT_COLOR });
      x += w;
    }
    y += rowHeight;
  }
  addLines(caption.credit, SMALL, false, MUTED_COLOR);
  return { height: Math.ceil(y + PAD / 2), items };
}
