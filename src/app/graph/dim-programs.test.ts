import { describe, expect, it, vi } from "vitest";

// Sigma's modules and program definitions name WebGL constants; there is no
// WebGL outside a browser, so the few it reads at load are given here first.
vi.hoisted(() => {
  const gl = { TRIANGLES: 4, BOOL: 0x8b56, BYTE: 0x1400, UNSIGNED_BYTE: 0x1401, SHORT: 0x1402, UNSIGNED_SHORT: 0x1403, INT: 0x1404, UNSIGNED_INT: 0x1405, FLOAT: 0x1406 };
  const g = globalThis as Record<string, unknown>;
  g.WebGLRenderingContext ??= gl;
  g.WebGL2RenderingContext ??= gl;
});

import { EdgeRectangleProgram, NodeCircleProgram } from "sigma/rendering";
import { DEFAULT_SETTINGS } from "sigma/settings";
import { floatColor } from "sigma/utils";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from "../../shared/appearance";
import { createDimLabelDrawers, createDimPrograms, dimDefinition, dimVertexShader } from "./dim-programs";

const definitions = {
  node: NodeCircleProgram.prototype.getDefinition.call(null as never),
  edge: EdgeRectangleProgram.prototype.getDefinition.call(null as never),
};

describe("dimDefinition", () => {
  for (const [name, def] of Object.entries(definitions)) {
    it(`makes sigma's ${name} shader pick the dimmed colour while u_dim is on, and draws ids unchanged when picking`, () => {
      const dimmed = dimDefinition(def, name === "node" ? DIMMED_NODE_COLOR : DIMMED_EDGE_COLOR);
      const src = dimmed.VERTEX_SHADER_SOURCE;
      expect(src).toContain("v_color = u_dim > 0.5 ? a_dimColor : a_color;");
      expect(src).not.toContain("v_color = a_color;");
      expect(src).toContain("v_color = a_id;");
      // Declared before main, so both the normal and the picking (#define-prefixed) shaders compile.
      expect(src.indexOf("uniform float u_dim;")).toBeLessThan(src.indexOf("void main"));
      expect(src.indexOf("attribute vec4 a_dimColor;")).toBeLessThan(src.indexOf("void main"));
      expect(dimmed.UNIFORMS).toEqual([...def.UNIFORMS, "u_dim"]);
      expect(dimmed.FRAGMENT_SHADER_SOURCE).toBe(def.FRAGMENT_SHADER_SOURCE);
      expect(dimmed.ATTRIBUTES).toEqual(def.ATTRIBUTES);
    });
  }

  it("gives every vertex the dimmed colour packed as sigma packs item colours", () => {
    const dimmed = dimDefinition(definitions.node, DIMMED_NODE_COLOR);
    expect(dimmed.CONSTANT_ATTRIBUTES.at(-1)).toMatchObject({ name: "a_dimColor", size: 4, normalized: true });
    expect(dimmed.CONSTANT_DATA).toEqual(definitions.node.CONSTANT_DATA.map((v) => [...v, floatColor(DIMMED_NODE_COLOR)]));
  });

  it("refuses a shader whose colour line it cannot find (a sigma upgrade must not silently stop dimming)", () => {
    expect(() => dimVertexShader("void main() { v_color = a_colour; }")).toThrow(/shader changed/);
    expect(() => dimVertexShader("void main() { v_color = a_color; v_color = a_color; }")).toThrow(/shader changed/);
  });
});

describe("createDimPrograms", () => {
  it("dims while the callback says so, read at each call (one class serves every render and the export's copy)", () => {
    let dim = false;
    const { DimNodeProgram, DimEdgeProgram } = createDimPrograms(() => dim);
    expect([DimNodeProgram.drawnColor("#123456"), DimEdgeProgram.drawnColor("#abcdef")]).toEqual(["#123456", "#abcdef"]);
    dim = true;
    expect([DimNodeProgram.drawnColor("#123456"), DimEdgeProgram.drawnColor("#abcdef")]).toEqual([DIMMED_NODE_COLOR, DIMMED_EDGE_COLOR]);
  });
});

describe("createDimLabelDrawers", () => {
  function recorder() {
    const texts: string[] = [];
    const noop = () => {};
    const ctx = new Proxy({} as Record<string | symbol, unknown>, {
      get: (t, k) => (k === "fillText" ? (s: string) => texts.push(s) : k === "measureText" ? (s: string) => ({ width: s.length * 7 }) : k in t ? t[k] : noop),
      set: (t, k, v) => ((t[k] = v), true),
    }) as unknown as CanvasRenderingContext2D;
    return { ctx, texts };
  }
  const settings = { ...DEFAULT_SETTINGS } as never;
  const data = (label: string, forceLabel: boolean) => ({ key: label, x: 10, y: 10, size: 5, label, color: "#123456", forceLabel });

  it("draws every label while nothing is dimmed, and only forced ones (focus, selection, neighbours) while dimming", () => {
    let dim = false;
    const { drawLabel, drawHover } = createDimLabelDrawers(() => dim);
    const { ctx, texts } = recorder();
    drawLabel(ctx, data("a", false), settings);
    drawLabel(ctx, data("b", true), settings);
    dim = true;
    drawLabel(ctx, data("c", false), settings);
    drawLabel(ctx, data("d", true), settings);
    drawHover(ctx, data("e", false), settings);
    drawHover(ctx, data("f", true), settings);
    expect(texts).toEqual(["a", "b", "d", "f"]);
  });
});
