// The explorer as a user meets it, on the seed graph: search, evidence,
// filters, dates, shareable URL, hover highlighting, accessibility.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { GraphFile } from "../src/shared/graph-schema";
import { generateGraph } from "../scripts/generate-graph";
import {
  clearEdgeMidpoint,
  drawnColor,
  edgeShown,
  fixtureText,
  labelBoxes,
  labelledNodes,
  nodePosition,
  nodesInView,
  openGraphFile,
  overlappingPairs,
  serveFixtures,
  shownCounts,
  waitForGraph,
} from "./fixtures/explorer-helpers";

const DIMMED = "#e0e0e0";

/** Opens the bundled graph: the one the extractor builds from the five seed articles. */
async function openSeedGraph(page: Page, query = ""): Promise<GraphFile> {
  const file = (await (await page.request.get("/graph.json")).json()) as GraphFile;
  const met = file.edges.some((e) => [e.source, e.target].sort().join() === "blinken,lavrov" && e.attributes.meetings > 0);
  expect(met, "the bundled seed graph has the Blinken–Lavrov Stockholm meeting").toBe(true);
  await page.goto(`/${query}`);
  await waitForGraph(page, file.nodes.length);
  return file;
}

async function pickActor(page: Page, text: string) {
  const search = page.getByTestId("search");
  await search.fill(text);
  await expect(search).toHaveAttribute("aria-expanded", "true");
  await search.press("Enter");
}

const row = (page: Page, actor: string) => page.locator(`[data-testid="connection-row"][data-actor="${actor}"]`);

test("a misspelt search finds Lavrov, whose connections list Blinken with one meeting and the Stockholm evidence", async ({ page }) => {
  await openSeedGraph(page);
  await pickActor(page, "Lavrof");
  const panel = page.getByTestId("actor-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toContainText("Lavrov");
  await expect(row(page, "blinken")).toContainText("1 meeting");
  await expect.poll(() => page.evaluate(() => window.__explorer!.store.getState().selected)).toBe("lavrov");

  await row(page, "blinken").click();
  const evidence = page.getByTestId("evidence-panel");
  await expect(evidence).toContainText("Stockholm");
  const occurred = evidence.locator('[data-modality="occurred"]');
  await expect(occurred.first()).toContainText("Meeting");
  // Meetings that did not happen are marked as such, and styled apart.
  const unrealised = evidence.locator(".interaction.unrealised");
  if ((await unrealised.count()) > 0) await expect(unrealised.first().locator(".badge-unrealised")).toBeVisible();
});

test("a frame does not draw sigma's picking buffers; the pointer has them drawn once, and still finds the edge under it", async ({ page }) => {
  await openSeedGraph(page);
  // Counts draw calls into an offscreen framebuffer (sigma's picking buffers are its only ones).
  await page.evaluate(() => {
    const bound = new WeakMap<object, unknown>();
    const counter = window as unknown as { __pickDraws: number };
    counter.__pickDraws = 0;
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype] as (WebGLRenderingContext & Partial<WebGL2RenderingContext>)[]) {
      const bind = proto.bindFramebuffer;
      proto.bindFramebuffer = function (target, fb) {
        bound.set(this, fb);
        return bind.call(this, target, fb);
      };
      for (const name of ["drawArrays", "drawArraysInstanced", "drawElements"] as const) {
        const draw = proto[name] as ((...a: unknown[]) => void) | undefined;
        if (!draw) continue;
        (proto as unknown as Record<string, unknown>)[name] = function (this: object, ...a: unknown[]) {
          if (bound.get(this)) counter.__pickDraws++;
          return draw.apply(this, a);
        };
      }
    }
  });
  const draws = () => page.evaluate(() => (window as unknown as { __pickDraws: number }).__pickDraws);
  await page.evaluate(() => window.__explorer!.sigma.refresh());
  expect(await draws(), "picking draws in a refresh").toBe(0);

  // An empty corner of the graph: nothing hovered, so nothing redrawn by the pointer itself.
  const box = (await page.getByTestId("graph").boundingBox())!;
  await page.mouse.move(box.x + 3, box.y + box.height - 3);
  const once = await draws();
  expect(once, "nodes' and edges' picking passes, drawn for the pointer").toBeGreaterThanOrEqual(2);
  await page.mouse.move(box.x + 6, box.y + box.height - 6);
  expect(await draws(), "no second drawing in the same frame").toBe(once);
  await page.evaluate(() => window.__explorer!.sigma.refresh());
  await page.mouse.move(box.x + 3, box.y + box.height - 3);
  expect(await draws(), "drawn again after the next frame").toBe(2 * once);

  // The pointer over an edge's midpoint, right after a frame: sigma finds the edge (its pointer cursor).
  const spot = await clearEdgeMidpoint(page, true);
  expect(spot, "an edge of the seed graph with a clear midpoint").not.toBeNull();
  await page.evaluate(() => window.__explorer!.sigma.refresh());
  await page.mouse.move(spot!.x, spot!.y);
  await expect.poll(() => page.getByTestId("graph").evaluate((el) => el.style.cursor)).toBe("pointer");
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true });

  test("a tap right after a frame selects the node under it, and one on an edge opens its evidence", async ({ page }) => {
    await openSeedGraph(page);
    await page.evaluate(() => window.__explorer!.sigma.refresh());
    const p = await nodePosition(page, "lavrov");
    await page.touchscreen.tap(p.x, p.y);
    await expect.poll(() => page.evaluate(() => window.__explorer!.store.getState().selected)).toBe("lavrov");

    await page.evaluate(() => window.__explorer!.store.getState().select(null));
    // A second tap within sigma's double-click timeout would be a double tap (a zoom), not a tap.
    await page.waitForTimeout((await page.evaluate(() => window.__explorer!.sigma.getSetting("doubleClickTimeout"))) + 100);
    const spot = await clearEdgeMidpoint(page, true);
    expect(spot, "an edge of the seed graph with a clear midpoint").not.toBeNull();
    await page.evaluate(() => window.__explorer!.sigma.refresh());
    await page.touchscreen.tap(spot!.x, spot!.y);
    await expect.poll(() => page.evaluate(() => window.__explorer!.store.getState().evidenceEdge)).toBe(spot!.edge);
  });
});

