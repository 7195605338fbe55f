// Explorer in headless Chromium beside a bare sigma page over the same generated graphs:
// first complete render, hover highlight, date filter, ForceAtlas2 iterations/s.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { ROOT } from "../extraction/spawn.js";
import { ratio, summarise, type RunPlan, type Stat } from "../stats.js";
import type { Row } from "../report.js";
import type { GraphFile } from "../../src/shared/types.js";
import { generateGraph } from "../../scripts/generate-graph.js";
import { CHROMIUM_FLAGS, systemChromium } from "../../src/cli/chromium.js";
import { serve } from "./serve.js";
import { firstRenderMs, installHook, layoutRate, timeAction, type Action } from "./page.js";

export const OURS_DIR = resolve(ROOT, "dist-bench");
export const BARE_DIR = resolve(ROOT, "dist-bench-bare");
/** Software WebGL, the same on every machine (no GPU here): both pages draw through it. */
export const WEBGL_FLAGS = ["--enable-unsafe-swiftshader", "--use-angle=swiftshader"];

export const chromiumPath = systemChromium;

/** Newest modification time of the files under `dir` (0 when absent). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) t = Math.max(t, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return t;
}

/** Builds both pages, unless their builds are newer than every source file they come from. */
export function buildPages(): boolean {
  const built = Math.min(newest(OURS_DIR), newest(BARE_DIR));
  const sources = Math.max(newest(resolve(ROOT, "src")), newest(resolve(ROOT, "bench/explorer/bare")), newest(resolve(ROOT, "public")), statSync(resolve(ROOT, "package-lock.json")).mtimeMs);
  if (built > sources) return false;
  const env = { ...process.env, BUILD_OUT_DIR: "dist-bench" };
  execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: ROOT, env, stdio: "ignore" });
  execFileSync("npx", ["vite", "build", "--config", "bench/explorer/bare/vite.config.ts"], { cwd: ROOT, stdio: "ignore" });
  return true;
}

export interface ExplorerOptions {
  sizes: number[];
  plan: RunPlan;
  log: (line: string) => void;
  /** Timed repetitions of each action per run (their median is the run's figure); 5 unless told. */
  repeats?: number;
  /** Seconds ForceAtlas2 is counted for, per run. */
  layoutSeconds?: number;
}

interface PageFigures {
  first: number[];
  hover: number[];
  filter: number[];
  refresh: number[];
  layout: number[];
}

/** The actions whose times are kept; their undoing runs after each, untimed. */
type Timed = "hover" | "filter" | "refresh";

/** One step of a run's interactions: page `side` (0 first, 1 second) runs `action`, then `undo`. */
export interface Step {
  side: 0 | 1;
  action: Timed;
  undo: Action | null;
  /** Which repetition's figure it is, or null for the untimed first pass (compiling its code). */
  rep: number | null;
}

/**
 * The order of a run's interactions on its two open pages. The machine has slow stretches lasting
 * seconds; with each page timed in a load of its own, minutes apart, a stretch falls on one side of a
 * ratio only. Here every action alternates between the pages, so the explorer's hover and the bare
 * page's hover and refresh it is judged against are timed within a second of each other.
 * Refresh is timed on the bare page only: it is the frame both pages are judged against.
 */
export function schedule(repeats: number, bareSide: 0 | 1): Step[] {
  const steps: Step[] = [];
  for (let rep = -1; rep < repeats; rep++) {
    const r = rep < 0 ? null : rep;
    for (const [action, undo] of [["hover", "unhover"], ["filter", "unfilter"]] as const) {
      for (const side of [0, 1] as const) steps.push({ side, action, undo, rep: r });
    }
    steps.push({ side: bareSide, action: "refresh", undo: null, rep: r });
  }
  return steps;
}

interface Opened {
  page: Page;
  first: number;
  close: () => Promise<void>;
}

async function open(browser: Browser, url: string, expected: { nodes: number; edges: number }): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  try {
    const page = await context.newPage();
    await installHook(page, expected);
    await page.goto(url);
    const first = await firstRenderMs(page, 120_000);
    return { page, first, close: () => context.close() };
  } catch (e) {
    await context.close();
    throw e;
  }
}

/**
 * One run: loads both pages one after the other (first render), then, both open, times their
 * interactions in `schedule`'s order, then counts each one's ForceAtlas2 in turn (never both at once:
 * each layout worker wants a core). A single sub-frame action is mostly noise on shared cores, so
 * each action's median over `repeats` is the run's figure.
 */
