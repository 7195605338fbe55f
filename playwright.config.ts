import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, NO_CHROMIUM_MESSAGE, systemChromium } from "./src/cli/chromium.ts";

// Playwright's own browser download is not reachable everywhere: prefer a
// system Chromium ($CHROMIUM_PATH, then Debian's /usr/bin/chromium).
function findChromium(): string | undefined {
  const system = systemChromium();
  if (system) return system;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own
  } catch {
    // no bundled browser: fall through to the message below
  }
  throw new Error(`End-to-end tests: ${NO_CHROMIUM_MESSAGE}`);
}

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: findChromium(),
      args: [
        ...CHROMIUM_FLAGS,
        // Headless Chromium has no GPU here: sigma's WebGL runs on SwiftShader.
        "--enable-unsafe-swiftshader",
        "--use-angle=swiftshader",
      ],
    },
  },
  webServer: {
    // Tests run against the production build (npm test builds first).
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
