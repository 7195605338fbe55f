// Reads and checks graph-data/gazetteer.yaml (format: docs/gazetteer-format.md).
// Users edit the file by hand, so every mistake is reported at once, each naming
// the person or section it is in; a half-valid gazetteer is never returned.
// Node-free: the browser loads the same file.
import { parseDocument } from "yaml";
import { z } from "zod";
import type { Gazetteer, GazetteerPerson, OfficeHolding } from "../shared/types.js";

export class GazetteerError extends Error {
  readonly problems: string[];
  constructor(source: string, problems: string[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`${source}: ${count} in the gazetteer:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "GazetteerError";
    this.problems = problems;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const isoDate = z.string().refine(isCalendarDate, { message: "expected a real date written YYYY-MM-DD" });
const text = z.string().trim().min(1, { message: "must not be empty" });
// An empty YAML list or map (`aliases:` with nothing after it) reads as null.
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "expected lower-case a-z, 0-9 and single '-' (e.g. johnson-boris)" });
const code = z.string().regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/, { message: "expected an upper-case code such as US, NATO or SOUTH-OSSETIA" });

const holdingSchema = z.strictObject({
  office: z.string(),
  country: z.string(),
  title: text.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

const personSchema = z.strictObject({
  key: slug,
  name: text,
  aliases: list(text),
  affiliation: z.string(),
  offices: list(holdingSchema),
  died: isoDate.optional(),
});

const countrySchema = z.strictObject({
  code,
  names: list(text),
  adjectives: list(text),
  institutions: z
    .record(z.string(), z.string())
    .nullish()
    .transform((v) => v ?? {}),
});

const officeSchema = z.strictObject({
  key: slug,
  single: z.boolean().optional(),
  titles: list(text),
});

const fileSchema = z.strictObject({
  countries: list(countrySchema),
  offices: list(officeSchema),
  people: list(personSchema),
});

type RawFile = z.infer<typeof fileSchema>;

/** Parses and validates gazetteer YAML; throws GazetteerError listing every problem. */
export function parseGazetteer(yamlText: string, source: string): Gazetteer {
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new GazetteerError(
      source,
      doc.errors.map((e) => `YAML: ${e.message.replace(/\s+/g, " ").trim()}`),
    );
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    throw new GazetteerError(
      source,
      parsed.error.issues.map((issue) => `${describePath(issue.path, data)}: ${issue.message}`),
    );
  }
  const problems = checkConsistency(parsed.data);
  if (problems.length > 0) throw new GazetteerError(source, problems);
  return toGazetteer(parsed.data);
}

/** People holding `office` in `country` on `date` (YYYY-MM-DD), in file order. */
export function holdersOn(gazetteer: Gazetteer, office: string, country: string, date: string): GazetteerPerson[] {
  return gazetteer.people.filter((p) =>
    p.offices.some((h) => h.office === office && h.country === country && heldOn(h, date)),
  );
}

/** Whether a holding covers `date`: `from` inclusive, `to` exclusive, missing bounds open. */
export function heldOn(holding: Pick<OfficeHolding, "from" | "to">, date: string): boolean {
  return (holding.from === undefined || holding.from <= date) && (holding.to === undefined || date < holding.to);
}

function toGazetteer(raw: RawFile): Gazetteer {
  const firstTitle = new Map(raw.offices.map((o) => [o.key, o.titles[0] ?? o.key]));
  return {
    countries: raw.countries.map((c) => ({ ...c })),
    offices: raw.offices.map((o) => (o.single ? { key: o.key, titles: o.titles, single: true } : { key: o.key, titles: o.titles })),
    people: raw.people.map((p) => ({
      ...p,
      offices: p.offices.map((h) => {
        const holding: OfficeHolding = { office: h.office, country: h.country, title: h.title ?? firstTitle.get(h.office) ?? h.office };
        if (h.from !== undefined) holding.from = h.from;
        if (h.to !== undefined) holding.to = h.to;
        return holding;
      }),
    })),
  };
}

/** "people[3] (taran).offices[0].from" — the person's key makes a hand edit easy to find. */
function describePath(path: PropertyKey[], data: unknown): string {
  let out = "";
  let node: unknown = data;
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : `${out ? "." : ""}${String(part)}`;
    node = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[part] : undefined;
    const label =
      node !== null && typeof node === "object" && !Array.isArray(node)
        ? ((node as Record<string, unknown>).key ?? (node as Record<string, unknown>).code)
        : undefined;
    if (typeof part === "number" && typeof label === "string") out += ` (${label})`;
  }
  return out || "(file)";
}

function checkConsistency(raw: RawFile): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  const officeKeys = new Set<string>();
  const singleOffices = new Set<string>();

  raw.countries.forEach((c, i) => {
    if (codes.has(c.code)) problems.push(`countries[${i}] (${c.code}): duplicate code ${c.code}`);
    codes.add(c.code);
  });
  raw.offices.forEach((o, i) => {
    if (officeKeys.has(o.key)) problems.push(`offices[${i}] (${o.key}): duplicate office key ${o.key}`);
    officeKeys.add(o.key);
    if (o.single) singleOffices.add(o.key);
  });
  raw.countries.forEach((c, i) => {
    for (const [name, office] of Object.entries(c.institutions)) {
      if (!officeKeys.has(office)) problems.push(`countries[${i}] (${c.code}).institutions."${name}": unknown office "${office}"`);
    }
  });

  const personKeys = new Set<string>();
  const nameOwner = new Map<string, string>();
  raw.people.forEach((p, i) => {
    const where = `people[${i}] (${p.key})`;
    if (personKeys.has(p.key)) problems.push(`${where}: duplicate key ${p.key}`);
    personKeys.add(p.key);
    if (!codes.has(p.affiliation)) problems.push(`${where}.affiliation: unknown affiliation code "${p.affiliation}"`);
    // Two people sharing a full name would make every mention of it ambiguous.
    for (const form of new Set([p.name, ...p.aliases].map(nameKey))) {
      const owner = nameOwner.get(form);
      if (owner !== undefined && owner !== p.key) problems.push(`${where}: name "${form}" is also a name of ${owner}`);
      else nameOwner.set(form, p.key);
    }
    p.offices.forEach((h, j) => {
      const at = `${where}.offices[${j}]`;
      if (!officeKeys.has(h.office)) problems.push(`${at}.office: unknown office "${h.office}"`);
      if (!codes.has(h.country)) problems.push(`${at}.country: unknown country or organisation code "${h.country}"`);
      if (h.from !== undefined && h.to !== undefined && h.from >= h.to) {
        problems.push(`${at}: from ${h.from} is not before to ${h.to} (to is the successor's first day)`);
      }
    });
  });

  problems.push(...findOverlaps(raw, singleOffices));
  return problems;
}

