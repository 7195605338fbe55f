// Worker threads do not inherit tsx's loader on Node 20, so each worker loads
// the TypeScript worker itself. tsx's CommonJS hook runs in this thread; its
// ESM hook would start one more thread per worker and route every module
// through it, which made a worker's start-up cost ~40% more CPU. Nothing the
// worker loads uses import.meta or top-level await, so it reads the same either way.
import { require as tsxRequire } from "tsx/cjs/api";

const worker = tsxRequire("./extract-worker.ts", import.meta.url);
export default worker.default;
