// The floor as a whole process, set beside the CLI's wall time: the CLI's own walker and
// reader, then normalise and split each article, streamed as the CLI streams. Bundled by
// esbuild exactly as the CLI is (floor.ts), so both start in plain Node and the ratio
// compares the work, not the launchers.
import { listFiles } from "./load.js";
import { readInput } from "../../src/cli/read-inputs.js";
import { prepareArticle } from "../../src/extract/prepare.js";

let sentences = 0;
for (const file of listFiles(process.argv.slice(2))) {
  for await (const event of readInput(file, () => {})) if (event.type === "article") sentences += prepareArticle(event.article).sentences.length;
}
process.stdout.write(`${JSON.stringify({ sentences })}\n`);
