// Dimming in the shaders. While a node is highlighted everything outside its
// neighbourhood is drawn in the dimmed colours. Writing that colour into every
// item's buffer slot costs a pass over all nodes and edges (reducers plus GPU
// upload) each time the highlight turns on or off; instead the base programs
// ("circle", "line") swap each item's colour for the dimmed colour by a
// uniform set once per render. The highlighted items are drawn by other
// programs (reducers.ts: FRONT_LAYER, TOP_LAYER), which are never dimmed.
//
// The programs read the dim flag through a callback at each render, so a copy
// of the settings (@sigma/export-image builds a second sigma from them) dims
// exactly as the screen does.
import { EdgeRectangleProgram, NodeCircleProgram, type NodeLabelDrawingFunction } from "sigma/rendering";
import { floatColor } from "sigma/utils";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from "../../shared/appearance.js";
import { drawNodeHover, drawNodeLabel } from "./label-drawers.js";
import type { EdgeView, NodeView } from "./runtime.js";

/** WebGL's UNSIGNED_BYTE, as a number: WebGLRenderingContext does not exist outside a browser (tests). */
const UNSIGNED_BYTE = 0x1401;

const COLOR_LINE = "v_color = a_color;";
const DIMMED_LINE = "v_color = u_dim > 0.5 ? a_dimColor : a_color;";
const DIM_DECLARATIONS = "attribute vec4 a_dimColor;\nuniform float u_dim;\n";

/** The vertex shader with the item colour replaced by a_dimColor while u_dim is 1 (picking mode, which draws ids, is left alone). */
export function dimVertexShader(source: string): string {
  const at = source.indexOf(COLOR_LINE);
  if (at < 0 || source.indexOf(COLOR_LINE, at + 1) >= 0) throw new Error("dim-programs: sigma's vertex shader changed; cannot add dimming");
  const main = source.indexOf("void main");
  return source.slice(0, main) + DIM_DECLARATIONS + source.slice(main, at) + DIMMED_LINE + source.slice(at + COLOR_LINE.length);
}

interface Definition {
  VERTEX_SHADER_SOURCE: string;
  UNIFORMS: readonly string[];
  CONSTANT_ATTRIBUTES: readonly { name: string; size: number; type: number; normalized?: boolean }[];
  CONSTANT_DATA: number[][];
}

/**
 * A sigma program definition that dims. The dimmed colour is a constant
 * attribute (the same for every vertex, packed like a_color), not a uniform:
 * it then reaches the shader through the same byte normalisation as the item
 * colours did when the reducers wrote it per item, so dimmed pixels are
 * exactly as before (a float uniform left antialiased rims 1-2/255 off).
 * Typed as the base definition: sigma types a program's uniforms as its
 * literal tuple, though it only looks them up by name.
 */
export function dimDefinition<D extends Definition>(def: D, dimmedColor: string): D {
  const packed = floatColor(dimmedColor);
  return {
    ...def,
    VERTEX_SHADER_SOURCE: dimVertexShader(def.VERTEX_SHADER_SOURCE),
    UNIFORMS: [...def.UNIFORMS, "u_dim"],
    CONSTANT_ATTRIBUTES: [...def.CONSTANT_ATTRIBUTES, { name: "a_dimColor", size: 4, type: UNSIGNED_BYTE, normalized: true }],
    CONSTANT_DATA: def.CONSTANT_DATA.map((v) => [...v, packed]),
  };
}

type Uniforms = { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> };

function setDim({ gl, uniformLocations }: Uniforms, dim: boolean): void {
  gl.uniform1f(uniformLocations.u_dim!, dim ? 1 : 0);
}

/** Node and edge programs for the base layer, dimmed while `dimmed()` says so. */
export function createDimPrograms(dimmed: () => boolean) {
  class DimNodeProgram extends NodeCircleProgram {
    /** The colour a node of this colour is drawn in now: what tests ask instead of the (undimmed) display data. */
    static drawnColor(color: string): string {
      return dimmed() ? DIMMED_NODE_COLOR : color;
    }
    override getDefinition() {
      return dimDefinition(super.getDefinition(), DIMMED_NODE_COLOR);
    }
    override setUniforms(params: Parameters<NodeCircleProgram["setUniforms"]>[0], info: Parameters<NodeCircleProgram["setUniforms"]>[1]) {
      super.setUniforms(params, info);
      setDim(info as unknown as Uniforms, dimmed());
    }
  }

  class DimEdgeProgram extends EdgeRectangleProgram {
    static drawnColor(color: string): string {
      return dimmed() ? DIMMED_EDGE_COLOR : color;
    }
    override getDefinition() {
      return dimDefinition(super.getDefinition(), DIMMED_EDGE_COLOR);
    }
    override setUniforms(params: Parameters<EdgeRectangleProgram["setUniforms"]>[0], info: Parameters<EdgeRectangleProgram["setUniforms"]>[1]) {
      super.setUniforms(params, info);
      setDim(info as unknown as Uniforms, dimmed());
    }
  }

  return { DimNodeProgram, DimEdgeProgram };
}

type LabelDrawer = NodeLabelDrawingFunction<NodeView, EdgeView>;

/**
 * Label drawers that leave out dimmed nodes' labels (a node is dimmed when
 * dimming is on and it has no forced label: the reducers force the labels of
 * the focus, the selection and the neighbours whose labels fit, picked in
 * neighbour-labels.ts). Sigma calls them only for labels it is about to draw,
 * so this costs nothing per item.
 */
export function createDimLabelDrawers(dimmed: () => boolean): { drawLabel: LabelDrawer; drawHover: LabelDrawer } {
  return {
    drawLabel: (context, data, settings) => {
      if (dimmed() && !data.forceLabel) return;
      drawNodeLabel(context, data, settings);
    },
    drawHover: (context, data, settings) => {
      drawNodeHover(context, dimmed() && !data.forceLabel ? { ...data, label: null } : data, settings);
    },
  };
}
