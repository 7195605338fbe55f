// The toolbar's Export menu (WAI-ARIA menu button): images of the current
// view, and the shown subgraph as GEXF, GraphML, JSON or CSV.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type Sigma from "sigma";
import type { GraphFile } from "../../shared/graph-schema.js";
import { filterGraph, type Filters } from "../../shared/filter.js";
import { exportFiles, type DataFormat } from "../../export/snapshot.js";
import { snapshotBaseName } from "../../export/filename.js";
import { snapshotFromSigma } from "./snapshot-from-sigma.js";
import { renderPng } from "./png.js";
import { downloadBlob } from "./download.js";
import "./export-menu.css";

type EntryId = "png" | "png-2x" | DataFormat;

const ENTRIES: { id: EntryId; label: string; group: "image" | "data" }[] = [
  { id: "png", label: "PNG image", group: "image" },
  { id: "png-2x", label: "PNG image (2×)", group: "image" },
  { id: "svg", label: "SVG image", group: "image" },
  { id: "gexf", label: "GEXF (Gephi)", group: "data" },
  { id: "graphml", label: "GraphML", group: "data" },
  { id: "json", label: "JSON (reopens here)", group: "data" },
  { id: "csv", label: "CSV tables (nodes, edges)", group: "data" },
];

export interface ExportMenuProps {
  sigma: Sigma | null;
  /** The graph file as loaded (unfiltered). */
  file: GraphFile;
  filters: Filters;
}

export async function exportSnapshot(id: EntryId, sigma: Sigma, file: GraphFile, filters: Filters): Promise<string[]> {
  const filtered = filterGraph(file, filters);
  const snapshot = snapshotFromSigma(sigma, filtered, filters, file);
  if (id === "png" || id === "png-2x") {
    const scale = id === "png" ? 1 : 2;
    const name = `${snapshotBaseName(filtered, filters)}${scale === 2 ? "@2x" : ""}.png`;
    downloadBlob(await renderPng(sigma, snapshot.caption, scale), name);
    return [name];
  }
  const files = exportFiles(snapshot, id);
  for (const f of files) downloadBlob(new Blob([f.content], { type: `${f.mime};charset=utf-8` }), f.name);
  return files.map((f) => f.name);
}

export function ExportMenu({ sigma, file, filters }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState("");
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    items.current[0]?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const run = async (id: EntryId) => {
    close(true);
    if (!sigma) return;
    try {
      const names = await exportSnapshot(id, sigma, file, filters);
      setStatus(`Exported ${names.join(" and ")}`);
    } catch (e) {
      setStatus(`Export failed: ${(e as Error).message}`);
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const list = items.current.filter((x): x is HTMLButtonElement => !!x);
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === "ArrowDown") move(at + 1);
    else if (e.key === "ArrowUp") move(at - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(list.length - 1);
    else if (e.key === "Escape") close(true);
    else if (e.key === "Tab") close(false);
    else return;
    if (e.key !== "Tab") e.preventDefault();
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        disabled={!sigma}
        data-testid="export-menu"
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKey}
      >
        Export
      </button>
      {open && (
        <ul className="export-menu-list" role="menu" id={menuId} aria-label="Export the current view" onKeyDown={onMenuKey}>
          {ENTRIES.flatMap((entry, i) => [
            ...(i > 0 && ENTRIES[i - 1]!.group !== entry.group ? [<li key={`sep-${entry.id}`} role="separator" />] : []),
            <li key={entry.id} role="none">
              <button
                ref={(el) => {
                  items.current[i] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-testid={`export-${entry.id}`}
                onClick={() => void run(entry.id)}
              >
                {entry.label}
              </button>
            </li>,
          ])}
        </ul>
      )}
      <span className="export-menu-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