test("clicking a connection on the graph opens its evidence", async ({ page }) => {
  const file = await openSeedGraph(page);
  await expect(page.getByTestId("edges-not-clickable")).toHaveCount(0);
  const spot = await clearEdgeMidpoint(page, true);
  expect(spot, "an edge of the seed graph with a clear midpoint").not.toBeNull();
  await page.mouse.click(spot!.x, spot!.y);
  await expect.poll(() => page.evaluate(() => window.__explorer!.store.getState().evidenceEdge)).toBe(spot!.edge);
  const edge = file.edges.find((e) => e.key === spot!.edge)!;
  const label = (k: string) => file.nodes.find((n) => n.key === k)!.attributes.label;
  const evidence = page.getByTestId("evidence-panel");
  await expect(evidence).toContainText(label(edge.source));
  await expect(evidence).toContainText(label(edge.target));
});

test("the search box follows the ARIA combobox pattern and arrows choose an option", async ({ page }) => {
  await openSeedGraph(page);
  const search = page.getByTestId("search");
  await expect(search).toHaveAttribute("role", "combobox");
  await search.fill("Zhelensky");
  const listId = await search.getAttribute("aria-controls");
  const list = page.locator(`[id="${listId}"]`);
  await expect(list).toHaveAttribute("role", "listbox");
  await expect(list.getByRole("option").first()).toContainText("Zelensky");
  await search.press("ArrowDown");
  const active = await search.getAttribute("aria-activedescendant");
  expect(active).toBeTruthy();
  await search.press("Enter");
  await expect(page.getByTestId("actor-panel")).toBeVisible();
});

