// Prints the top self-time functions of a V8 .cpuprofile (from node --cpu-prof).
//   npx tsx scripts/summarise-cpuprofile.ts FILE.cpuprofile [--top 40]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "40" } } });
const profile = JSON.parse(readFileSync(positionals[0]!, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
const label = (n: Node): string => {
  const f = n.callFrame;
  const file = f.url.replace(/^.*\/(src|node_modules)\//, "$1/");
  return `${f.functionName || "(anon)"} ${file}:${f.lineNumber + 1}`;
};
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  all += dt;
  const n = byId.get(id)!;
  self.set(label(n), (self.get(label(n)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let k: number | undefined = id; k !== undefined; k = parent.get(k)) {
    const l = label(byId.get(k)!);
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + dt);
  }
});
const top = Number(values.top);
const show = (title: string, m: Map<string, number>): void => {
  console.log(`\n${title} (of ${(all / 1000).toFixed(0)} ms)`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v / 1000).toFixed(0).padStart(7)} ms ${((100 * v) / all).toFixed(1).padStart(5)}%  ${k}`);
};
show("self time", self);
show("total time", total);
