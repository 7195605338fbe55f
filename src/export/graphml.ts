// GraphML writer (graphology-graphml only parses): typed <key> declarations
// for every attribute, plus x/y/size/r/g/b so Gephi and yEd keep the view.
import type { GraphFile } from "../shared/graph-schema.js";
import type { GraphAppearance } from "../shared/appearance.js";
import { EDGE_COLUMNS, NODE_COLUMNS, edgeRows, nodeRows, type Cell, type ColumnType } from "./attributes.js";
import { escapeXml } from "./xml.js";

const GRAPHML_TYPE: Record<ColumnType, string> = { string: "string", integer: "int", double: "double", boolean: "boolean" };

interface Key {
  id: string;
  for: "node" | "edge" | "graph";
  name: string;
  type: ColumnType;
}

function hexToRgb(color: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : null;
}

function data(key: Key, value: Cell): string {
  if (value === null || value === "") return "";
  return `<data key="${key.id}">${escapeXml(String(value))}</data>`;
}

export function toGraphml(file: GraphFile, appearance: GraphAppearance): string {
  const nodeKeys: Key[] = [
    ...NODE_COLUMNS.map((c) => ({ name: c.name, type: c.type })),
    { name: "x", type: "double" as const },
    { name: "y", type: "double" as const },
    { name: "size", type: "double" as const },
    { name: "color", type: "string" as const },
    { name: "r", type: "integer" as const },
    { name: "g", type: "integer" as const },
    { name: "b", type: "integer" as const },
  ].map((k, i) => ({ ...k, id: `n${i}`, for: "node" }));
  const edgeKeys: Key[] = [
    ...EDGE_COLUMNS.map((c) => ({ name: c.name, type: c.type })),
    { name: "label", type: "string" as const },
    { name: "color", type: "string" as const },
    { name: "thickness", type: "double" as const },
  ].map((k, i) => ({ ...k, id: `e${i}`, for: "edge" }));
  const graphKeys: Key[] = [{ id: "g0", for: "graph", name: "corpus", type: "string" }];
  const nk = new Map(nodeKeys.map((k) => [k.name, k]));
  const ek = new Map(edgeKeys.map((k) => [k.name, k]));

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const k of [...graphKeys, ...nodeKeys, ...edgeKeys]) {
    out.push(`  <key id="${k.id}" for="${k.for}" attr.name="${escapeXml(k.name)}" attr.type="${GRAPHML_TYPE[k.type]}"/>`);
  }
  out.push('  <graph id="G" edgedefault="undirected">');
  if (file.attributes.corpus) out.push(`    ${data(graphKeys[0]!, file.attributes.corpus)}`);
  for (const row of nodeRows(file, appearance)) {
    const cells: string[] = NODE_COLUMNS.map((c) => data(nk.get(c.name)!, c.get(row)));
    cells.push(data(nk.get("x")!, row.x), data(nk.get("y")!, row.y), data(nk.get("size")!, row.size));
    cells.push(data(nk.get("color")!, row.color));
    const rgb = hexToRgb(row.color);
    if (rgb) cells.push(data(nk.get("r")!, rgb[0]), data(nk.get("g")!, rgb[1]), data(nk.get("b")!, rgb[2]));
    out.push(`    <node id="${escapeXml(row.node.key)}">${cells.join("")}</node>`);
  }
  for (const row of edgeRows(file, appearance)) {
    const cells: string[] = EDGE_COLUMNS.map((c) => data(ek.get(c.name)!, c.get(row)));
    cells.push(data(ek.get("label")!, `${row.sourceLabel} – ${row.targetLabel}`));
    cells.push(data(ek.get("color")!, row.color), data(ek.get("thickness")!, row.size));
    out.push(
      `    <edge id="${escapeXml(row.key)}" source="${escapeXml(row.edge.source)}" target="${escapeXml(row.edge.target)}">${cells.join("")}</edge>`,
    );
  }
  out.push("  </graph>");
  out.push("</graphml>");
  return out.join("\n") + "\n";
}
