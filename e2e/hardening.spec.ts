// Hostile and broken input at the explorer's end, with graphs made by the real extractor
// and served from the build's own folder (same origin, as a user's ?graph= link would be).
import { expect, test, type Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateGraph } from "../scripts/generate-graph";
import { waitForGraph } from "./fixtures/explorer-helpers";

const ROOT = resolve(import.meta.dirname, "..");
const BUILD = resolve(ROOT, process.env.BUILD_OUT_DIR ?? "dist");
const SERVED = join(BUILD, "hardening");
const EVIL_IMG = "<img src=x onerror=alert(1)>";
const TITLE = `<script>alert("title")</script> Talks ${EVIL_IMG}`;
const SENTENCE_1 = `Sergei Lavrov met Antony Blinken in Geneva ${EVIL_IMG} on Monday.`;
const SENTENCE_2 = "Ivan Petrov met Sergei Lavrov to discuss <script>alert(2)</script> and javascript:alert(1) links.";
const HOSTILE_NAME = `Ivan ${EVIL_IMG} Petrov`;

let work: string;

test.beforeAll(() => {
  test.setTimeout(300_000);
  if (!existsSync(join(BUILD, "index.html"))) throw new Error(`no build in ${BUILD}: run \`BUILD_OUT_DIR=${BUILD} npx vite build\` first`);
  mkdirSync(SERVED, { recursive: true });
  work = mkdtempSync(join(tmpdir(), "hardening-e2e-"));

  // The hostile article, as a user's corpus would hold it, and a gazetteer entry whose name is markup.
  mkdirSync(join(work, "corpus"));
  const article = { id: "hostile-article", title: TITLE, date: "2022-01-10", url: "javascript:alert(1)", text: `${SENTENCE_1} ${SENTENCE_2} Blinken said the talks were useful.` };
  writeFileSync(join(work, "corpus", "hostile.json"), JSON.stringify(article));
  const gazetteer = join(work, "gazetteer.yaml");
  writeFileSync(
    gazetteer,
    readFileSync(join(ROOT, "graph-data/gazetteer.yaml"), "utf8") +
      `\n  - key: petrov-hostile\n    name: "${HOSTILE_NAME}"\n    aliases: [Ivan Petrov]\n    affiliation: RU\n`,
  );
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "src/cli/extract.ts"), join(work, "corpus"), "--actors", gazetteer, "--out", join(SERVED, "xss-graph.json")],
    { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`extract failed (${run.status}): ${run.stderr}`);

  // About 60 MB of graph, cut short, and whole but with its last edge pointing at a node that does not exist.
  const huge = generateGraph({ actors: 10_000, edges: 100_000, seed: 60 });
  const last = huge.edges[huge.edges.length - 1]!;
  const text = JSON.stringify(huge);
  writeFileSync(join(SERVED, "huge-truncated.json"), text.slice(0, text.length - 1000));
  huge.edges[huge.edges.length - 1] = { ...last, target: "nobody" };
  writeFileSync(join(SERVED, "huge-dangling.json"), JSON.stringify(huge));
});

