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

test("the page has its own icon, served from public/", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  expect(href).toBe("/favicon.svg");
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await icon.text()).toContain("<circle");
});