test("meetings only hides co-mention-only (and other meeting-less) edges; narrowing dates to 2022 changes the counts", async ({ page }) => {
  const file = await openSeedGraph(page);
  // Every edge without a meeting goes: co-mention-only ones, and statement-only ones.
  const noMeeting = file.edges
    .filter((e) => e.attributes.interactions.every((i) => i.type !== "meeting"))
    .map((e) => [e.source, e.target] as [string, string]);
  expect(noMeeting.length).toBeGreaterThan(0);
  const present = async (pairs: [string, string][]) => {
    let n = 0;
    for (const [s, t] of pairs) if (await edgeShown(page, s, t)) n++;
    return n;
  };
  expect(await present(noMeeting)).toBe(noMeeting.length);

  await page.getByTestId("filter-type-statement").uncheck();
  await page.getByTestId("filter-type-comention").uncheck();
  await expect.poll(() => present(noMeeting)).toBe(0);
  await expect.poll(async () => (await shownCounts(page)).edges).toBeGreaterThan(0);
  // The counts above the filters are the graph's.
  const counts = await shownCounts(page);
  await expect(page.getByTestId("shown-counts")).toContainText(`${counts.nodes} of ${file.nodes.length} actors · ${counts.edges} of ${file.edges.length}`);

  // Back to all types, then keep 2022 only: Lavrov–Blinken's 2021 Stockholm meeting no longer counts.
  await page.getByTestId("filter-type-statement").check();
  await page.getByTestId("filter-type-comention").check();
  await pickActor(page, "Lavrov");
  await expect(row(page, "blinken")).toContainText("1 meeting");
  const before = await page.getByTestId("shown-counts").textContent();

  const from = page.getByTestId("filter-date-from");
  await from.focus();
  await from.press("Home");
  for (let i = 0; i < 60 && ((await from.getAttribute("aria-valuetext")) ?? "") < "2022-01-01"; i++) await from.press("ArrowRight");
  expect(await from.getAttribute("aria-valuetext")).toMatch(/^2022-01/);
  await expect.poll(() => page.evaluate(() => window.__explorer!.store.getState().filters.from)).toMatch(/^2022-01/);

  await expect(row(page, "blinken")).not.toContainText("1 meeting");
  await expect(page.getByTestId("shown-counts")).not.toHaveText(before!);
});

test("a copied URL reopens the same view", async ({ page, context }) => {
  await openSeedGraph(page);
  await pickActor(page, "Lavrov");
  await page.getByTestId("filter-type-statement").uncheck();
  await page.getByTestId("filter-unrealised").uncheck();
  await expect.poll(() => page.url()).toContain("actor=lavrov");
  await expect.poll(() => page.url()).toContain("unrealised=0");
  await expect.poll(() => page.url()).toContain("cr=");
  const url = page.url();
  const wanted = await page.evaluate(() => {
    const s = window.__explorer!.store.getState();
    return { selected: s.selected, filters: s.filters, camera: s.camera };
  });

  const again = await context.newPage();
  await again.goto(url);
  await waitForGraph(again);
  await expect(again.getByTestId("actor-panel")).toContainText("Lavrov");
  await expect(again.getByTestId("filter-type-statement")).not.toBeChecked();
  await expect(again.getByTestId("filter-unrealised")).not.toBeChecked();
  const got = await again.evaluate(() => {
    const s = window.__explorer!.store.getState();
    return { selected: s.selected, filters: s.filters };
  });
  expect(got.selected).toBe(wanted.selected);
  expect(got.filters).toEqual(wanted.filters);
});

test("statements read only from transcripts are marked in the evidence, and can be hidden, keeping reported speech", async ({ page }) => {
  await serveFixtures(page);
  await page.goto("/?graph=fixtures/seed-like-graph.json");
  await waitForGraph(page, 11);
  const toggle = page.getByTestId("filter-transcript");
  await expect(toggle).toBeChecked();
  await expect(page.locator("label.switch", { has: toggle })).toContainText("Statements read only from transcripts (2)");

  // Zelensky's only tie to Kuleba is his turn in a transcript: its evidence says so; Peskov's reported statement does not.
  await pickActor(page, "Zelensky");
  await expect(row(page, "kuleba")).toContainText("1 statement");
  await row(page, "kuleba").click();
  const evidence = page.getByTestId("evidence-panel");
  await expect(evidence).toContainText("Dmytro, thank you for the report");
  await expect(evidence.getByTestId("transcript")).toHaveText("transcript");
  await pickActor(page, "Peskov");
  await row(page, "putin").click();
  await expect(evidence).toContainText("He recalled that");
  await expect(evidence.getByTestId("transcript")).toHaveCount(0);

  await pickActor(page, "Biden");
  await expect(row(page, "putin")).toContainText("1 statement");
  const before = await shownCounts(page);
  await toggle.uncheck();
  await expect.poll(() => edgeShown(page, "kuleba", "zelensky")).toBe(false);
  // Biden–Putin stays for its meeting, without the statement; Peskov–Putin, reported speech, stays.
  expect(await edgeShown(page, "biden", "putin")).toBe(true);
  expect(await edgeShown(page, "peskov", "putin")).toBe(true);
  await expect(row(page, "putin")).toContainText("1 meeting");
  await expect(row(page, "putin")).not.toContainText("statement");
  expect((await shownCounts(page)).edges).toBe(before.edges - 1);
  await expect.poll(() => page.url()).toContain("transcript=0");

  // The link reopens with the switch off.
  const again = await page.context().newPage();
  await serveFixtures(again);
  await again.goto(page.url());
  await waitForGraph(again);
  await expect(again.getByTestId("filter-transcript")).not.toBeChecked();
  await expect.poll(() => edgeShown(again, "kuleba", "zelensky")).toBe(false);
});