test.afterAll(() => {
  rmSync(SERVED, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Records every alert/confirm/prompt: a script run from the data would open one. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

/** Drops a file the page itself fetched (or built), so tens of MB never cross the test protocol. */
async function dropServed(page: Page, url: string, name: string): Promise<void> {
  await page.evaluate(
    async ([u, n]) => {
      const blob = await (await fetch(u)).blob();
      const dt = new DataTransfer();
      dt.items.add(new File([blob], n, { type: "application/json" }));
      const app = document.querySelector(".app")!;
      for (const type of ["dragenter", "dragover", "drop"]) app.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    [url, name] as const,
  );
}

const order = (page: Page) => page.evaluate(() => window.__explorer!.graph.order);

test("a hostile article through the real extractor: title, sentences, names and URL shown as text, no script, no javascript: link", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto("/?graph=hardening/xss-graph.json");
  await waitForGraph(page, 3);
  await expect(page.getByTestId("confirm-foreign")).toHaveCount(0); // same origin: no question asked
  await expect(page.getByTestId("load-error")).toHaveCount(0);

  await page.getByTestId("search").fill("Petrov");
  await page.getByTestId("search").press("Enter");
  const panel = page.getByTestId("actor-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(HOSTILE_NAME);

  await page.locator('[data-testid="connection-row"][data-actor="lavrov"]').click();
  const evidence = page.getByTestId("evidence-panel");
  await expect(evidence).toContainText(SENTENCE_2);
  await expect(evidence).toContainText(TITLE);
  await expect(evidence.getByText("javascript:alert(1)", { exact: false }).first()).toBeVisible();
  await expect(evidence.getByRole("heading", { level: 2 })).toContainText(HOSTILE_NAME);

  await page.getByTestId("search").fill("Blinken");
  await page.getByTestId("search").press("Enter");
  await page.locator('[data-testid="connection-row"][data-actor="lavrov"]').click();
  await expect(page.getByTestId("evidence-panel")).toContainText(SENTENCE_1);

  // Nothing hostile became markup; the only links are http(s); the javascript: URL is text, not a link.
  expect(await page.locator('img[src="x"], #root script, [onerror], [onmouseover]').count()).toBe(0);
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  expect(await page.locator('a[href^="javascript" i], a[href^="data" i], a[href^="vbscript" i]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("huge truncated, huge dangling and over-limit graph files: a clear error each, and the previous graph stays", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto("/?graph=hardening/xss-graph.json");
  await waitForGraph(page, 3);
  const error = page.getByTestId("load-error");

  await dropServed(page, "hardening/huge-truncated.json", "huge-truncated.json");
  await expect(error).toContainText("huge-truncated.json is not JSON", { timeout: 60_000 });
  expect(await order(page)).toBe(3);

  await dropServed(page, "hardening/huge-dangling.json", "huge-dangling.json");
  await expect(error).toContainText('missing node "nobody"', { timeout: 60_000 });
  expect(await order(page)).toBe(3);

  // Over the size limit: refused before it is read. The bytes are zeros made in the page.
  await page.evaluate(() => {
    const chunk = new Uint8Array(16 << 20);
    const dt = new DataTransfer();
    dt.items.add(new File(Array.from({ length: 13 }, () => chunk), "too-big.json", { type: "application/json" }));
    const app = document.querySelector(".app")!;
    for (const type of ["dragenter", "dragover", "drop"]) app.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(error).toContainText("too-big.json is too large (208 MB); the explorer opens graph files up to 200 MB");
  expect(await order(page)).toBe(3);
  await expect(page.getByTestId("graph")).toBeVisible();
  expect(await page.evaluate(() => window.__explorer!.graph.hasNode("petrov-hostile"))).toBe(true);
});

test("a truncated ?graph= from the same origin shows its error over the bundled graph", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/?graph=hardening/huge-truncated.json");
  await expect(page.getByTestId("load-error")).toContainText("hardening/huge-truncated.json is not JSON", { timeout: 60_000 });
  await waitForGraph(page);
  expect(await page.evaluate(() => window.__explorer!.graph.hasNode("petrov-hostile"))).toBe(false);
});

// connect-src stays open to http(s) on purpose: a ?graph= on another origin loads once the user
// confirms (explorer-robustness.spec.ts tests both the question and the load). Code, styles'
// sources, images and frames from other origins stay forbidden.
test("the production CSP really blocks inline scripts and foreign code and images", async ({ page }) => {
  await page.goto("/");
  await waitForGraph(page);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
    const w = window as unknown as { __inline?: number; __foreign?: number };
    const s = document.createElement("script");
    s.textContent = "window.__inline = 1";
    document.body.append(s);
    const img = document.createElement("img");
    img.setAttribute("onerror", "window.__inline = 2");
    img.src = "x";
    document.body.append(img);
    const remote = document.createElement("script");
    remote.src = "https://evil.example/steal.js";
    document.body.append(remote);
    const pixel = document.createElement("img");
    pixel.src = "https://evil.example/pixel.png";
    document.body.append(pixel);
    await new Promise((r) => setTimeout(r, 300));
    return { inline: w.__inline ?? null, foreign: w.__foreign ?? null, violations };
  });
  expect(outcome.inline).toBeNull();
  expect(outcome.foreign).toBeNull();
  expect(outcome.violations).toEqual(
    expect.arrayContaining([expect.stringMatching(/^script-src/), expect.stringMatching(/^img-src/)]),
  );
  expect(outcome.violations.filter((v) => v.startsWith("script-src")).length).toBeGreaterThanOrEqual(2);
});
