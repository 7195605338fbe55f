import { expect, test, type Download, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { parseGraphFile } from "../src/shared/graph-schema.js";

// Applies a filter in the explorer, exports every format from the Export
// menu and checks each file holds the filtered view, not the whole graph.

/** What the explorer draws: its graph keeps filtered-out nodes and edges, hidden. */
async function shownCounts(page: Page): Promise<{ order: number; size: number; labels: string[] }> {
  return page.evaluate(() => {
    const g = window.__explorer!.graph;
    const nodes = g.filterNodes((_k, a) => !a.hidden);
    return { order: nodes.length, size: g.filterEdges((_k, a) => !a.hidden).length, labels: nodes.map((k) => g.getNodeAttribute(k, "label") as string) };
  });
}

async function exportEntry(page: Page, id: string, count = 1): Promise<Download[]> {
  const downloads: Download[] = [];
  const done = new Promise<void>((resolve) => {
    const onDownload = (d: Download) => {
      downloads.push(d);
      if (downloads.length === count) {
        page.off("download", onDownload);
        resolve();
      }
    };
    page.on("download", onDownload);
  });
  await page.getByTestId("export-menu").click();
  await expect(page.getByRole("menu")).toBeVisible();
  await page.getByTestId(`export-${id}`).click();
  await done;
  return downloads;
}

const read = async (d: Download) => readFileSync((await d.path())!, "utf8");

test("the Export menu downloads the filtered view in every format", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('[data-testid="graph"] canvas').first()).toBeAttached();
  await page.waitForFunction(() => (window.__explorer?.graph.order ?? 0) > 0);
  const before = await shownCounts(page);

  // Filter: drop co-mentions. The view (and so every export) must shrink or stay, never hold co-mentions.
  await page.getByTestId("filter-type-comention").uncheck();
  await expect.poll(async () => (await shownCounts(page)).size).toBeLessThanOrEqual(before.size);
  const shown = await shownCounts(page);
  const nameRe = /^actors-graph_(\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}_)?meetings-statements/;

  // Keyboard: the menu opens from the button, arrows move, Escape closes and returns focus.
  await page.getByTestId("export-menu").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("export-png")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("export-png-2x")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(page.getByTestId("export-menu")).toBeFocused();

  const [json] = await exportEntry(page, "json");
  expect(json!.suggestedFilename()).toMatch(nameRe);
  const parsed = parseGraphFile(JSON.parse(await read(json!)));
  expect(parsed.ok).toBe(true);
  if (parsed.ok) {
    expect(parsed.graph.nodes.length).toBe(shown.order);
    expect(parsed.graph.edges.length).toBe(shown.size);
    const types = new Set(parsed.graph.edges.flatMap((e) => e.attributes.interactions.map((i) => i.type)));
    expect(types.has("comention")).toBe(false);
  }

  const [gexf] = await exportEntry(page, "gexf");
  expect(gexf!.suggestedFilename()).toMatch(new RegExp(nameRe.source + ".*\\.gexf$"));
  const gexfText = await read(gexf!);
  expect(gexfText).toContain('version="1.3"');
  expect((gexfText.match(/<node /g) ?? []).length).toBe(shown.order);
  expect((gexfText.match(/<edge /g) ?? []).length).toBe(shown.size);

  const [graphml] = await exportEntry(page, "graphml");
  const graphmlText = await read(graphml!);
  expect((graphmlText.match(/<node /g) ?? []).length).toBe(shown.order);
  expect((graphmlText.match(/<edge /g) ?? []).length).toBe(shown.size);

  const csv = await exportEntry(page, "csv", 2);
  const names = csv.map((d) => d.suggestedFilename()).sort();
  expect(names[0]).toMatch(/_edges\.csv$/);
  expect(names[1]).toMatch(/_nodes\.csv$/);
  for (const d of csv) {
    const rows = (await read(d)).split("\r\n").filter(Boolean);
    // Header + one row per node or edge (evidence cells may span lines inside quotes, so count ids).
    if (d.suggestedFilename().endsWith("_nodes.csv")) expect(rows.length).toBe(shown.order + 1);
  }

  const [svg] = await exportEntry(page, "svg");
  const svgText = await read(svg!);
  expect(svgText.startsWith("<?xml")).toBe(true);
  expect(svgText).toContain("Filters: types: meeting, statement");
  expect((svgText.match(/<line /g) ?? []).length).toBe(shown.size + 1);

  const box = (await page.getByTestId("graph").boundingBox())!;
  for (const [id, scale] of [
    ["png", 1],
    ["png-2x", 2],
  ] as const) {
    const [png] = await exportEntry(page, id);
    expect(png!.suggestedFilename()).toMatch(new RegExp(nameRe.source + (scale === 2 ? ".*@2x\\.png$" : ".*\\.png$")));
    const image = PNG.sync.read(readFileSync((await png!.path())!));
    expect(image.width).toBe(Math.round(box.width) * scale);
    expect(image.height).toBeGreaterThan(Math.round(box.height) * scale);
    const colours = new Set<number>();
    for (let i = 0; i < image.data.length; i += 4) colours.add((image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!);
    expect(colours.size).toBeGreaterThan(20);
    if (scale === 1) await test.info().attach("export.png", { path: (await png!.path())!, contentType: "image/png" });
  }
});
