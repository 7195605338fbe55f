// Child entry: times compromise over a sample of a corpus too big to hold: the corpus is
// streamed and every `every`-th article kept, up to `peer-bytes` of text. Prints JSON.
import { parseArgs } from "node:util";
import { readInput } from "../../src/cli/read-inputs.js";
import type { Article } from "../../src/shared/types.js";
import { listFiles } from "./load.js";
import { articleText, timePeer } from "./peer.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: "string" }, warmup: { type: "string" }, "peer-bytes": { type: "string" }, every: { type: "string" } },
});
const every = Math.max(1, Number(values.every ?? 1));
const maxBytes = Number(values["peer-bytes"] ?? 1e6);
const picked: Article[] = [];
let seen = 0;
let bytes = 0;
reading: for (const file of listFiles(positionals)) {
  for await (const event of readInput(file, () => {})) {
    if (event.type !== "article" || seen++ % every) continue;
    picked.push(event.article);
    bytes += Buffer.byteLength(articleText(event.article));
    if (bytes >= maxBytes) break reading;
  }
}
const timing = await timePeer(picked, { runs: Number(values.runs ?? 5), warmup: Number(values.warmup ?? 1) });
process.stdout.write(`${JSON.stringify(timing)}\n`);
