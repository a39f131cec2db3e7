// Node only (node:fs): shipped on the `@hcc/dvcqg/node` subpath, never from the main entry.
import { HccError, isHccError } from "@hcc/core";
import { open, readFile, rename, stat, unlink } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseCheckpoint, serializeCheckpoint, type CheckpointStore, type SyncCheckpoint } from "./checkpoint.js";

/**
 * A {@link CheckpointStore} kept in one JSON file, with the paths it uses.
 *
 * @example
 * ```ts
 * import { createFileCheckpointStore, type FileCheckpointStore } from "@hcc/dvcqg/node";
 * const store: FileCheckpointStore = createFileCheckpointStore("/var/lib/hcc/dvcqg-checkpoint.json");
 * store.lockPath; //=> "/var/lib/hcc/dvcqg-checkpoint.json.lock"
 * ```
 *
 * @category Sync
 */
export interface FileCheckpointStore extends CheckpointStore {
  /** The checkpoint file (absolute). */
  readonly path: string;
  /** The lock file: `path` + `.lock`, holding the pid of the process that runs the checkpoint. */
  readonly lockPath: string;
  /**
   * Takes the lock (see {@link createFileCheckpointStore}); resolves to its release.
   *
   * @example
   * ```ts
   * import { createFileCheckpointStore } from "@hcc/dvcqg/node";
   * import { existsSync, mkdtempSync } from "node:fs";
   * import { tmpdir } from "node:os";
   * import { join } from "node:path";
   * const store = createFileCheckpointStore(join(mkdtempSync(join(tmpdir(), "hcc-")), "checkpoint.json"));
   * const release = await store.lock();
   * existsSync(store.lockPath); //=> true
   * await release();
   * existsSync(store.lockPath); //=> false
   * ```
   */
  lock(): Promise<() => Promise<void>>;
}

/**
 * Options of {@link createFileCheckpointStore}.
 *
 * @example
 * ```ts
 * import { type FileCheckpointStoreOptions } from "@hcc/dvcqg/node";
 * const options: FileCheckpointStoreOptions = { syncDirectory: true };
 * ```
 *
 * @category Sync
 */
export interface FileCheckpointStoreOptions {
  /**
   * After the rename, `fsync` the directory so that the rename itself survives a power cut
   * (default `true`; ignored on Windows, where a directory cannot be opened).
   */
  readonly syncDirectory?: boolean;
}

/** A lock file with no pid older than this is the leftover of a crash between create and write. */
const EMPTY_LOCK_GRACE_MS = 2_000;

/**
 * A checkpoint store in a JSON file, safe against crashes (Node only).
 *
 * - **Atomic replace.** `save` writes `path.tmp` in the same directory, `fsync`s it, renames it
 *   over `path` and `fsync`s the directory: a kill at any moment leaves the old checkpoint or the
 *   new one, never a truncated file.
 * - **No silent restart.** `load` answers `undefined` only when the file does not exist. A file
 *   that cannot be read, is empty, is not JSON or is not a checkpoint fails with `HccError`
 *   `parse_error` naming the file — starting from an empty checkpoint would create every dossier
 *   again, so the run stops before sending anything; repair or delete the file knowingly.
 * - **One process at a time.** `lock` (called by `syncBatch`) creates `path.lock` exclusively
 *   (`open(lockPath, "wx")`) and writes its pid into it; release deletes it. A lock whose pid is no
 *   longer running (the holder was killed) is stale and taken over; a lock held by a live process
 *   — or by another batch of this process — fails with `HccError` `sync_error`. The pid check
 *   only sees processes of the same machine: keep the checkpoint on a local disk, not a share
 *   used by several hosts; and a dead holder's pid given to a new process makes the lock look
 *   held (the error names the pid: check it, then delete the lock file). A stale lock is taken over through a second exclusive file
 *   (`path.lock.takeover`), so two processes finding the same stale lock cannot both win.
 *
 * @param path - the checkpoint file (its directory must exist)
 * @param options - whether to `fsync` the directory
 * @returns the store
 * @throws {HccError} `invalid_input` for an empty path
 * @example
 * ```ts
 * import { createSyncClient } from "@hcc/dvcqg";
 * import { createFileCheckpointStore } from "@hcc/dvcqg/node";
 * const client = createSyncClient({ endpoint: "https://dvcqg.example.vn/adapter", username: "h07", password: "secret", unitCode: "000.00.00.H07" });
 * const store = createFileCheckpointStore("/var/lib/hcc/dvcqg-checkpoint.json");
 * const sync = () => client.syncBatch([], { store });
 * ```
 *
 * @category Sync
 */
