import { describe, expect, it } from "vitest";
import { EdgeRectangleProgram, NodeCircleProgram } from "sigma/rendering";
import { DEFAULT_SETTINGS } from "sigma/settings";
import { floatColor } from "sigma/utils";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from "../../shared/appearance";
import { createDimLabelDrawers, createDimPrograms, dimDefinition, dimVertexShader } from "./dim-programs";
import { recordingCanvas } from "./test-canvas";

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
  const settings = { ...DEFAULT_SETTINGS } as never;
  const data = (label: string, forceLabel: boolean) => ({ key: label, x: 10, y: 10, size: 5, label, color: "#123456", forceLabel });

  it("draws every label while nothing is dimmed, and only forced ones (focus, selection, neighbours) while dimming", () => {
    let dim = false;
    const { drawLabel, drawHover } = createDimLabelDrawers(() => dim);
    const { ctx, texts } = recordingCanvas();
    drawLabel(ctx, data("a", false), settings);
    drawLabel(ctx, data("b", true), settings);
    dim = true;
    drawLabel(ctx, data("c", false), settings);
    drawLabel(ctx, data("d", true), settings);
    drawHover(ctx, data("e", false), settings);
    drawHover(ctx, data("f", true), settings);
    expect(texts.map((t) => t.text)).toEqual(["a", "b", "d", "f"]);
  });
});
