// Picking drawn when the pointer needs it, not on every frame.
//
// Sigma finds what is under the pointer by drawing every node and edge a second time, in
// colours that encode their ids, into an offscreen "picking" buffer, and it does so on every
// frame. In software WebGL (SwiftShader, what the headless bench and GPU-less machines draw
// with) that second drawing of 10,000 edges was about 40% of a frame, paid by every frame of a
// running layout, a hover or a filter, though the buffer is read only when a pointer (mouse or
// touch) moves, presses or clicks on the graph.
//
// The programs made by `pickOnDemand` draw only the visible pass; `drawPickingOnDemand` draws the
// picking pass of the frame on screen just before sigma's own pointer handlers read it, once per
// frame at most. The buffer read is the same as sigma's would have been: the same programs, the
// same parameters, in the same order, into the texture sigma cleared at the start of the frame.
import type Sigma from "sigma";
import type { Program } from "sigma/rendering";
import type { RenderParams } from "sigma/types";

interface Deferred {
  /** The frame this program was last drawn in, and the parameters it was drawn with. */
  frame: number;
  params: RenderParams | null;
  drawPicking(): void;
}

interface Renderer {
  programs: Deferred[];
  frame: number;
  /** Whether the frame on screen has its picking drawn. */
  picked: boolean;
}

// Keyed by the sigma instance a program is made for (sigma passes itself to every program it makes).
const renderers = new WeakMap<object, Renderer>();

function rendererOf(sigma: object): Renderer {
  let r = renderers.get(sigma);
  if (!r) renderers.set(sigma, (r = { programs: [], frame: 0, picked: false }));
  return r;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor must take any arguments
type ProgramClass = abstract new (...args: any[]) => Program;

/** `Base` drawing only its visible pass on each frame; its picking pass waits for `drawPickingOnDemand`. */
export function pickOnDemand<C extends ProgramClass>(Base: C): C {
  abstract class OnDemand extends Base implements Deferred {
    frame = -1;
    params: RenderParams | null = null;
    private readonly registry: Renderer;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.registry = rendererOf(this.renderer);
      this.registry.programs.push(this);
    }
    override render(params: RenderParams): void {
      this.frame = this.registry.frame;
      this.params = params;
      const pick = this.pickProgram;
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
    }
    /** Sigma's own picking pass (Program.render), with the frame's parameters. */
    drawPicking(): void {
      const { pickProgram: pick, params } = this;
      if (!pick || !params || this.hasNothingToRender()) return;
      const ratio = params.pixelRatio / params.downSizingRatio;
      pick.gl.viewport(0, 0, params.width * ratio, params.height * ratio);
      this.bindProgram(pick);
      this.renderProgram({ ...params, pixelRatio: ratio }, pick);
      this.unbindProgram(pick);
    }
  }
  return OnDemand;
}

/** The pointer events on which sigma reads its picking buffers (sigma.ts, bindEventHandlers). */
const MOUSE_EVENTS = ["mousemove", "click", "rightClick", "doubleClick", "wheel", "mousedown", "mouseup"] as const;
const TOUCH_EVENTS = ["touchdown", "touchup", "touchmove", "tap", "doubletap"] as const;

/** Makes `sigma` draw the picking pass of its `pickOnDemand` programs just before its pointer handlers need it. */
export function drawPickingOnDemand(sigma: Sigma): void {
  const r = rendererOf(sigma);
  // Every frame starts from cleared picking textures: the programs drawn in it have their picking to draw again.
  sigma.on("beforeRender", () => {
    r.frame++;
    r.picked = false;
  });
  const draw = (): void => {
    if (r.picked) return;
    r.picked = true;
    // A program left out of the frame (edges hidden while the camera moves) has nothing in the buffer either.
    for (const p of r.programs) if (p.frame === r.frame) p.drawPicking();
  };
  // Before sigma's own handlers, which were bound when it was made.
  const mouse = sigma.getMouseCaptor();
  for (const event of MOUSE_EVENTS) mouse.prependListener(event, draw);
  const touch = sigma.getTouchCaptor();
  for (const event of TOUCH_EVENTS) touch.prependListener(event, draw);
}
