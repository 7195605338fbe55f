// Who held which office on a given day, from the gazetteer's dated holdings.
import type { OfficeHolding } from "../../shared/types.js";
import type { ActorIndex } from "./actor-index.js";
import { LEADER_IS_HEAD_OF_GOVERNMENT } from "./lexicon.js";

/**
 * The key an office is looked up by. The gazetteer's catch-all "other" office is told apart by its title: "the Minister
 * of Natural Resources and Environment" is Alexander Kozlov, not whoever else holds some "other" office (the Patriarch).
 */
export function holdingOffice(h: OfficeHolding): string {
  return h.office === "other" && h.title ? `other:${h.title.toLowerCase()}` : h.office;
}

/** `from` inclusive, `to` exclusive; an unknown article date accepts every holding. */
export function heldOn(h: OfficeHolding, date: string | null): boolean {
  if (date === null) return true;
  if (h.from && date < h.from) return false;
  if (h.to && date >= h.to) return false;
  return true;
}

/** People holding any of `offices` in `country` (any country when null) on `date`, in gazetteer order. */
export function holdersOn(index: ActorIndex, offices: string[], country: string | null, date: string | null): number[] {
  const found = new Set<number>();
  for (const office of offices) {
    for (const { person, holding } of index.holders.get(office) ?? []) {
      if (country !== null && holding.country !== country) continue;
      if (heldOn(holding, date)) found.add(person);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** Office keys a person holds on `date`. */
export function officesOn(index: ActorIndex, person: number, date: string | null): OfficeHolding[] {
  return (index.people[person]?.person.offices ?? []).filter((h) => heldOn(h, date));
}

/** The one person holding the office, or null when nobody or several do. */
export function uniqueHolder(index: ActorIndex, offices: string[], country: string | null, date: string | null): number | null {
  const found = holdersOn(index, offices, country, date);
  return found.length === 1 ? found[0]! : null;
}

const HEAD_OF_STATE_FIRST = ["president", "prime-minister", "king"];
const HEAD_OF_GOVERNMENT_FIRST = ["prime-minister", "president", "king"];

/** Whether an office makes its holder a country's leader (a head of state or of government). */
export function isLeaderOffice(office: string): boolean {
  return HEAD_OF_STATE_FIRST.includes(office);
}

/** "The Russian leader", "the leaders of Germany and France": the head of state or of government, by country. */
export function leaderOf(index: ActorIndex, country: string, date: string | null): number | null {
  const order = LEADER_IS_HEAD_OF_GOVERNMENT.has(country) ? HEAD_OF_GOVERNMENT_FIRST : HEAD_OF_STATE_FIRST;
  for (const office of order) {
    const p = uniqueHolder(index, [office], country, date);
    if (p !== null) return p;
  }
  return null;
}

/**
 * Among several office kinds sharing a title ("spokesman"), the one an
 * institution points at: the Kremlin (president) → presidential-spokesperson.
 */
export function preferInstitution(offices: string[], institutionOffice: string): string[] {
  const stem = institutionOffice.slice(0, 6);
  const preferred = offices.filter((o) => o.startsWith(stem) || o.includes(institutionOffice));
  return preferred.length > 0 ? preferred : offices;
}
