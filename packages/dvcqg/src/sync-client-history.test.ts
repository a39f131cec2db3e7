// Processing history (`CapNhatTienDoHoSoMC`) in chunks, recorded in flight in the checkpoint.
import type { DossierInput } from "@hcc/core";
import { createMemoryCheckpointStore, createSyncClient, parseCheckpoint, serializeCheckpoint, type SyncClientOptions, type SyncItem } from "@hcc/dvcqg";
import { afterEach, describe, expect, it } from "vitest";
import { startPortal, type Portal, type PortalOptions } from "../test/portal-server.js";

const portals: Portal[] = [];
afterEach(async () => {
  await Promise.all(portals.splice(0).map((p) => p.close()));
});

async function portal(options: PortalOptions = {}): Promise<Portal> {
  const p = await startPortal({ maxRequests: 150, idleMs: 10_000, ...options });
  portals.push(p);
  return p;
}

const CODE = "000.00.53.H07-240301-0001";
const dossier = (events: number): DossierInput => ({
  code: CODE,
  procedureCode: "1.001612",
  agencyCode: "000.00.53.H07",
  status: "processing",
  receivedAt: "2024-03-01T08:00",
  events: Array.from({ length: events }, (_, k) => ({ step: k === 0 ? "receive" : "appraise", at: `2024-03-0${k + 1}T09:00`, place: "center" as const })),
});
const batch = (events: number): SyncItem[] => [{ dossier: dossier(events) }];

function client(p: Portal, extra: Partial<SyncClientOptions> = {}) {
  return createSyncClient({
    endpoint: p.url,
    authEndpoint: p.authUrl,
    username: "h07",
    password: "secret",
    unitCode: "000.00.00.H07",
    retries: 2,
    backoffMs: 1,
    timeoutMs: 2_000,
    now: () => Date.UTC(2024, 2, 1, 2, 0),
    ...extra,
  });
}

describe("sync client: processing history in chunks", () => {
  it("sends one request per chunk, each recorded in flight in the checkpoint before it leaves", async () => {
    const store = createMemoryCheckpointStore();
    const seen: string[] = [];
    const p = await portal({
      script: (c) => {
        if (c.service === "CapNhatTienDoHoSoMC") {
          const entry = parseCheckpoint(store.text()).entries[CODE];
          seen.push(`${entry?.progressSent ?? "?"}+${entry?.progressInFlight ?? 0}`);
        }
        return undefined;
      },
    });
    const report = await client(p).syncBatch(batch(5), { store, progressChunkSize: 2 });
    expect(seen).toEqual(["0+2", "2+2", "4+1"]);
    expect(report.results[0]).toMatchObject({ outcome: "sent", progressPushed: 5, progressMaybeRepeated: 0 });
    expect(parseCheckpoint(store.text()).entries[CODE]).toEqual({ state: "done", fingerprint: expect.any(String), acceptedFingerprint: expect.any(String), progressSent: 5, updatedAt: "2024-03-01T09:00:00+07:00" });
    // default: one item per request
    const q = await portal();
    await client(q).syncBatch(batch(3), { store: createMemoryCheckpointStore() });
    expect(q.state.log.filter((l) => l.startsWith("CapNhatTienDoHoSoMC"))).toHaveLength(3);
  });

  it("re-sends a chunk left in flight by a crash, and says it may be repeated", async () => {
    const p = await portal();
    const store = createMemoryCheckpointStore();
    await client(p).syncBatch(batch(2), { store });
    // as if a run had pushed events 3–4 and been killed before hearing back
    const cp = parseCheckpoint(store.text());
    const entry = cp.entries[CODE];
    if (entry === undefined) throw new Error("no entry");
    cp.entries[CODE] = { ...entry, progressInFlight: 2 };
    const crashed = createMemoryCheckpointStore(serializeCheckpoint(cp));
    const report = await client(p).syncBatch(batch(5), { store: crashed, progressChunkSize: 3 });
    expect(report.results[0]).toMatchObject({ outcome: "updated", progressPushed: 3, progressMaybeRepeated: 2 });
    expect(report.progressMaybeRepeated).toBe(2);
    expect(parseCheckpoint(crashed.text()).entries[CODE]).toMatchObject({ progressSent: 5 });
    expect(parseCheckpoint(crashed.text()).entries[CODE]?.progressInFlight).toBeUndefined();
  });

  it("counts a push retried after a lost answer as maybe repeated, but not one the portal refused", async () => {
    let slow = 1;
    const p = await portal({ script: (c) => (c.service === "CapNhatTienDoHoSoMC" && slow-- > 0 ? { delayMs: 6_000 } : undefined) });
    const report = await client(p, { timeoutMs: 1_500 }).syncBatch(batch(2), { store: createMemoryCheckpointStore() });
    expect(report.results[0]).toMatchObject({ outcome: "sent", progressPushed: 2, progressMaybeRepeated: 1 });
    expect(p.state.progress.get(CODE)).toBe(3); // the portal did store the push whose answer came too late

    let refusals = 1;
    const q = await portal({ script: (c) => (c.service === "CapNhatTienDoHoSoMC" && refusals-- > 0 ? { json: { error_code: "-9", message: "Lỗi ghi tiến độ" } } : undefined) });
    const store = createMemoryCheckpointStore();
    const refused = await client(q).syncBatch(batch(2), { store });
    expect(refused.results[0]).toMatchObject({ outcome: "failed", errorCode: "sync_error", progressPushed: 0 });
    expect(parseCheckpoint(store.text()).entries[CODE]).toMatchObject({ progressSent: 0 });
    expect(parseCheckpoint(store.text()).entries[CODE]?.progressInFlight).toBeUndefined();
    const again = await client(q).syncBatch(batch(2), { store });
    expect(again.results[0]).toMatchObject({ progressPushed: 2, progressMaybeRepeated: 0 });
    expect(q.state.progress.get(CODE)).toBe(2);
  });

  it("rejects a chunk size that is not a positive integer before sending anything", async () => {
    const p = await portal();
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      await expect(client(p).syncBatch(batch(1), { store: createMemoryCheckpointStore(), progressChunkSize: bad })).rejects.toMatchObject({ code: "invalid_input" });
    }
    expect(p.requests()).toBe(0);
  });
});
