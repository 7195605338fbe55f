// Explorer in headless Chromium beside a bare sigma page (filled in next).
import type { RunPlan } from "../stats.js";
import type { Row } from "../report.js";

export async function benchExplorer(_o: { sizes: number[]; plan: RunPlan; log: (line: string) => void }): Promise<{ rows: Row[]; notes: string[] }> {
  return { rows: [], notes: ["explorer: not measured yet"] };
}