interface Tenure {
  key: string;
  from: string;
  to: string;
}

const BEGINNING = "0000-00-00";
const END = "9999-99-99";

/** Two holders of a one-holder office (e.g. two US presidents) on the same day. */
function findOverlaps(raw: RawFile, singleOffices: Set<string>): string[] {
  const byOffice = new Map<string, Tenure[]>();
  for (const p of raw.people) {
    for (const h of p.offices) {
      if (!singleOffices.has(h.office)) continue;
      if (h.from !== undefined && h.to !== undefined && h.from >= h.to) continue; // reported already
      const group = `${h.office} of ${h.country}`;
      const list = byOffice.get(group) ?? [];
      list.push({ key: p.key, from: h.from ?? BEGINNING, to: h.to ?? END });
      byOffice.set(group, list);
    }
  }
  const problems: string[] = [];
  for (const [group, tenures] of byOffice) {
    tenures.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    for (let i = 0; i < tenures.length; i++) {
      for (let j = i + 1; j < tenures.length; j++) {
        const a = tenures[i]!;
        const b = tenures[j]!;
        if (b.from >= a.to) continue;
        const day = b.from === BEGINNING ? "on the same days" : `on ${b.from}`;
        problems.push(
          `${group}: ${a.key} (${span(a)}) and ${b.key} (${span(b)}) both hold this one-holder office ${day}`,
        );
      }
    }
  }
  return problems;
}

function span(t: Tenure): string {
  return `${t.from === BEGINNING ? "…" : t.from} to ${t.to === END ? "…" : t.to}`;
}

function nameKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}
