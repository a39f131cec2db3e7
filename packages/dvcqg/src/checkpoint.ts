import { HccError, instantSchema } from "@hcc/core";
import * as z from "zod";

/**
 * Zod schema of a sync checkpoint: per dossier code, whether the last send is `pending` (started,
 * outcome unknown) or `done`, the fingerprint of the record last accepted, how many processing
 * events were pushed, the portal's id when known, and when the entry changed.
 *
 * @example
 * ```ts
 * import { syncCheckpointSchema } from "@hcc/dvcqg";
 * syncCheckpointSchema.parse({ version: 1, entries: {} }).entries; //=> {}
 * ```
 *
 * @category Sync
 */
export const syncCheckpointSchema = /* @__PURE__ */ z.object({
  version: z.literal(1),
  entries: z.record(
    z.string().min(1),
    z.object({
      /** `pending`: a send started and its outcome is unknown; `done`: the portal accepted it. */
      state: z.enum(["pending", "done"]),
      /** Fingerprint of the record being sent (pending) or last accepted (done). */
      fingerprint: z.string(),
      /** Fingerprint last accepted by the portal, if any. */
      acceptedFingerprint: z.string().optional(),
      /** Processing events already pushed (in time order). */
      progressSent: z.number().int().nonnegative(),
      /**
       * Events pushed after the first `progressSent` whose answer has not come back yet: the
       * portal may or may not hold them. A run that finds this re-sends them and reports them as
       * possibly repeated (the legacy protocol cannot tell).
       */
      progressInFlight: z.number().int().positive().optional(),
      /** When this entry last changed. */
      updatedAt: instantSchema,
    }),
  ),
});

/**
 * A resumable sync checkpoint (plain JSON; see {@link syncCheckpointSchema}).
 *
 * @example
 * ```ts
 * import { emptyCheckpoint, type SyncCheckpoint } from "@hcc/dvcqg";
 * const cp: SyncCheckpoint = emptyCheckpoint();
 * ```
 *
 * @category Sync
 */
export interface SyncCheckpoint extends z.output<typeof syncCheckpointSchema> {}

/**
 * One dossier's entry in a {@link SyncCheckpoint}.
 *
 * @example
 * ```ts
 * import { type CheckpointEntry } from "@hcc/dvcqg";
 * import { parseInstant } from "@hcc/core";
 * const e: CheckpointEntry = { state: "done", fingerprint: "ab12", progressSent: 3, updatedAt: parseInstant("2024-03-01T09:00:00+07:00") };
 * ```
 *
 * @category Sync
 */
export type CheckpointEntry = SyncCheckpoint["entries"][string];

/**
 * Where a sync client keeps its checkpoint between runs (a file, a database row, a key-value
 * store…). `save` is awaited after every state change, so a crash loses at most the dossier in
 * flight, which the next run looks up before sending again. A store must replace the checkpoint
 * **atomically** (a crash mid-save must leave the old or the new checkpoint, never a truncated
 * one) and `load` must fail, not answer `undefined`, when a checkpoint exists but cannot be read:
 * `undefined` makes the next run start from nothing. On Node, `createFileCheckpointStore` from
 * `@hcc/dvcqg/node` does all of this.
 *
 * @example
 * ```ts
 * import { parseCheckpoint, serializeCheckpoint, type CheckpointStore } from "@hcc/dvcqg";
 * // A store in a database table `checkpoints(name primary key, body)`; one row replaced atomically.
 * declare const db: { get(name: string): Promise<string | undefined>; put(name: string, body: string): Promise<void> };
 * const dbStore = (name: string): CheckpointStore => ({
 *   load: async () => {
 *     const body = await db.get(name);
 *     return body === undefined ? undefined : parseCheckpoint(body);
 *   },
 *   save: (checkpoint) => db.put(name, serializeCheckpoint(checkpoint)),
 * });
 * ```
 *
 * @category Sync
 */
export interface CheckpointStore {
  /**
   * The saved checkpoint, or `undefined` when there is none yet.
   *
   * @example
   * ```ts
   * import { createMemoryCheckpointStore } from "@hcc/dvcqg";
   * await createMemoryCheckpointStore().load(); //=> undefined
   * await createMemoryCheckpointStore('{"version":1,"entries":{}}').load(); //=> { version: 1, entries: {} }
   * ```
   */
  load(): Promise<SyncCheckpoint | undefined>;
  /**
   * Persists the checkpoint (the whole of it).
   *
   * @example
   * ```ts
   * import { createMemoryCheckpointStore, emptyCheckpoint } from "@hcc/dvcqg";
   * const store = createMemoryCheckpointStore();
   * await store.save(emptyCheckpoint());
   * (await store.load())?.version; //=> 1
   * ```
   */
  save(checkpoint: SyncCheckpoint): Promise<void>;
  /**
   * Takes exclusive use of the checkpoint for one batch, or fails (`HccError`) when another
   * process holds it; resolves to the function that gives it back. Optional: `syncBatch` calls it
   * (when present) before `load` and releases after the batch, even when the batch throws.
   *
   * @example
   * ```ts
   * import { createFileCheckpointStore } from "@hcc/dvcqg/node";
   * import { mkdtempSync } from "node:fs";
   * import { tmpdir } from "node:os";
   * import { join } from "node:path";
   * const store = createFileCheckpointStore(join(mkdtempSync(join(tmpdir(), "hcc-")), "checkpoint.json"));
   * const release = await store.lock?.();
   * await store.lock?.().catch((error: { code?: string }) => error.code); //=> "sync_error" (held by this batch)
   * await release?.();
   * ```
   */
  lock?(): Promise<() => Promise<void>>;
}

