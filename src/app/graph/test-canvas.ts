// Test-only: a 2D context that records what is drawn on it, for the label drawers.
// Text is measured as a fixed-width font, 7 px a character.

export interface DrawnText {
  text: string;
  x: number;
  y: number;
}

export interface RecordingCanvas {
  ctx: CanvasRenderingContext2D;
  texts: DrawnText[];
  /** Every point a path went through (moveTo, lineTo, and points along each arc). */
  points: { x: number; y: number }[];
}

/** A canvas `width` CSS pixels wide, scaled by `pixelRatio` as sigma scales its label canvases. */
export function recordingCanvas(width = 800, pixelRatio = 2): RecordingCanvas {
  const texts: DrawnText[] = [];
  const points: { x: number; y: number }[] = [];
  const methods: Record<string, (...args: never[]) => unknown> = {
    fillText: (text: string, x: number, y: number) => texts.push({ text, x, y }),
    measureText: (text: string) => ({ width: text.length * 7 }),
    getTransform: () => ({ a: pixelRatio, d: pixelRatio }),
    moveTo: (x: number, y: number) => points.push({ x, y }),
    lineTo: (x: number, y: number) => points.push({ x, y }),
    arc: (x: number, y: number, r: number, from: number, to: number, anticlockwise = false) => {
      // Points along the arc as the canvas sweeps it: clockwise (y down) unless told otherwise.
      const turn = 2 * Math.PI;
      const ahead = (((to - from) % turn) + turn) % turn;
      const sweep = anticlockwise ? ahead - turn : ahead;
      for (let i = 0; i <= 32; i++) points.push({ x: x + r * Math.cos(from + (sweep * i) / 32), y: y + r * Math.sin(from + (sweep * i) / 32) });
    },
  };
  const state: Record<string | symbol, unknown> = { canvas: { width: width * pixelRatio, height: 600 * pixelRatio } };
  const ctx = new Proxy(state, {
    get: (t, k) => (typeof k === "string" && k in methods ? methods[k] : k in t ? t[k] : () => {}),
    set: (t, k, v) => ((t[k] = v), true),
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, texts, points };
}