export function createFileCheckpointStore(path: string, options: FileCheckpointStoreOptions = {}): FileCheckpointStore {
  if (typeof path !== "string" || path === "") throw new HccError("invalid_input", "The checkpoint file path is required", { value: path });
  const file = resolve(path);
  const dir = dirname(file);
  const tmpPath = `${file}.tmp`;
  const lockPath = `${file}.lock`;
  const syncDirectory = options.syncDirectory ?? true;

  async function load(): Promise<SyncCheckpoint | undefined> {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (cause) {
      if (errnoOf(cause) === "ENOENT") return undefined;
      throw new HccError("parse_error", `Cannot read the sync checkpoint ${file} (${errnoOf(cause) ?? String(cause)}); nothing was sent`, { value: file, cause });
    }
    try {
      return parseCheckpoint(text);
    } catch (cause) {
      const why = text.trim() === "" ? "it is empty" : isHccError(cause) ? cause.message : String(cause);
      throw new HccError(
        "parse_error",
        `The sync checkpoint ${file} is corrupt (${why}); nothing was sent. Starting from an empty checkpoint would send every dossier again: restore the file or delete it knowingly`,
        { value: file, cause, ...(isHccError(cause) ? { issues: cause.issues } : {}) },
      );
    }
  }

  async function save(checkpoint: SyncCheckpoint): Promise<void> {
    const text = serializeCheckpoint(parseCheckpoint(checkpoint));
    const handle = await open(tmpPath, "w");
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmpPath, file);
    if (syncDirectory && process.platform !== "win32") {
      const dirHandle = await open(dir, "r");
      try {
        await dirHandle.sync();
      } finally {
        await dirHandle.close();
      }
    }
  }

  async function lock(): Promise<() => Promise<void>> {
    await acquireLock(lockPath);
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      // Only remove the lock if it is still ours.
      if ((await readPid(lockPath)) === process.pid) await unlink(lockPath).catch(() => undefined);
    };
  }

  return Object.freeze({ path: file, lockPath, load, save, lock });
}

async function acquireLock(lockPath: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createExclusive(lockPath)) return;
    const holder = await readPid(lockPath);
    if (holder === process.pid) {
      throw new HccError("sync_error", `The sync checkpoint is already in use by another batch of this process (lock ${lockPath})`, { value: lockPath });
    }
    if (holder !== undefined && isRunning(holder)) {
      throw new HccError("sync_error", `The sync checkpoint is in use by process ${holder} (lock ${lockPath}); run one sync per checkpoint at a time`, { value: lockPath });
    }
    if (holder === undefined && !(await olderThan(lockPath, EMPTY_LOCK_GRACE_MS))) {
      throw new HccError("sync_error", `The sync checkpoint lock ${lockPath} is being taken by another process`, { value: lockPath });
    }
    await takeOverStale(lockPath, holder);
  }
  throw new HccError("sync_error", `Could not take the sync checkpoint lock ${lockPath}: another process keeps taking it`, { value: lockPath });
}

/** Removes a stale lock, under a second exclusive file so that only one process does it. */
async function takeOverStale(lockPath: string, stalePid: number | undefined): Promise<void> {
  const guard = `${lockPath}.takeover`;
  if (!(await createExclusive(guard))) {
    const guardHolder = await readPid(guard);
    // A takeover guard left by a process killed mid-takeover: remove it; the next attempt retries.
    if (guardHolder === undefined ? await olderThan(guard, EMPTY_LOCK_GRACE_MS) : !isRunning(guardHolder)) await unlink(guard).catch(() => undefined);
    return;
  }
  try {
    // Still the same stale holder? (Another process may have taken over in between.)
    if ((await readPid(lockPath)) === stalePid) await unlink(lockPath).catch(() => undefined);
  } finally {
    await unlink(guard).catch(() => undefined);
  }
}

/** Creates `path` holding this pid; `false` when it exists. */
async function createExclusive(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, "wx");
  } catch (cause) {
    if (errnoOf(cause) === "EEXIST") return false;
    throw new HccError("sync_error", `Cannot create the lock file ${path} (${errnoOf(cause) ?? String(cause)})`, { value: path, cause });
  }
  try {
    await handle.writeFile(`${process.pid}\n`, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function readPid(path: string): Promise<number | undefined> {
  const text = await readFile(path, "utf8").catch(() => "");
  const pid = Number(text.trim());
  return /^\d+$/.test(text.trim()) && Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

async function olderThan(path: string, ms: number): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info === undefined || Date.now() - info.mtimeMs > ms;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return errnoOf(error) === "EPERM";
  }
}

function errnoOf(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}
