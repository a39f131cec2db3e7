// Types of bundle-size.mjs, for the browser test that imports it (examples/browser.test.ts).
import type { Metafile } from "esbuild";

/** A typical import: an ES module exporting `run()`, and its gzip budget in bytes. */
export interface BundleEntry {
  readonly name: string;
  readonly limit: number;
  readonly source: string;
}

export const BUNDLES: readonly BundleEntry[];

export function bundle(entry: BundleEntry): Promise<{ code: string; min: number; gzip: number; metafile: Metafile }>;
