// What runs inside the page: hooks sigma's afterRender as soon as a page publishes
// window.__explorer, and times actions from performance.now() to the next afterRender,
// and through it to the finished pixels. afterRender only means the frame's JavaScript has
// issued its draw calls: the software rasteriser (SwiftShader) can need seconds more on a
// big graph, and an action timed without waiting for them would carry the previous frame's
// drawing instead of its own. Reading one pixel back from each of sigma's WebGL contexts
// waits until everything drawn before it is done.
// Both pages (explorer and bare) go through the same code, so the ratios compare like with like.
// The in-page code is plain JavaScript text: tsx's transform would otherwise inject helpers
// (__name) into functions handed to the page, where they do not exist.
import type { Page } from "@playwright/test";

const PAGE_LIB = String.raw`
window.__bench = { firstRender: null };
(function () {
  var pixel = new Uint8Array(4);
  // webGLContexts is sigma's own (not public API): if an upgrade renames it, fail loudly rather than quietly time less.
  var finishDrawing = function (sigma) {
    var contexts = sigma.webGLContexts;
    if (!contexts || !Object.keys(contexts).length) throw new Error("bench: sigma.webGLContexts not found; cannot wait for the drawing to finish");
    for (var id in contexts) contexts[id].readPixels(0, 0, 1, 1, contexts[id].RGBA, contexts[id].UNSIGNED_BYTE, pixel);
  };
  var value;
  Object.defineProperty(window, "__explorer", {
    configurable: true,
    get: function () { return value; },
    set: function (v) {
      value = v;
      if (!v || !v.sigma) return;
      var exp = window.__benchExpected;
      var check = function () {
        if (window.__bench.firstRender !== null || window.__bench.error || v.graph.order !== exp.nodes || v.graph.size !== exp.edges) return;
        try {
          finishDrawing(v.sigma);
        } catch (e) {
          window.__bench.error = String(e);
          return;
        }
        window.__bench.firstRender = performance.now();
      };
      v.sigma.on("afterRender", check);
      check(); // a page that builds sigma over a full graph has rendered already (sigma renders in its constructor)
    },
  });
  window.__benchLib = {
    timeAction: function (action, bare, node) {
      return new Promise(function (done, fail) {
        var ex = window.__explorer;
        var timer = setTimeout(function () { fail(new Error("no afterRender after " + action)); }, 30000);
        var t0 = 0;
        ex.sigma.once("afterRender", function () {
          clearTimeout(timer);
          try {
            finishDrawing(ex.sigma);
          } catch (e) {
            fail(e);
            return;
          }
          done(performance.now() - t0);
        });
        var store = ex.store ? ex.store.getState() : null;
        var range = action === "filter" ? ["2021-07-01", "2021-12-31"] : [null, null];
        t0 = performance.now();
        if (action === "refresh") ex.sigma.refresh();
        else if (action === "hover" || action === "unhover") {
          var key = action === "hover" ? node : null;
          if (bare) window.__bare.hover(key); else store.hover(key);
        } else if (bare) window.__bare.dateFilter(range[0], range[1]);
        else store.setFilters({ from: range[0], to: range[1] });
      });
    },
    countIterations: function (seconds, least) {
      return new Promise(function (done) {
        var g = window.__explorer.graph;
        var count = 0;
        var t0 = 0;
        var over = false;
        var finished = false;
        var finish = function () {
          if (finished) return;
          finished = true;
          g.removeListener("eachNodeAttributesUpdated", tick);
          done(count / ((performance.now() - t0) / 1000));
        };
        var tick = function () {
          count++;
          if (over && count === least) finish();
        };
        setTimeout(function () {
          g.on("eachNodeAttributesUpdated", tick);
          t0 = performance.now();
          setTimeout(function () {
            over = true;
            if (count >= least) finish();
          }, seconds * 1000);
          setTimeout(finish, Math.max(seconds, 60) * 1000); // a layout that has stalled still gets its (low) rate
        }, 500);
      });
    },
  };
})();
`;

/** Installs the hook before any page script runs. */
export async function installHook(page: Page, expected: { nodes: number; edges: number }): Promise<void> {
  await page.addInitScript({ content: `window.__benchExpected = ${JSON.stringify(expected)};\n${PAGE_LIB}` });
}

export async function firstRenderMs(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction("window.__bench && (window.__bench.firstRender !== null || window.__bench.error)", null, { timeout: timeoutMs, polling: 50 });
  const { firstRender, error } = (await page.evaluate("window.__bench")) as { firstRender: number | null; error?: string };
  if (error) throw new Error(error);
  return firstRender!;
}

export type Action = "hover" | "unhover" | "filter" | "unfilter" | "refresh";

/** Runs one action in the page and returns ms from just before it until the frame it causes is drawn. */
export async function timeAction(page: Page, action: Action, bare: boolean, node: string): Promise<number> {
  return (await page.evaluate(`window.__benchLib.timeAction(${JSON.stringify(action)}, ${bare}, ${JSON.stringify(node)})`)) as number;
}

/**
 * ForceAtlas2 iterations per second: the supervisor writes every node position once per iteration.
 * Counted for `seconds`, or until the LEAST_ITERATIONS-th iteration when a big graph is slower than that:
 * a rate from two or three iterations in a window says more about where the window fell than about the layout.
 */
const LEAST_ITERATIONS = 5;

export async function layoutRate(page: Page, bare: boolean, seconds: number): Promise<number> {
  // The layout button is pressed from inside the page: on a large graph the page can be too busy
  // for Playwright's visible-and-stable checks, and what is measured here is the worker, not the click.
  const toggle = bare ? "" : `document.querySelector('[data-testid="layout"]').click()`;
  await page.evaluate(bare ? "window.__bare.startLayout()" : toggle);
  const rate = (await page.evaluate(`window.__benchLib.countIterations(${seconds}, ${LEAST_ITERATIONS})`)) as number;
  await page.evaluate(bare ? "window.__bare.stopLayout()" : toggle);
  return rate;
}
