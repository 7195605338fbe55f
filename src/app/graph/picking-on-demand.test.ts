import { EventEmitter } from "events";
import { describe, expect, it } from "vitest";
import type Sigma from "sigma";
import type { Program } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { drawPickingOnDemand, pickOnDemand } from "./picking-on-demand.js";

/** What sigma's Program does, written to a log: a picking pass (when it has one), then the visible pass. */
function fakeProgram(log: string[]) {
  class Fake {
    renderer: object;
    pickProgram: { name: string; gl: { viewport: (x: number, y: number, w: number, h: number) => void } } | null;
    normalProgram = { name: "normal" };
    constructor(readonly id: string, picking: boolean, renderer: object) {
      this.renderer = renderer;
      this.pickProgram = picking ? { name: "pick", gl: { viewport: (_x, _y, w, h) => log.push(`${id} viewport ${w}x${h}`) } } : null;
    }
    hasNothingToRender() {
      return false;
    }
    render(params: RenderParams) {
      if (this.pickProgram) this.renderProgram(params, this.pickProgram);
      this.renderProgram(params, this.normalProgram);
    }
    bindProgram() {}
    unbindProgram() {}
    renderProgram(params: RenderParams, p: { name: string }) {
      log.push(`${this.id} ${p.name} ratio ${params.pixelRatio}`);
    }
  }
  return pickOnDemand(Fake as unknown as abstract new (...args: unknown[]) => Program) as unknown as new (id: string, picking: boolean, renderer: object) => Program;
}

function fakeSigma(log: string[]) {
  const sigma = new EventEmitter();
  const mouse = new EventEmitter();
  const touch = new EventEmitter();
  // Sigma's own handlers, bound when sigma is made: they read the picking buffers.
  for (const e of ["mousemove", "click", "mousedown"]) mouse.on(e, () => log.push(`sigma reads on ${e}`));
  for (const e of ["touchdown", "tap"]) touch.on(e, () => log.push(`sigma reads on ${e}`));
  return Object.assign(sigma, { getMouseCaptor: () => mouse, getTouchCaptor: () => touch }) as unknown as Sigma;
}

const captorOf = (sigma: Sigma) => sigma.getMouseCaptor() as unknown as EventEmitter;
const touchOf = (sigma: Sigma) => sigma.getTouchCaptor() as unknown as EventEmitter;

const PARAMS = { width: 100, height: 50, pixelRatio: 2, downSizingRatio: 4 } as RenderParams;

function setUp() {
  const log: string[] = [];
  const sigma = fakeSigma(log);
  const Program = fakeProgram(log);
  const nodes = new Program("nodes", true, sigma);
  const edges = new Program("edges", true, sigma);
  const hover = new Program("hover", false, sigma);
  drawPickingOnDemand(sigma);
  const frame = (...programs: Program[]) => {
    sigma.emit("beforeRender");
    for (const p of programs) p.render(PARAMS);
  };
  return { log, sigma, nodes, edges, hover, frame, captor: captorOf(sigma) };
}

describe("picking on demand", () => {
  it("a frame draws only the visible passes, and keeps each program's picking program", () => {
    const { log, nodes, edges, frame } = setUp();
    frame(nodes, edges);
    expect(log).toEqual(["nodes normal ratio 2", "edges normal ratio 2"]);
    expect(nodes.pickProgram).not.toBeNull();
  });

  it("the pointer draws the frame's picking passes, in order and at the picking buffer's size, before sigma reads them", () => {
    const { log, nodes, edges, frame, captor } = setUp();
    frame(nodes, edges);
    log.length = 0;
    captor.emit("mousemove");
    expect(log).toEqual(["nodes viewport 50x25", "nodes pick ratio 0.5", "edges viewport 50x25", "edges pick ratio 0.5", "sigma reads on mousemove"]);
  });

  it("a touch screen's tap and press have them drawn too, before sigma reads them", () => {
    const { log, sigma, nodes, edges, frame } = setUp();
    frame(nodes, edges);
    log.length = 0;
    touchOf(sigma).emit("tap");
    touchOf(sigma).emit("touchdown");
    expect(log).toEqual(["nodes viewport 50x25", "nodes pick ratio 0.5", "edges viewport 50x25", "edges pick ratio 0.5", "sigma reads on tap", "sigma reads on touchdown"]);
  });

  it("draws them once per frame, again after the next frame, and only for the programs drawn in it", () => {
    const { log, nodes, edges, hover, frame, captor } = setUp();
    frame(nodes, edges, hover);
    captor.emit("mousemove");
    log.length = 0;
    captor.emit("mousemove");
    captor.emit("click");
    expect(log).toEqual(["sigma reads on mousemove", "sigma reads on click"]);
    // Edges are left out of a frame while the camera moves: their picking must stay empty too.
    frame(nodes);
    log.length = 0;
    captor.emit("mousedown");
    expect(log).toEqual(["nodes viewport 50x25", "nodes pick ratio 0.5", "sigma reads on mousedown"]);
  });

  it("the frame drawn before it was set up (sigma draws in its constructor) is picked too", () => {
    const log: string[] = [];
    const sigma = fakeSigma(log);
    const Program = fakeProgram(log);
    const nodes = new Program("nodes", true, sigma);
    nodes.render(PARAMS);
    drawPickingOnDemand(sigma);
    log.length = 0;
    captorOf(sigma).emit("mousemove");
    expect(log).toEqual(["nodes viewport 50x25", "nodes pick ratio 0.5", "sigma reads on mousemove"]);
  });
});
