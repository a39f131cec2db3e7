import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseInstant } from "@hcc/core";
import { createSyncClient, emptyCheckpoint, serializeCheckpoint, type SyncCheckpoint } from "@hcc/dvcqg";
import { createFileCheckpointStore } from "@hcc/dvcqg/node";
import { afterAll, describe, expect, it } from "vitest";
import { startPortal } from "../test/portal-server.js";

const root = mkdtempSync(join(tmpdir(), "hcc-dvcqg-file-store-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = (): string => {
  const dir = join(root, String(++n));
  mkdirSync(dir);
  return dir;
};

const checkpoint: SyncCheckpoint = {
  version: 1,
  entries: {
    "X-240301-0002": { state: "done", fingerprint: "f2", acceptedFingerprint: "f2", progressSent: 2, progressInFlight: 1, updatedAt: parseInstant("2024-03-01T09:00:00+07:00") },
    "X-240301-0001": { state: "pending", fingerprint: "f1", progressSent: 0, updatedAt: parseInstant("2024-03-01T09:00:00+07:00") },
  },
};

/** The pid of a process that has exited (and been reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("createFileCheckpointStore", () => {
  it("answers undefined before the first save, then reads back exactly what it saved, leaving no temporary file", async () => {
    const dir = freshDir();
    const store = createFileCheckpointStore(join(dir, "cp.json"));
    expect(await store.load()).toBeUndefined();
    await store.save(checkpoint);
    expect(readFileSync(join(dir, "cp.json"), "utf8")).toBe(serializeCheckpoint(checkpoint));
    expect(await store.load()).toEqual(checkpoint);
    await store.save(emptyCheckpoint());
    expect(await store.load()).toEqual(emptyCheckpoint());
    expect(readdirSync(dir)).toEqual(["cp.json"]);
    expect(store.lockPath).toBe(join(dir, "cp.json.lock"));
    await expect(createFileCheckpointStore(join(dir, "cp.json"), { syncDirectory: false }).save(checkpoint)).resolves.toBeUndefined();
  });

  it("refuses to save what is not a checkpoint, keeping the old file", async () => {
    const dir = freshDir();
    const store = createFileCheckpointStore(join(dir, "cp.json"));
    await store.save(checkpoint);
    await expect(store.save({ version: 2 } as never)).rejects.toMatchObject({ code: "invalid_input" });
    expect(await store.load()).toEqual(checkpoint);
  });

  it("fails with parse_error naming the file — never undefined — on a truncated, empty, foreign or unreadable checkpoint", async () => {
    const dir = freshDir();
    const path = join(dir, "cp.json");
    const store = createFileCheckpointStore(path);
    const full = serializeCheckpoint(checkpoint);
    for (const text of [full.slice(0, full.length - 7), "", "  \n", '{"version":1,"entries":{"X":{"state":"lost"}}}', "[]"]) {
      writeFileSync(path, text);
      const error = await store.load().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ name: "HccError", code: "parse_error", value: path });
      expect((error as Error).message).toMatch(/is corrupt .*nothing was sent/);
    }
    writeFileSync(path, "");
    await expect(store.load()).rejects.toThrow(/it is empty/);
    rmSync(path);
    mkdirSync(path); // a directory where the file should be: unreadable
    await expect(store.load()).rejects.toMatchObject({ code: "parse_error", message: expect.stringMatching(/Cannot read the sync checkpoint .*EISDIR/) });
    expect(() => createFileCheckpointStore("")).toThrow(expect.objectContaining({ code: "invalid_input" }));
  });

  it("lets one holder at a time take the lock, writes its pid, and releases it", async () => {
    const dir = freshDir();
    const store = createFileCheckpointStore(join(dir, "cp.json"));
    const release = await store.lock();
    expect(readFileSync(store.lockPath, "utf8")).toBe(`${process.pid}\n`);
    await expect(store.lock()).rejects.toMatchObject({ code: "sync_error", message: expect.stringMatching(/another batch of this process/) });
    await expect(createFileCheckpointStore(join(dir, "cp.json")).lock()).rejects.toMatchObject({ code: "sync_error" });
    await release();
    await release(); // twice is harmless
    expect(existsSync(store.lockPath)).toBe(false);
    const again = await store.lock();
    await again();
  });

  it("refuses a lock held by a live process and takes over the lock of a dead one", async () => {
    const dir = freshDir();
    const store = createFileCheckpointStore(join(dir, "cp.json"));
    writeFileSync(store.lockPath, `${process.ppid}\n`); // our parent: alive, and not us
    await expect(store.lock()).rejects.toMatchObject({ code: "sync_error", message: expect.stringMatching(new RegExp(`in use by process ${process.ppid}`)) });
    expect(readFileSync(store.lockPath, "utf8")).toBe(`${process.ppid}\n`);

    writeFileSync(store.lockPath, `${deadPid()}\n`);
    const release = await store.lock();
    expect(readFileSync(store.lockPath, "utf8")).toBe(`${process.pid}\n`);
    await release();
  });

  it("treats a lock file without a pid as being created for 2 s, then as the leftover of a crash", async () => {
    const dir = freshDir();
    const store = createFileCheckpointStore(join(dir, "cp.json"));
    writeFileSync(store.lockPath, "");
    await expect(store.lock()).rejects.toMatchObject({ code: "sync_error", message: expect.stringMatching(/being taken/) });
    const old = new Date(Date.now() - 10_000);
    utimesSync(store.lockPath, old, old);
    const release = await store.lock();
    await release();

    // a takeover guard left by a process killed mid-takeover is cleared too
    writeFileSync(store.lockPath, `${deadPid()}\n`);
    writeFileSync(`${store.lockPath}.takeover`, `${deadPid()}\n`);
    const release2 = await store.lock();
    expect(existsSync(`${store.lockPath}.takeover`)).toBe(false);
    await release2();
  });

  it("makes syncBatch send nothing on a corrupt checkpoint or a held lock, and release the lock after a batch", async () => {
    const portal = await startPortal({ idleMs: 10_000 });
    try {
      const dir = freshDir();
      const path = join(dir, "cp.json");
      const client = createSyncClient({ endpoint: portal.url, authEndpoint: portal.authUrl, username: "h07", password: "secret", unitCode: "000.00.00.H07", retries: 0 });
      const batch = [{ dossier: { code: "000.00.53.H07-240301-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: 2 as const } }];
      writeFileSync(path, serializeCheckpoint(checkpoint).slice(0, 40));
      const store = createFileCheckpointStore(path);
      await expect(client.syncBatch(batch, { store })).rejects.toMatchObject({ code: "parse_error", message: expect.stringMatching(/cp\.json is corrupt/) });
      expect(portal.requests()).toBe(0);
      expect(existsSync(store.lockPath)).toBe(false); // released after the failure

      rmSync(path);
      writeFileSync(store.lockPath, `${process.ppid}\n`);
      await expect(client.syncBatch(batch, { store })).rejects.toMatchObject({ code: "sync_error" });
      expect(portal.requests()).toBe(0);
      rmSync(store.lockPath);

      const report = await client.syncBatch(batch, { store });
      expect(report).toMatchObject({ sent: 1, complete: true });
      expect(existsSync(store.lockPath)).toBe(false);
      expect(Object.keys((await store.load())?.entries ?? {})).toEqual(["000.00.53.H07-240301-0001"]);
    } finally {
      await portal.close();
    }
  });
});
