// The graph file format shared by the extractor (writer), the explorer and the
// export CLI (readers). Documented in docs/graph-format.md; keep both in step.
import { z } from "zod";

export const GRAPH_FORMAT_VERSION = 1;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z.string().regex(ISO_DATE, "expected a date YYYY-MM-DD");

export const interactionTypes = ["meeting", "statement", "comention"] as const;
export const modalities = ["occurred", "planned", "proposed", "cancelled", "denied"] as const;
export const channels = ["in-person", "phone", "video"] as const;

export const articleRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: isoDate.nullable(),
  url: z.string().nullable(),
  source: z.string(),
});

export const skippedSchema = z.object({ source: z.string(), reason: z.string() });

export const roleSchema = z.object({
  title: z.string(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const nodeAttributesSchema = z.object({
  label: z.string(),
  aliases: z.array(z.string()),
  affiliation: z.string().nullable(),
  roles: z.array(roleSchema),
  known: z.boolean(),
  mentions: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  firstSeen: isoDate.nullable(),
  lastSeen: isoDate.nullable(),
  degree: z.number().int().nonnegative().optional(),
  weightedDegree: z.number().nonnegative().optional(),
  x: z.number().optional(),
  y: z.number().optional(),
});

export const evidenceSchema = z.object({
  article: z.string(),
  // The sentence as written in the article (original text, not normalised).
  sentence: z.string(),
});

export const interactionSchema = z.object({
  id: z.string(),
  type: z.enum(interactionTypes),
  // Meetings only; statements and co-mentions carry none.
  modality: z.enum(modalities).optional(),
  channel: z.enum(channels).optional(),
  // Statements only: the node key of the actor who spoke.
  speaker: z.string().optional(),
  // Statements only: read from the speaker's own words in a transcript (everyone a turn names), not reported speech.
  transcript: z.literal(true).optional(),
  date: isoDate.nullable(),
  evidence: z.array(evidenceSchema).min(1),
});

export const edgeAttributesSchema = z.object({
  weight: z.number().nonnegative(),
  meetings: z.number().int().nonnegative(),
  statements: z.number().int().nonnegative(),
  comentions: z.number().int().nonnegative(),
  firstDate: isoDate.nullable(),
  lastDate: isoDate.nullable(),
  interactions: z.array(interactionSchema),
});

export const weightsSchema = z.object({
  meeting: z.number().nonnegative(),
  statement: z.number().nonnegative(),
  comention: z.number().nonnegative(),
});

export const graphAttributesSchema = z.object({
  version: z.literal(GRAPH_FORMAT_VERSION),
  articles: z.array(articleRefSchema),
  skipped: z.array(skippedSchema),
  weights: weightsSchema.optional(),
  // Free text credited in exports and the page footer.
  corpus: z.string().optional(),
});

export const graphFileSchema = z.object({
  options: z.object({
    type: z.literal("undirected"),
    multi: z.boolean().optional(),
    allowSelfLoops: z.boolean().optional(),
  }),
  attributes: graphAttributesSchema,
  nodes: z.array(z.object({ key: z.string().min(1), attributes: nodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      undirected: z.boolean().optional(),
      attributes: edgeAttributesSchema,
    }),
  ),
});

export type ArticleRef = z.infer<typeof articleRefSchema>;
export type Skipped = z.infer<typeof skippedSchema>;
export type Role = z.infer<typeof roleSchema>;
export type NodeAttributes = z.infer<typeof nodeAttributesSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type InteractionType = (typeof interactionTypes)[number];
export type Modality = (typeof modalities)[number];
export type Channel = (typeof channels)[number];
export type Interaction = z.infer<typeof interactionSchema>;
export type EdgeAttributes = z.infer<typeof edgeAttributesSchema>;
export type Weights = z.infer<typeof weightsSchema>;
export type GraphAttributes = z.infer<typeof graphAttributesSchema>;
export type GraphFile = z.infer<typeof graphFileSchema>;

export const DEFAULT_WEIGHTS: Weights = { meeting: 3, statement: 1, comention: 0.25 };

export type ParseResult = { ok: true; graph: GraphFile } | { ok: false; error: string };

/**
 * Validates an unknown value as a graph file. Beyond the schema, checks what a
 * schema cannot: edges must point at existing nodes, keys must be unique.
 * Errors name the first few offending paths so a user can fix the file.
 */
export function parseGraphFile(value: unknown): ParseResult {
  if (value && typeof value === "object" && "attributes" in value) {
    const version = (value as { attributes?: { version?: unknown } }).attributes?.version;
    if (version !== undefined && version !== GRAPH_FORMAT_VERSION) {
      return {
        ok: false,
        error: `unsupported graph format version ${JSON.stringify(version)} (this explorer reads version ${GRAPH_FORMAT_VERSION})`,
      };
    }
  }
  const fast = fastParseGraphFile(value);
  const result = fast ? ({ success: true, data: fast } as const) : graphFileSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    const more = result.error.issues.length > 3 ? ` (and ${result.error.issues.length - 3} more)` : "";
    return { ok: false, error: `not a valid graph file: ${issues.join("; ")}${more}` };
  }
  const graph = result.data;
  const keys = new Set<string>();
  for (const n of graph.nodes) {
    if (keys.has(n.key)) return { ok: false, error: `not a valid graph file: duplicate node key "${n.key}"` };
    keys.add(n.key);
  }
  for (const [i, e] of graph.edges.entries()) {
    for (const end of [e.source, e.target]) {
      if (!keys.has(end)) {
        return { ok: false, error: `not a valid graph file: edges.${i} points at missing node "${end}"` };
      }
    }
  }
  return { ok: true, graph };
}

// The fast path of graphFileSchema, for the first draw of large files (zod took
// most of the load time there). It builds the same output zod builds (a copy
// holding the schema's keys in the schema's order, unknown keys dropped), but
// decides only the plain case: objects as JSON.parse makes them, no optional
// key present as undefined. On anything else, valid or not, it gives up and
// zod decides, so what is refused and every error message stay zod's.
// graph-schema.fast.test.ts checks it against zod on many mutated files.

type Obj = Record<string, unknown>;
const REFER = Symbol("refer to zod");
const refer = (): never => {
  throw REFER;
};
const str = (v: unknown): string => (typeof v === "string" ? v : refer());
// z.number() refuses NaN and ±Infinity; .int() means a safe integer.
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : refer());
const nonNeg = (v: unknown): number => (num(v) >= 0 ? (v as number) : refer());
const count = (v: unknown): number => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : refer());
const bool = (v: unknown): boolean => (typeof v === "boolean" ? v : refer());
const isTrue = (v: unknown): true => (v === true ? v : refer());
const date = (v: unknown): string => (typeof v === "string" && ISO_DATE.test(v) ? v : refer());
const dateOrNull = (v: unknown): string | null => (v === null ? null : date(v));
const strOrNull = (v: unknown): string | null => (v === null ? null : str(v));
const oneOf =
  <T>(values: readonly T[]) =>
  (v: unknown): T =>
    values.includes(v as T) ? (v as T) : refer();
