// The graph file format shared by the extractor (writer), the explorer and the
// export CLI (readers). Documented in docs/graph-format.md; keep both in step.
import { z } from "zod";

export const GRAPH_FORMAT_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD");

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
  const result = graphFileSchema.safeParse(value);
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
