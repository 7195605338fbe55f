// SVG writer: draws a scene (edges, discs, labels with a halo so they read
// over edges) and the caption band below it. Standalone, valid XML.
import { HIGHLIGHT_COLOR, LABEL_COLOR } from "../shared/appearance.js";
import type { Caption } from "./caption.js";
import { layoutCaption } from "./caption-layout.js";
import { SCENE_LABEL_SIZE, type Scene } from "./scene.js";
import { escapeXml } from "./xml.js";

const FONT = "Arial, Helvetica, 'Noto Sans', 'Noto Sans CJK SC', sans-serif";

function num(v: number): string {
  return String(Math.round(v * 100) / 100);
}

export function sceneToSvg(scene: Scene, caption: Caption | null): string {
  const band = caption ? layoutCaption(caption, scene.width) : null;
  const totalHeight = scene.height + (band?.height ?? 0);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${totalHeight}" viewBox="0 0 ${scene.width} ${totalHeight}" font-family="${escapeXml(FONT)}">`,
  );
  if (caption) out.push(`<title>${escapeXml(`${caption.title}, ${caption.dates}`)}</title>`);
  out.push(`<rect x="0" y="0" width="${scene.width}" height="${totalHeight}" fill="${escapeXml(scene.background)}"/>`);

  const pos = new Map(scene.nodes.map((n) => [n.key, n]));
  out.push('<g class="edges" stroke-linecap="round">');
  for (const e of scene.edges) {
    const s = pos.get(e.source);
    const t = pos.get(e.target);
    if (!s || !t) continue;
    out.push(
      `<line x1="${num(s.x)}" y1="${num(s.y)}" x2="${num(t.x)}" y2="${num(t.y)}" stroke="${escapeXml(e.color)}" stroke-width="${num(e.size)}"/>`,
    );
  }
  out.push("</g>");

  out.push('<g class="nodes">');
  for (const n of scene.nodes) {
    const ring = n.highlighted ? ` stroke="${HIGHLIGHT_COLOR}" stroke-width="3"` : ' stroke="#ffffff" stroke-width="1"';
    out.push(`<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.size)}" fill="${escapeXml(n.color)}"${ring}/>`);
  }
  out.push("</g>");

  out.push(
    `<g class="labels" font-size="${SCENE_LABEL_SIZE}" fill="${LABEL_COLOR}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`,
  );
  // Highlighted labels last so they sit on top of their neighbours'.
  const ordered = [...scene.nodes].sort((a, b) => Number(a.highlighted) - Number(b.highlighted));
  for (const n of ordered) {
    if (!n.label) continue;
    const weight = n.highlighted ? ' font-weight="bold"' : "";
    out.push(
      `<text x="${num(n.x + n.size + 3)}" y="${num(n.y + SCENE_LABEL_SIZE / 3)}"${weight}>${escapeXml(n.label)}</text>`,
    );
  }
  out.push("</g>");

  if (band) {
    out.push(`<g class="caption" transform="translate(0 ${scene.height})">`);
    out.push(`<line x1="0" y1="0.5" x2="${scene.width}" y2="0.5" stroke="#cccccc"/>`);
    for (const item of band.items) {
      if (item.kind === "swatch") {
        out.push(`<circle cx="${num(item.cx)}" cy="${num(item.cy)}" r="${num(item.r)}" fill="${escapeXml(item.color)}"/>`);
      } else {
        const weight = item.bold ? ' font-weight="bold"' : "";
        out.push(
          `<text x="${num(item.x)}" y="${num(item.y)}" font-size="${item.size}" fill="${item.color}"${weight}>${escapeXml(item.text)}</text>`,
        );
      }
    }
    out.push("</g>");
  }
  out.push("</svg>");
  return out.join("\n") + "\n";
}