const obj = (v: unknown): Obj => (typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype ? (v as Obj) : refer());

function arr<T>(v: unknown, item: (x: unknown) => T): T[] {
  if (!Array.isArray(v)) refer();
  const input = v as unknown[];
  const out = new Array<T>(input.length);
  for (let i = 0; i < input.length; i++) out[i] = item(input[i]);
  return out;
}

/** Copies an optional key when present; a key present as undefined is left to zod. */
function optional<T>(out: Obj, o: Obj, key: string, read: (v: unknown) => T): void {
  const v = o[key];
  if (v !== undefined) out[key] = read(v);
  else if (key in o) refer();
}

const isType = oneOf(interactionTypes);
const isModality = oneOf(modalities);
const isChannel = oneOf(channels);

function article(v: unknown): ArticleRef {
  const o = obj(v);
  return { id: str(o.id), title: str(o.title), date: dateOrNull(o.date), url: strOrNull(o.url), source: str(o.source) };
}

function skipped(v: unknown): Skipped {
  const o = obj(v);
  return { source: str(o.source), reason: str(o.reason) };
}

function role(v: unknown): Role {
  const o = obj(v);
  const out: Obj = { title: str(o.title) };
  optional(out, o, "from", date);
  optional(out, o, "to", date);
  return out as Role;
}