async function measureRun(browser: Browser, pages: [PageRun, PageRun], expected: { nodes: number; edges: number }, hub: string, o: ExplorerOptions, record: boolean): Promise<void> {
  // In the order of `pages`.
  const opened: Opened[] = [];
  try {
    for (const p of pages) {
      opened.push(await open(browser, p.url, expected));
      if (record) p.into.first.push(opened[opened.length - 1]!.first);
    }
    if (!record) return;
    const times = pages.map((): Record<Timed, number[]> => ({ hover: [], filter: [], refresh: [] }));
    for (const step of schedule(o.repeats ?? 5, pages[0].bare ? 0 : 1)) {
      const { page } = opened[step.side]!;
      const { bare } = pages[step.side];
      const t = await timeAction(page, step.action, bare, hub);
      if (step.undo) await timeAction(page, step.undo, bare, hub);
      if (step.rep !== null) times[step.side]![step.action].push(t);
    }
    pages.forEach((p, i) => {
      p.into.hover.push(summarise(times[i]!.hover).median);
      p.into.filter.push(summarise(times[i]!.filter).median);
      if (p.bare) p.into.refresh.push(summarise(times[i]!.refresh).median);
    });
    for (const [i, p] of pages.entries()) p.into.layout.push(await layoutRate(opened[i]!.page, p.bare, o.layoutSeconds ?? 2));
  } finally {
    for (const p of opened) await p.close();
  }
}

interface PageRun {
  url: string;
  bare: boolean;
  into: PageFigures;
}

/**
 * The two pages in the order run `run` opens them: each goes first every other run, so whatever
 * the page before leaves behind (its context closing, a worker stopping) falls on both alike.
 */
export function inTurn<T>(run: number, pair: readonly [T, T]): [T, T] {
  return run % 2 === 0 ? [pair[0], pair[1]] : [pair[1], pair[0]];
}

/** The most connected actor: hovering it highlights the most, the worst case. */
export function busiest(file: GraphFile): string {
  const degree = new Map<string, number>();
  for (const e of file.edges) for (const k of [e.source, e.target]) degree.set(k, (degree.get(k) ?? 0) + 1);
  return [...degree].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
}

export async function benchExplorer(o: ExplorerOptions): Promise<{ rows: Row[]; notes: string[] }> {
  const executablePath = chromiumPath();
  if (!executablePath) return { rows: [], notes: ["explorer: no Chromium ($CHROMIUM_PATH or /usr/bin/chromium): skipped."] };
  o.log(buildPages() ? "explorer: built the explorer (dist-bench) and the bare sigma page (dist-bench-bare)" : "explorer: builds up to date");
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, ...WEBGL_FLAGS] });
  const ours = await serve(OURS_DIR);
  const bare = await serve(BARE_DIR);
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    for (const size of o.sizes) {
      const file = generateGraph({ actors: size, edges: size * 10, seed: size });
      const hub = busiest(file);
      const bytes = Buffer.from(JSON.stringify(file));
      ours.setGraph(bytes);
      bare.setGraph(bytes);
      const expected = { nodes: file.nodes.length, edges: file.edges.length };
      const name = `${size.toLocaleString("en")} actors, ${expected.edges.toLocaleString("en")} edges`;
      o.log(`explorer: ${name} (${(bytes.length / 1e6).toFixed(1)} MB)`);
      const a: PageFigures = { first: [], hover: [], filter: [], refresh: [], layout: [] };
      const b: PageFigures = { first: [], hover: [], filter: [], refresh: [], layout: [] };
      try {
        for (let i = -o.plan.warmup; i < o.plan.runs; i++) {
          const pages: [PageRun, PageRun] = [
            { url: ours.url, bare: false, into: a },
            { url: bare.url, bare: true, into: b },
          ];
          await measureRun(browser, inTurn(i, pages), expected, hub, o, i >= 0);
        }
      } catch (e) {
        // A size the page cannot handle in time is a finding, not a reason to lose the other sizes.
        notes.push(`explorer ${name}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
        continue;
      }
      const row = (metric: string, unit: string, stat: Stat, target?: Row["target"]): void => {
        rows.push({ group: "explorer", corpus: name, metric, unit, stat, ...(target ? { target } : {}) });
      };
      const [fa, fb] = [summarise(a.first), summarise(b.first)];
      row("first complete render: explorer", "ms", fa);
      row("first complete render: bare sigma", "ms", fb);
      row("first render explorer ÷ bare", "×", ratio(fa, fb), { op: "<=", value: 1.5 });
      const refresh = summarise(b.refresh);
      row("bare sigma refresh (one frame)", "ms", refresh);
      for (const [label, ours2, bare2] of [["hover highlight", a.hover, b.hover], ["date filter", a.filter, b.filter]] as const) {
        const [sa, sb] = [summarise(ours2), summarise(bare2)];
        row(`${label}: explorer`, "ms", sa);
        row(`${label}: bare sigma`, "ms", sb);
        row(`${label} explorer ÷ bare`, "×", ratio(sa, sb));
        row(`${label} explorer ÷ bare refresh`, "×", ratio(sa, refresh), { op: "<=", value: 1.5 });
      }
      const [la, lb] = [summarise(a.layout), summarise(b.layout)];
      row("ForceAtlas2 worker: explorer", "it/s", la);
      row("ForceAtlas2 worker: bare", "it/s", lb);
      row("ForceAtlas2 explorer ÷ bare (rate)", "×", ratio(la, lb));
    }
  } finally {
    await browser.close();
    await ours.close();
    await bare.close();
  }
  return { rows, notes };
}
