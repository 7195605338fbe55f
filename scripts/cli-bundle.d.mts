// Types of cli-bundle.mjs for the TypeScript that imports it (tests, bench, ensure-graph).
export interface BundleSpec {
  /** Folder the entries and the recorded inputs are relative to. */
  root: string;
  outDir: string;
  /** Output name (without .mjs) → entry source, relative to root. */
  entries: Record<string, string>;
}
export const ROOT: string;
export const EXTRACT_BUNDLE: BundleSpec;
export function bundleIsFresh(spec: BundleSpec): boolean;
export function bundleInputs(spec: BundleSpec): string[];
export function ensureBundle(spec: BundleSpec): Promise<{ built: boolean; outputs: Record<string, string> }>;