test("actors found with no title can be hidden, with their connections", async ({ page }) => {
  const file = JSON.parse(fixtureText("seed-like-graph.json")) as GraphFile;
  Object.assign(file.nodes.find((n) => n.key === "taran")!.attributes, { known: false, roles: [] });
  await openGraphFile(page, "untitled.json", file);
  const toggle = page.getByTestId("filter-untitled");
  await expect(toggle).toBeChecked();
  await expect(page.locator("label.switch", { has: toggle })).toContainText("Actors found with no title (1)");
  expect(await edgeShown(page, "austin", "taran")).toBe(true);
  await toggle.uncheck();
  await expect.poll(() => edgeShown(page, "austin", "taran")).toBe(false);
  // Austin, whose only connection that was, goes too; everyone else stays.
  await expect(page.getByTestId("shown-counts")).toContainText("9 of 11 actors");
  expect((await shownCounts(page)).nodes).toBe(9);
  await expect.poll(() => page.url()).toContain("untitled=0");
});

test("a link naming an actor this graph does not have says so, shows the whole graph, and shows the name as text", async ({ page }) => {
  await openSeedGraph(page, "?actor=no-such-actor");
  const notice = page.getByTestId("load-notice");
  await expect(notice).toContainText("This graph has no actor “no-such-actor”");
  expect(await page.evaluate(() => window.__explorer!.store.getState().selected)).toBeNull();
  expect(await drawnColor(page, "lavrov")).not.toBe(DIMMED);
  await expect.poll(() => page.url()).not.toContain("actor=");
  await notice.getByRole("button", { name: "Dismiss notice" }).click();
  await expect(notice).toHaveCount(0);

  // A link with an actor the graph has: no notice.
  await openSeedGraph(page, "?actor=lavrov");
  await expect(page.getByTestId("actor-panel")).toContainText("Lavrov");
  await expect(notice).toHaveCount(0);

  const hostile = '<img src=x onerror="window.__pwned=1">';
  await openSeedGraph(page, `?actor=${encodeURIComponent(hostile)}`);
  await expect(notice).toContainText(hostile);
  await expect(notice.locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("filtering does not move the framing, and a link copied after a camera move and a filter reopens the same view", async ({ page, context }) => {
  await openSeedGraph(page);
  // Zoom in on one actor, off-centre, as a user would before sharing.
  await page.evaluate(() => {
    const { sigma, graph } = window.__explorer!;
    const a = graph.getNodeAttributes("lavrov");
    const p = sigma.viewportToFramedGraph(sigma.graphToViewport({ x: a.x, y: a.y }));
    sigma.getCamera().setState({ x: p.x + 0.05, y: p.y - 0.03, ratio: 0.45 });
  });
  await expect.poll(() => page.url()).toContain("cr=0.45");
  const where = () => page.evaluate(() => window.__explorer!.sigma.getNodeDisplayData("blinken")).then((d) => ({ x: d!.x, y: d!.y }));
  const spot = await where();
  await page.getByTestId("filter-type-comention").uncheck();
  await expect.poll(() => page.url()).toContain("types=");
  // Still drawn at the same place: the filter changed what is shown, not the frame.
  expect(await where()).toEqual(spot);
  const url = page.url();
  const view = async (p: Page) => ({
    camera: await p.evaluate(() => {
      const c = window.__explorer!.sigma.getCamera().getState();
      return { x: c.x, y: c.y, ratio: c.ratio };
    }),
    visible: await nodesInView(p),
  });
  const before = await view(page);
  expect(before.visible.length).toBeGreaterThan(0);

  const again = await context.newPage();
  await again.goto(url);
  await waitForGraph(again);
  await expect(again.getByTestId("filter-type-comention")).not.toBeChecked();
  await expect.poll(async () => (await view(again)).visible).toEqual(before.visible);
  const after = await view(again);
  expect(after.camera.ratio).toBeCloseTo(before.camera.ratio, 3);
  expect(after.camera.x).toBeCloseTo(before.camera.x, 3);
  expect(after.camera.y).toBeCloseTo(before.camera.y, 3);
});

test("every actor of a small graph is named when it opens, no two names overlapping; a big graph names its biggest, none over another, more as one zooms in", async ({ page }) => {
  const file = await openSeedGraph(page);
  const keys = file.nodes.map((n) => n.key).sort();
  // Sigma's label grid alone left Putin (in Biden's cell) and 6 others unnamed here.
  await expect.poll(() => labelledNodes(page)).toEqual(keys);
  expect(overlappingPairs(await labelBoxes(page, keys))).toBe(0);

  const big = generateGraph({ actors: 400, edges: 4000, seed: 5 });
  await openGraphFile(page, "big.json", big);
  await expect.poll(async () => (await labelledNodes(page)).length).toBeGreaterThan(0);
  const opening = await labelledNodes(page);
  expect(opening.length).toBeLessThan(100);
  // Sigma's label grid named the biggest node of each cell, whatever the names around it covered.
  expect(overlappingPairs(await labelBoxes(page, opening))).toBe(0);
  const biggest = big.nodes.reduce((a, b) => ((b.attributes.weightedDegree ?? 0) > (a.attributes.weightedDegree ?? 0) ? b : a)).key;
  expect(opening).toContain(biggest);

  await page.evaluate(() => {
    const camera = window.__explorer!.sigma.getCamera();
    camera.setState({ ...camera.getState(), ratio: camera.ratio / 3 });
  });
  await expect.poll(async () => (await labelledNodes(page)).length).toBeGreaterThan(opening.length);
  const zoomed = await labelledNodes(page);
  expect(overlappingPairs(await labelBoxes(page, zoomed))).toBe(0);

  // Hovering an actor leaves only its own name and its neighbours': the others' go with the fade.
  const p = await nodePosition(page, biggest);
  await page.mouse.move(p.x, p.y);
  await expect.poll(() => page.evaluate(() => window.__explorer!.store.getState().hovered)).toBe(biggest);
  const neighbours = new Set([biggest, ...big.edges.flatMap((e) => (e.source === biggest ? [e.target] : e.target === biggest ? [e.source] : []))]);
  await expect.poll(async () => (await labelledNodes(page)).filter((k) => !neighbours.has(k))).toEqual([]);
});

test("a big graph's names are picked again when the canvas changes size: none over another, a highlighted actor's neighbours too", async ({ page }) => {
  const big = generateGraph({ actors: 400, edges: 4000, seed: 5 });
  await openGraphFile(page, "big.json", big);
  await page.evaluate(() => {
    const camera = window.__explorer!.sigma.getCamera();
    camera.setState({ ...camera.getState(), ratio: camera.ratio / 3 });
  });
  await expect.poll(async () => (await labelledNodes(page)).length).toBeGreaterThan(20);
  const wide = await labelledNodes(page);
  expect(overlappingPairs(await labelBoxes(page, wide))).toBe(0);
  // Narrower: sigma fits the graph to the smaller canvas, and the names picked for the wide one crowd.
  const size = page.viewportSize()!;
  const width = () => page.evaluate(() => window.__explorer!.sigma.getDimensions().width);
  const before = await width();
  await page.setViewportSize({ width: Math.round(size.width * 0.7), height: size.height });
  await expect.poll(width).toBeLessThan(before);
  await expect.poll(async () => overlappingPairs(await labelBoxes(page, await labelledNodes(page)))).toBe(0);
  expect(await labelledNodes(page)).not.toEqual(wide);

  // An actor highlighted in the wide canvas, then narrower: its neighbours' names are picked again too.
  await page.setViewportSize(size);
  await expect.poll(width).toBe(before);
  const biggest = big.nodes.reduce((a, b) => ((b.attributes.weightedDegree ?? 0) > (a.attributes.weightedDegree ?? 0) ? b : a)).key;
  // Selected, not hovered: the highlight must stay while the canvas changes under the pointer.
  await page.evaluate((key) => window.__explorer!.store.getState().select(key), biggest);
  const selected = biggest;
  const neighbours = new Set([selected, ...big.edges.flatMap((e) => (e.source === selected ? [e.target] : e.target === selected ? [e.source] : []))]);
  await expect.poll(async () => (await labelledNodes(page)).filter((k) => !neighbours.has(k))).toEqual([]);
  const hoverWide = await labelledNodes(page);
  expect(hoverWide.length).toBeGreaterThan(5);
  await page.setViewportSize({ width: Math.round(size.width * 0.7), height: size.height });
  await expect.poll(width).toBeLessThan(before);
  await expect.poll(async () => overlappingPairs(await labelBoxes(page, await labelledNodes(page)))).toBe(0);
  const named = await labelledNodes(page);
  expect(named.length).toBeGreaterThan(1);
  expect(named.filter((k) => !neighbours.has(k))).toEqual([]);
});

test("a big graph's names are picked again when the layout has moved the actors: none over another", async ({ page }) => {
  test.setTimeout(90_000);
  const big = generateGraph({ actors: 400, edges: 4000, seed: 5 });
  await openGraphFile(page, "big.json", big);
  await expect.poll(async () => (await labelledNodes(page)).length).toBeGreaterThan(0);
  const opening = await labelledNodes(page);
  expect(overlappingPairs(await labelBoxes(page, opening))).toBe(0);
  const first = big.nodes[0]!;
  const layout = page.getByTestId("layout");
  await layout.click();
  await expect
    .poll(() => page.evaluate((k) => window.__explorer!.graph.getNodeAttributes(k), first.key))
    .not.toMatchObject({ x: first.attributes.x, y: first.attributes.y });
  await page.waitForTimeout(2000);
  await layout.click();
  await expect(layout).toHaveText("Run layout");
  // The names picked for the file's picture, kept where the layout moved their actors, crowd each other.
  await expect.poll(async () => overlappingPairs(await labelBoxes(page, await labelledNodes(page))), { timeout: 10_000 }).toBe(0);
  expect((await labelledNodes(page)).length).toBeGreaterThan(0);
});

test("hovering an actor fades everyone but its neighbours", async ({ page }) => {
  const file = await openSeedGraph(page);
  const neighbours = new Set(file.edges.flatMap((e) => (e.source === "lavrov" ? [e.target] : e.target === "lavrov" ? [e.source] : [])));
  const stranger = file.nodes.map((n) => n.key).find((k) => k !== "lavrov" && !neighbours.has(k))!;
  const friend = [...neighbours][0]!;
  expect(await drawnColor(page, stranger)).not.toBe(DIMMED);

  const p = await nodePosition(page, "lavrov");
  await page.mouse.move(p.x, p.y);
  await expect.poll(() => page.evaluate(() => window.__explorer!.store.getState().hovered)).toBe("lavrov");
  await expect.poll(() => drawnColor(page, stranger)).toBe(DIMMED);
  expect(await drawnColor(page, friend)).not.toBe(DIMMED);
  expect(await drawnColor(page, "lavrov")).not.toBe(DIMMED);

  await page.mouse.move(5, 5);
  await expect.poll(() => drawnColor(page, stranger)).not.toBe(DIMMED);
});

test("no serious or critical accessibility violations, with an actor and its evidence open", async ({ page }) => {
  await openSeedGraph(page);
  const check = async () => {
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  };
  await check();
  await pickActor(page, "Lavrov");
  await row(page, "blinken").click();
  await expect(page.getByTestId("evidence-panel")).toBeVisible();
  await check();
});

test("every control is reachable with the keyboard", async ({ page }) => {
  await openSeedGraph(page);
  const reached = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.dataset.testid ?? el?.textContent?.trim().slice(0, 30) ?? "";
    });
    reached.add(id);
  }
  for (const id of ["search", "filter-type-meeting", "filter-type-comention", "filter-unrealised", "filter-min-weight", "filter-date-from", "filter-date-to", "layout"]) {
    expect(reached, `Tab reaches ${id}`).toContain(id);
  }
});
