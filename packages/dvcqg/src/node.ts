/**
 * `@hcc/dvcqg/node` — the parts of `@hcc/dvcqg` that need Node's built-in modules (the main entry
 * has none, so it bundles for the browser).
 *
 * @packageDocumentation
 */
export { createFileCheckpointStore } from "./checkpoint-file.js";
export type { FileCheckpointStore, FileCheckpointStoreOptions } from "./checkpoint-file.js";