function nodeAttributes(v: unknown): NodeAttributes {
  const o = obj(v);
  const out: Obj = {
    label: str(o.label),
    aliases: arr(o.aliases, str),
    affiliation: strOrNull(o.affiliation),
    roles: arr(o.roles, role),
    known: bool(o.known),
    mentions: count(o.mentions),
    articles: count(o.articles),
    firstSeen: dateOrNull(o.firstSeen),
    lastSeen: dateOrNull(o.lastSeen),
  };
  optional(out, o, "degree", count);
  optional(out, o, "weightedDegree", nonNeg);
  optional(out, o, "x", num);
  optional(out, o, "y", num);
  return out as NodeAttributes;
}

function node(v: unknown): GraphFile["nodes"][number] {
  const o = obj(v);
  const key = str(o.key);
  if (key.length === 0) refer();
  return { key, attributes: nodeAttributes(o.attributes) };
}

function evidence(v: unknown): Evidence {
  const o = obj(v);
  return { article: str(o.article), sentence: str(o.sentence) };
}

function interaction(v: unknown): Interaction {
  const o = obj(v);
  const out: Obj = { id: str(o.id), type: isType(o.type) };
  optional(out, o, "modality", isModality);
  optional(out, o, "channel", isChannel);
  optional(out, o, "speaker", str);
  optional(out, o, "transcript", isTrue);
  out.date = dateOrNull(o.date);
  const ev = arr(o.evidence, evidence);
  if (ev.length === 0) refer();
  out.evidence = ev;
  return out as Interaction;
}

function edgeAttributes(v: unknown): EdgeAttributes {
  const o = obj(v);
  return {
    weight: nonNeg(o.weight),
    meetings: count(o.meetings),
    statements: count(o.statements),
    comentions: count(o.comentions),
    firstDate: dateOrNull(o.firstDate),
    lastDate: dateOrNull(o.lastDate),
    interactions: arr(o.interactions, interaction),
  };
}

function edge(v: unknown): GraphFile["edges"][number] {
  const o = obj(v);
  const out: Obj = {};
  optional(out, o, "key", str);
  out.source = str(o.source);
  out.target = str(o.target);
  optional(out, o, "undirected", bool);
  out.attributes = edgeAttributes(o.attributes);
  return out as GraphFile["edges"][number];
}

function weights(v: unknown): Weights {
  const o = obj(v);
  return { meeting: nonNeg(o.meeting), statement: nonNeg(o.statement), comention: nonNeg(o.comention) };
}

function graphAttributes(v: unknown): GraphAttributes {
  const o = obj(v);
  if (o.version !== GRAPH_FORMAT_VERSION) refer();
  const out: Obj = { version: GRAPH_FORMAT_VERSION, articles: arr(o.articles, article), skipped: arr(o.skipped, skipped) };
  optional(out, o, "weights", weights);
  optional(out, o, "corpus", str);
  return out as GraphAttributes;
}

function options(v: unknown): GraphFile["options"] {
  const o = obj(v);
  if (o.type !== "undirected") refer();
  const out: Obj = { type: "undirected" };
  optional(out, o, "multi", bool);
  optional(out, o, "allowSelfLoops", bool);
  return out as GraphFile["options"];
}

/** What graphFileSchema.parse returns, or null when zod must decide (see above). */
export function fastParseGraphFile(value: unknown): GraphFile | null {
  try {
    const o = obj(value);
    return { options: options(o.options), attributes: graphAttributes(o.attributes), nodes: arr(o.nodes, node), edges: arr(o.edges, edge) };
  } catch (e) {
    if (e === REFER) return null;
    throw e;
  }
}
