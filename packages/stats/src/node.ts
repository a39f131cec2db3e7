/**
 * `@hcc/stats/node` — the Node-only part of `@hcc/stats`: reading a dossier file by path, in
 * parallel with worker threads for large CSV files. Everything that works on text, bytes,
 * iterables and Web Streams (`ingest`, the aggregator, the renderers) is in the browser-safe main
 * entry `@hcc/stats`.
 *
 * @packageDocumentation
 */

export { ingestFile } from "./parallel.js";
export type { IngestFileOptions } from "./parallel.js";
