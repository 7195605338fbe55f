import { defineConfig } from "vitest/config";

// chrono does part of its date arithmetic in the machine's local time even when told the text's
// offset, so where the tests hold our date reader to chrono's reading (plain-dates.test.ts), a year
// left out at the half-year edge came out a year apart in Pacific/Kiritimati or America/Santiago.
// The extractor's own output is the same in every zone (extract.test.ts); the tests run in UTC, so that they
// pass on a developer's machine anywhere. Set here, before the test processes are forked, so they inherit it.
process.env.TZ = "UTC";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["src/test-setup/webgl-constants.ts"],
    testTimeout: 60_000,
  },
});
