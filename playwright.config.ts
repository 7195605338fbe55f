import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

// Playwright's own browser download is not reachable everywhere: prefer a
// system Chromium ($CHROMIUM_PATH, then Debian's /usr/bin/chromium).
function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].filter((p): p is string => !!p);
  for (const path of candidates) if (existsSync(path)) return path;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own
  } catch {
    // no bundled browser: fall through to the message below
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Set CHROMIUM_PATH to a Chromium binary, " +
      "or install Debian's: `sudo apt-get update && sudo apt-get install -y chromium` (gives /usr/bin/chromium).",
  );
}

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: findChromium(),
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
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
