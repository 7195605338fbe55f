// Merges the actors found article by article into one node per person for the
// whole corpus: gazetteer people keyed by their gazetteer key, discovered
// people by the slug of their name (the same slug in two articles is one node).
import type { ArticleResult, NodeAttributes, OfficeHolding, Role } from "../../shared/types.js";
import type { ActorIndex } from "./actor-index.js";

interface Acc {
  label: string;
  known: boolean;
  affiliation: string | null;
  roles: Role[];
  surfaces: Set<string>;
  mentions: number;
  articles: Set<string>;
  firstSeen: string | null;
  lastSeen: string | null;
}

export function collectActors(results: ArticleResult[], index: ActorIndex): Map<string, NodeAttributes> {
  const ordered = [...results].sort((a, b) => cmp(a.article.id, b.article.id) || cmp(a.article.source, b.article.source));
  const acc = new Map<string, Acc>();
  for (const r of ordered) {
    const discovered = new Map(r.discovered.map((d) => [d.key, d]));
    for (const m of r.mentions) {
      let a = acc.get(m.actor);
      if (!a) {
        a = newAcc(m.actor, discovered.get(m.actor)?.label ?? null, index);
        acc.set(m.actor, a);
      }
      a.mentions++;
      a.articles.add(`${r.article.id}\u0000${r.article.source}`);
      const date = r.article.date;
      if (date) {
        if (a.firstSeen === null || date < a.firstSeen) a.firstSeen = date;
        if (a.lastSeen === null || date > a.lastSeen) a.lastSeen = date;
      }
      // Role phrases and pronouns are not names: only names go into aliases.
      if (m.via === "name" || m.via === "surname" || m.via === "discovered") a.surfaces.add(m.surface);
    }
    for (const d of r.discovered) {
      const a = acc.get(d.key);
      if (!a || a.known) continue;
      a.affiliation ??= d.affiliation;
      if (d.role && !a.roles.some((x) => x.title === d.role)) a.roles.push({ title: d.role });
      for (const s of d.surfaces) a.surfaces.add(s);
    }
  }
  const out = new Map<string, NodeAttributes>();
  for (const key of [...acc.keys()].sort(cmp)) {
    const a = acc.get(key)!;
    out.set(key, {
      label: a.label,
      aliases: [...a.surfaces].filter((s) => s !== a.label).sort(cmp),
      affiliation: a.affiliation,
      roles: a.known ? a.roles : [...a.roles].sort((x, y) => cmp(x.title, y.title)),
      known: a.known,
      mentions: a.mentions,
      articles: a.articles.size,
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
    });
  }
  return out;
}

function newAcc(key: string, discoveredLabel: string | null, index: ActorIndex): Acc {
  const n = discoveredLabel !== null ? undefined : index.byKey.get(key);
  const base = { mentions: 0, articles: new Set<string>(), firstSeen: null, lastSeen: null };
  if (n === undefined) {
    return { ...base, label: discoveredLabel ?? key, known: false, affiliation: null, roles: [], surfaces: new Set() };
  }
  const person = index.people[n]!.person;
  return {
    ...base,
    label: person.name,
    known: true,
    affiliation: person.affiliation ?? null,
    roles: (person.offices ?? []).map((h) => role(h, index)),
    surfaces: new Set(person.aliases ?? []),
  };
}

/** "Secretary of State" in the US → "US Secretary of State"; a title naming its country already stays as it is. */
function role(h: OfficeHolding, index: ActorIndex): Role {
  const country = index.countries.get(h.country);
  const words = [h.country, ...(country?.names ?? []), ...(country?.adjectives ?? [])];
  const named = words.some((w) => w && h.title.includes(w));
  // The country's code when it is also an adjective ("US"), else its first adjective ("Russian").
  const prefix = country?.adjectives?.find((a) => a === h.country) ?? country?.adjectives?.[0] ?? h.country;
  const r: Role = { title: named || !prefix ? h.title : `${prefix} ${h.title}` };
  if (h.from) r.from = h.from;
  if (h.to) r.to = h.to;
  return r;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
