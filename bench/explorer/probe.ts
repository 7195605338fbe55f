// A developer's probe, not part of `npm run bench`: loads the explorer and the bare page on one
// generated graph, repeats each timed action many times on the warm page and prints medians,
// optionally with a CPU profile (Chrome DevTools Protocol) of the repeated action on our page.
//   npx tsx bench/explorer/probe.ts --actors 1000 [--reps 15] [--profile hover|filter] [--out DIR] [--dir BUILD]
// --compare DIR adds a second build of the explorer (e.g. before/after a change), measured in the same process.
// --dir serves another build of the explorer, e.g. an unminified one for readable profiles:
//   BUILD_OUT_DIR=dist-probe npx vite build --minify false
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_FLAGS } from "../../src/cli/chromium.js";
import { generateGraph } from "../../scripts/generate-graph.js";
import { busiest, buildPages, chromiumPath, OURS_DIR, BARE_DIR, WEBGL_FLAGS } from "./suite.js";
import { serve } from "./serve.js";
import { firstRenderMs, installHook, timeAction, type Action } from "./page.js";

const { values } = parseArgs({
  options: { actors: { type: "string", default: "1000" }, reps: { type: "string", default: "15" }, profile: { type: "string" }, dir: { type: "string" }, compare: { type: "string" }, out: { type: "string", default: "/tmp/explorer-probe" } },
});
const actors = Number(values.actors);
const reps = Number(values.reps);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

buildPages();
const oursDir = values.dir ? resolve(values.dir) : OURS_DIR;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, ...WEBGL_FLAGS] });
const ours = await serve(oursDir);
const bare = await serve(BARE_DIR);
const file = generateGraph({ actors, edges: actors * 10, seed: actors });
const hub = busiest(file);
const bytes = Buffer.from(JSON.stringify(file));
ours.setGraph(bytes);
bare.setGraph(bytes);
const expected = { nodes: file.nodes.length, edges: file.edges.length };

async function open(url: string): Promise<{ page: Page; first: number; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await installHook(page, expected);
  await page.goto(url);
  const first = await firstRenderMs(page, 120_000);
  return { page, first, close: () => context.close() };
}

async function series(page: Page, bareSide: boolean, action: Action, undo: Action | null): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    out.push(await timeAction(page, action, bareSide, hub));
    if (undo) await timeAction(page, undo, bareSide, hub);
  }
  return out;
}

const lines: string[] = [];
const other = values.compare ? await serve(resolve(values.compare)) : null;
other?.setGraph(bytes);
const sides: { name: string; url: string; bare: boolean }[] = [
  { name: "ours", url: ours.url, bare: false },
  { name: "bare", url: bare.url, bare: true },
];
if (other) sides.push({ name: values.compare!, url: other.url, bare: false });
// Every page stays open and the repetitions alternate between them, so load from
// other processes falls on all of them alike.
const opened = [];
for (const side of sides) opened.push({ ...side, ...(await open(side.url)), hover: [] as number[], filter: [] as number[], refresh: [] as number[] });
for (let i = -1; i < reps; i++) {
  for (const p of opened) {
    const h = await timeAction(p.page, "hover", p.bare, hub);
    await timeAction(p.page, "unhover", p.bare, hub);
    const f = await timeAction(p.page, "filter", p.bare, hub);
    await timeAction(p.page, "unfilter", p.bare, hub);
    const r = await timeAction(p.page, "refresh", p.bare, hub);
    if (i < 0) continue; // warm-up
    p.hover.push(h);
    p.filter.push(f);
    p.refresh.push(r);
  }
}
for (const p of opened) {
  lines.push(`${p.name}: first ${p.first.toFixed(0)} ms, hover ${median(p.hover).toFixed(1)}, filter ${median(p.filter).toFixed(1)}, refresh ${median(p.refresh).toFixed(1)} ms (median of ${reps}); min ${Math.min(...p.hover).toFixed(1)} / ${Math.min(...p.filter).toFixed(1)} / ${Math.min(...p.refresh).toFixed(1)}`);
}
if (values.profile) {
  const p = opened[0]!;
  mkdirSync(values.out, { recursive: true });
  const cdp = await p.page.context().newCDPSession(p.page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const [action, undo] = values.profile === "filter" ? (["filter", "unfilter"] as const) : (["hover", "unhover"] as const);
  await series(p.page, false, action, undo);
  const { profile } = await cdp.send("Profiler.stop");
  const path = join(values.out, `${values.profile}-${actors}.cpuprofile`);
  writeFileSync(path, JSON.stringify(profile));
  lines.push(`profile: ${path}`);
}
for (const p of opened) await p.close();
console.log(lines.join("\n"));
await browser.close();
await ours.close();
await bare.close();
await other?.close();
