import { expect, test } from "@playwright/test";

test("the app draws the graph on a WebGL canvas", async ({ page }) => {
  await page.goto("/");
  const webgl = await page.evaluate(() => {
    const c = document.createElement("canvas");
    return !!(c.getContext("webgl2") || c.getContext("webgl"));
  });
  // Sigma cannot draw without WebGL: fail loudly rather than skip.
  expect(webgl, "this Chromium offers no WebGL (sigma needs it)").toBe(true);
  const canvases = page.locator('[data-testid="graph"] canvas');
  await expect(canvases.first()).toBeAttached();
  // Sigma's layers are canvases; at least one of them must hold a live WebGL context.
  const hasWebglLayer = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="graph"] canvas')].some((c) => {
      const el = c as HTMLCanvasElement;
      // getContext returns the existing context of the same kind, null for another kind.
      return !!(el.getContext("webgl2") || el.getContext("webgl"));
    }),
  );
  expect(hasWebglLayer).toBe(true);
  await expect(page.getByRole("alert")).toHaveCount(0);
});
