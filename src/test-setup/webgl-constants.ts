// Vitest setup: sigma's modules read a few WebGL constants when they load, and
// there is no WebGL outside a browser. Giving them here lets tests import sigma.
const gl = { TRIANGLES: 4, BOOL: 0x8b56, BYTE: 0x1400, UNSIGNED_BYTE: 0x1401, SHORT: 0x1402, UNSIGNED_SHORT: 0x1403, INT: 0x1404, UNSIGNED_INT: 0x1405, FLOAT: 0x1406 };
const g = globalThis as Record<string, unknown>;
g.WebGLRenderingContext ??= gl;
g.WebGL2RenderingContext ??= gl;