/**
 * A checkpoint with no entries.
 *
 * @returns `{ version: 1, entries: {} }`
 * @example
 * ```ts
 * import { emptyCheckpoint } from "@hcc/dvcqg";
 * emptyCheckpoint(); //=> { version: 1, entries: {} }
 * ```
 *
 * @category Sync
 */
export function emptyCheckpoint(): SyncCheckpoint {
  return { version: 1, entries: {} };
}

/**
 * Validates a checkpoint given as JSON text or as an object.
 *
 * @param input - JSON text or a parsed object
 * @returns the checkpoint
 * @throws {HccError} `parse_error` for text that is not JSON, `invalid_input` for a wrong shape
 * @example
 * ```ts
 * import { parseCheckpoint } from "@hcc/dvcqg";
 * parseCheckpoint('{"version":1,"entries":{}}').version; //=> 1
 * ```
 *
 * @category Sync
 */
export function parseCheckpoint(input: unknown): SyncCheckpoint {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input) as unknown;
    } catch (cause) {
      throw new HccError("parse_error", `Sync checkpoint is not JSON: ${input.slice(0, 40)}`, { value: input, cause });
    }
  }
  const parsed = syncCheckpointSchema.safeParse(value);
  if (!parsed.success) {
    throw new HccError("invalid_input", `Invalid sync checkpoint: ${parsed.error.issues[0]?.message ?? ""}`, {
      value: input,
      issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })),
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/**
 * Writes a checkpoint as JSON (entries sorted by dossier code, so equal checkpoints give equal
 * text).
 *
 * @param checkpoint - the checkpoint
 * @returns JSON text
 * @example
 * ```ts
 * import { emptyCheckpoint, serializeCheckpoint } from "@hcc/dvcqg";
 * serializeCheckpoint(emptyCheckpoint()); //=> '{"version":1,"entries":{}}'
 * ```
 *
 * @category Sync
 */
export function serializeCheckpoint(checkpoint: SyncCheckpoint): string {
  const entries = Object.fromEntries(Object.entries(checkpoint.entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ version: checkpoint.version, entries });
}

/**
 * A {@link CheckpointStore} that also shows the JSON text it holds.
 *
 * @example
 * ```ts
 * import { createMemoryCheckpointStore, type MemoryCheckpointStore } from "@hcc/dvcqg";
 * const store: MemoryCheckpointStore = createMemoryCheckpointStore();
 * store.text(); //=> undefined
 * ```
 *
 * @category Sync
 */
export interface MemoryCheckpointStore extends CheckpointStore {
  /**
   * The saved checkpoint as JSON text, or `undefined` before the first save.
   *
   * @example
   * ```ts
   * import { createMemoryCheckpointStore, emptyCheckpoint } from "@hcc/dvcqg";
   * const store = createMemoryCheckpointStore();
   * store.text(); //=> undefined
   * await store.save(emptyCheckpoint());
   * store.text(); //=> '{"version":1,"entries":{}}'
   * ```
   */
  text(): string | undefined;
}

/**
 * A checkpoint store kept in memory **as JSON text** (so what it holds is exactly what a file or a
 * database would hold). For tests and single-process jobs; `text` exposes the saved JSON.
 *
 * @param initial - a checkpoint or its JSON to start from
 * @returns the store
 * @example
 * ```ts
 * import { createMemoryCheckpointStore, emptyCheckpoint } from "@hcc/dvcqg";
 * const store = createMemoryCheckpointStore();
 * await store.save(emptyCheckpoint());
 * store.text(); //=> '{"version":1,"entries":{}}'
 * ```
 *
 * @category Sync
 */
export function createMemoryCheckpointStore(initial?: SyncCheckpoint | string): MemoryCheckpointStore {
  let text = initial === undefined ? undefined : serializeCheckpoint(parseCheckpoint(initial));
  return {
    load: () => Promise.resolve(text === undefined ? undefined : parseCheckpoint(text)),
    save: (checkpoint) => {
      text = serializeCheckpoint(parseCheckpoint(checkpoint));
      return Promise.resolve();
    },
    text: () => text,
  };
}
