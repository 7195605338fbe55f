// `npm run extract`: runs the extractor CLI (src/cli/extract.ts) from its esbuild bundle,
// rebuilt first if any of its sources changed. See scripts/cli-bundle.mjs for why.
import { EXTRACT_BUNDLE, ensureBundle } from "./cli-bundle.mjs";

const { outputs } = await ensureBundle(EXTRACT_BUNDLE);
// The CLI runs its main code only when it is the program Node was started with.
process.argv[1] = outputs.extract;
await import(outputs.extract);
