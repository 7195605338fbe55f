// `npm run sample -- GRAPH [--type meeting] [--n 40] [--seed 1] [--without putin]`: interactions drawn at random from a
// graph file, with their evidence, to be read by hand (see src/eval/sample.ts).
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { interactionTypes, parseGraphFile, type InteractionType } from "../shared/graph-schema.js";
import { formatSampled, sampleInteractions, type SampleOptions } from "../eval/sample.js";
import { MAX_SEED, oneOf, parseCommandLine, runCommand, UsageError, wholeNumber } from "./command-line.js";

export const USAGE = `Usage: npm run sample -- GRAPH.json [options]

Draws interactions at random from a graph file, with their evidence, to be read by hand.

Options:
  --type TYPE       meeting, statement or comention (default meeting)
  --n N             how many to draw, a whole number ≥ 1 (default 40)
  --seed S          a whole number from 0 to ${MAX_SEED}: the same seed draws the same ones (default 1)
  --without ACTOR   leave out every edge of this actor (a node key)
  -h, --help        show this help`;

export interface SampleArgs extends SampleOptions {
  path: string;
}

export function parseSampleArgs(argv: readonly string[]): SampleArgs {
  const { values, positionals } = parseCommandLine(
    argv,
    { type: { type: "string" }, n: { type: "string" }, seed: { type: "string" }, without: { type: "string" } },
    { positionals: true },
  );
  if (positionals.length === 0) throw new UsageError("GRAPH.json is required");
  if (positionals.length > 1) throw new UsageError(`one graph file at a time, got ${positionals.length}: ${positionals.join(" ")}`);
  if (values.without !== undefined && !values.without.trim()) throw new UsageError(`--without needs an actor key, got "${values.without}"`);
  return {
    path: positionals[0]!,
    type: oneOf<InteractionType>("type", values.type, interactionTypes, "meeting"),
    n: wholeNumber("n", values.n, 40, { min: 1 }),
    seed: wholeNumber("seed", values.seed, 1, { min: 0, max: MAX_SEED }),
    ...(values.without !== undefined ? { without: values.without } : {}),
  };
}

function main(): number {
  const { path, ...options } = parseSampleArgs(process.argv.slice(2));
  let parsed;
  try {
    parsed = parseGraphFile(JSON.parse(readFileSync(path, "utf8")));
  } catch (e) {
    console.error(`sample: cannot read ${path}: ${(e as Error).message}`);
    return 1;
  }
  if (!parsed.ok) {
    console.error(`sample: ${path} is not a graph file: ${parsed.error}`);
    return 1;
  }
  const { total, drawn } = sampleInteractions(parsed.graph, options);
  console.log(`${drawn.length} of ${total} ${options.type} interactions${options.without ? ` without ${options.without}` : ""}, seed ${options.seed}`);
  drawn.forEach((s, i) => console.log(["", ...formatSampled(s, i + 1)].join("\n")));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCommand("sample", USAGE, main);
}
