import type { DossierInput } from "@hcc/core";
import { createMemoryCheckpointStore, createSyncClient, parseCheckpoint, type SyncClientOptions, type SyncItem } from "@hcc/dvcqg";
import { afterEach, describe, expect, it } from "vitest";
import { newPortalState, startPortal, type Portal, type PortalOptions } from "../test/portal-server.js";

const portals: Portal[] = [];
afterEach(async () => {
  await Promise.all(portals.splice(0).map((p) => p.close()));
});

async function portal(options: PortalOptions = {}): Promise<Portal> {
  const p = await startPortal({ maxRequests: 150, idleMs: 10_000, ...options });
  portals.push(p);
  return p;
}

function dossier(i: number, events = 2): DossierInput {
  const seq = String(i).padStart(4, "0");
  return {
    code: `000.00.53.H07-240301-${seq}`,
    procedureCode: "1.001612",
    agencyCode: "000.00.53.H07",
    status: "processing",
    receivedAt: "2024-03-01T08:00",
    events: Array.from({ length: events }, (_, k) => ({ step: k === 0 ? "receive" : "appraise", at: `2024-03-0${k + 1}T09:00`, place: "center" as const })),
  };
}

const items = (n: number, events = 2): SyncItem[] => Array.from({ length: n }, (_, i) => ({ dossier: dossier(i + 1, events) }));

function client(p: Portal, extra: Partial<SyncClientOptions> = {}, delays: number[] = []) {
  return createSyncClient({
    endpoint: p.url,
    authEndpoint: p.authUrl,
    username: "h07",
    password: "secret",
    unitCode: "000.00.00.H07",
    retries: 2,
    backoffMs: 10,
    timeoutMs: 2_000,
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
    now: () => Date.UTC(2024, 2, 1, 2, 0),
    ...extra,
  });
}

describe("sync client against a local imitation of the portal", () => {
  it("sends a batch, pushes progress, and a re-run sends nothing", async () => {
    const p = await portal();
    const store = createMemoryCheckpointStore();
    const first = await client(p).syncBatch(items(5), { store });
    expect(first).toMatchObject({ sent: 5, updated: 0, unchanged: 0, failed: 0, complete: true });
    expect(first.results.every((r) => r.progressPushed === 2)).toBe(true);
    expect([...p.state.creates.values()]).toEqual([1, 1, 1, 1, 1]);
    expect([...p.state.progress.values()]).toEqual([2, 2, 2, 2, 2]);
    const before = p.requests();
    const again = await client(p).syncBatch(items(5), { store });
    expect(again).toMatchObject({ sent: 0, unchanged: 5, complete: true });
    expect(p.requests()).toBe(before);
    const checkpoint = parseCheckpoint(store.text());
    expect(Object.values(checkpoint.entries).every((e) => e.state === "done" && e.progressSent === 2)).toBe(true);
  });

  it("completes every dossier exactly once after the portal dies mid-batch", async () => {
    const state = newPortalState();
    const store = createMemoryCheckpointStore();
    const dying = await portal({ state, script: (c) => (c.service === "DongBoHoSoMC" && c.code?.endsWith("0004") ? "kill-after" : undefined) });
    const first = await client(dying).syncBatch(items(8), { store });
    await dying.closed;
    expect(first.results.map((r) => r.outcome)).toEqual(["sent", "sent", "sent", "failed", "failed", "failed", "failed", "failed"]);
    expect(first.results[3]).toMatchObject({ errorCode: "network_error" });
    expect(first.results[4]?.reason).toMatch(/^not attempted/);
    expect(parseCheckpoint(store.text()).entries["000.00.53.H07-240301-0004"]?.state).toBe("pending");
    // the portal did store dossier 4 before dying; the client never heard back
    expect(state.creates.get("000.00.53.H07-240301-0004")).toBe(1);

    const revived = await portal({ state });
    const second = await client(revived).syncBatch(items(8), { store });
    expect(second.results.map((r) => r.outcome)).toEqual(["unchanged", "unchanged", "unchanged", "updated", "sent", "sent", "sent", "sent"]);
    expect(second.complete).toBe(true);
    expect(state.dossiers.size).toBe(8);
    expect([...state.creates.values()]).toEqual(Array(8).fill(1));
    expect([...state.progress.values()]).toEqual(Array(8).fill(2));
    expect(state.log.filter((l) => l.startsWith("TraCuuHoSo"))).toEqual(["TraCuuHoSo:000.00.53.H07-240301-0004"]);

    const third = await client(revived).syncBatch(items(8), { store });
    expect(third.unchanged).toBe(8);
  });

  it("re-runs complete every dossier exactly once whatever request the portal dies on", async () => {
    const N = 4;
    for (const service of ["DongBoHoSoMC", "CapNhatTienDoHoSoMC"]) {
      for (let k = 1; k <= N; k++) {
        const state = newPortalState();
        const store = createMemoryCheckpointStore();
        const victim = `000.00.53.H07-240301-000${k}`;
        const dying = await portal({ state, script: (c) => (c.service === service && c.code === victim ? "kill-after" : undefined) });
        const first = await client(dying).syncBatch(items(N), { store });
        await dying.closed;
        expect(first.results.filter((r) => r.outcome === "sent")).toHaveLength(k - 1);
        const revived = await portal({ state });
        const second = await client(revived).syncBatch(items(N), { store });
        expect(second.complete).toBe(true);
        expect([...state.creates.values()]).toEqual(Array(N).fill(1));
        expect(state.dossiers.size).toBe(N);
        const repeatedVictim = service === "CapNhatTienDoHoSoMC";
        for (const [code, count] of state.progress) {
          // progress is at-least-once: the one-item chunk the portal stored before dying is sent again
          expect(count).toBe(repeatedVictim && code === victim ? 3 : 2);
        }
        // … and the report says so
        expect(second.results.map((r) => r.progressMaybeRepeated)).toEqual(Array.from({ length: N }, (_, i) => (repeatedVictim && i === k - 1 ? 1 : 0)));
        expect(second.progressMaybeRepeated).toBe(repeatedVictim ? 1 : 0);
      }
    }
  }, 60_000);

  it("retries 5xx and timeouts with exponential back-off, falls back to update on 'đã tồn tại'", async () => {
    let failures = 0;
    const p = await portal({
      existsCode: "3",
      script: (c) => {
        if (c.service !== "DongBoHoSoMC" || c.update) return undefined;
        if (c.code?.endsWith("0001") && failures < 2) return failures++ < 2 ? { status: 503 } : undefined;
        if (c.code?.endsWith("0002") && failures === 2) return (failures++, { delayMs: 600 });
        return undefined;
      },
    });
    const delays: number[] = [];
    const report = await client(p, { timeoutMs: 200 }, delays).syncBatch(items(2, 0), { store: createMemoryCheckpointStore() });
    expect(report.results.map((r) => r.outcome)).toEqual(["sent", "updated"]);
    expect(delays).toEqual([10, 20, 10]);
    expect(p.state.creates.get("000.00.53.H07-240301-0002")).toBe(1);
    expect(p.state.updates.get("000.00.53.H07-240301-0002")).toBe(1);
  });

  it("reports per-record failures with reasons and carries on", async () => {
    const p = await portal({
      script: (c) =>
        c.service === "DongBoHoSoMC" && c.code?.endsWith("0002")
          ? { status: 400 }
          : c.service === "DongBoHoSoMC" && c.code?.endsWith("0003")
            ? { json: { error_code: "-7", message: "Mã TTHC không hợp lệ" } }
            : undefined,
    });
    const bad: SyncItem = { dossier: { code: "000.00.53.H07-240301-0009", procedureCode: "1.001612", agencyCode: "X", status: 2, receivedAt: "2024-02-30" } };
    const report = await client(p).syncBatch([...items(4, 0), bad, { dossier: { code: "" } as unknown as DossierInput }], { store: createMemoryCheckpointStore() });
    expect(report.results.map((r) => [r.outcome, r.errorCode])).toEqual([
      ["sent", undefined],
      ["failed", "sync_error"],
      ["failed", "sync_error"],
      ["sent", undefined],
      ["failed", "invalid_record"],
      ["failed", "invalid_record"],
    ]);
    expect(report.results[1]?.reason).toMatch(/HTTP 400/);
    expect(report.results[2]?.reason).toMatch(/Mã TTHC không hợp lệ/);
    expect(report.results[4]?.reason).toMatch(/NgayTiepNhan/);
    expect(report.results[5]?.code).toBe("?");
    expect(report).toMatchObject({ sent: 2, failed: 4, complete: false });
    expect(p.state.log.some((l) => l.includes("0009"))).toBe(false);
  });

  it("re-authenticates once when the session expires and resumes progress after a failed push", async () => {
    let progressFailures = 1;
    const p = await portal({
      script: (c) => (c.service === "CapNhatTienDoHoSoMC" && progressFailures-- > 0 ? { json: { error_code: "-9", message: "Lỗi ghi tiến độ" } } : undefined),
    });
    const store = createMemoryCheckpointStore();
    const c = client(p);
    const first = await c.syncBatch(items(1, 3), { store });
    expect(first.results[0]).toMatchObject({ outcome: "failed", reason: expect.stringMatching(/Lỗi ghi tiến độ/) });
    p.state.sessions.clear();
    const second = await c.syncBatch(items(1, 3), { store });
    expect(second.results[0]).toMatchObject({ outcome: "updated", progressPushed: 3 });
    expect(p.state.log.filter((l) => l.startsWith("DongBoHoSoMC"))).toHaveLength(1);
    expect(p.state.log.filter((l) => l === "auth")).toHaveLength(2);
    // a changed dossier is sent as an update, with only its new events
    const changed = { dossier: { ...dossier(1, 4), status: "done" as const } };
    const third = await c.syncBatch([changed], { store });
    expect(third.results[0]).toMatchObject({ outcome: "updated", progressPushed: 1 });
    expect(p.state.updates.get("000.00.53.H07-240301-0001")).toBe(1);
    // the portal lost it: the update answers "không tồn tại" and the client creates it again
    p.state.dossiers.clear();
    const fourth = await c.syncBatch([{ dossier: { ...dossier(1, 4), status: "returned" as const } }], { store });
    expect(fourth.results[0]).toMatchObject({ outcome: "sent", progressPushed: 0 });
    expect(p.state.creates.get("000.00.53.H07-240301-0001")).toBe(2);
  });

  it("fails clearly on refused login, unreachable portal and odd answers", async () => {
    const p = await portal();
    const refused = await client(p, { password: "wrong" }).syncBatch(items(2, 0), { store: createMemoryCheckpointStore() });
    expect(refused.results.map((r) => r.errorCode)).toEqual(["sync_error", "sync_error"]);
    expect(refused.results[0]?.reason).toMatch(/authentication refused/);
    await p.close();
    const delays: number[] = [];
    const down = await client(p, {}, delays).syncBatch(items(3, 0), { store: createMemoryCheckpointStore(), stopWhenUnreachable: false });
    expect(down.results.map((r) => r.errorCode)).toEqual(["network_error", "network_error", "network_error"]);
    expect(down.results[0]?.reason).toMatch(/unreachable/);
    expect(delays).toEqual([10, 20, 10, 20, 10, 20]);

    const answers = [
      new Response("<html>Bad gateway</html>", { status: 200 }),
      new Response(JSON.stringify({ error_code: "0", session: "s" })),
      new Response(JSON.stringify({ error_code: "-1", message: "Hồ sơ không tồn tại" })),
      new Response(JSON.stringify({ error_code: "0", result: { MaHoSo: "X" } })),
      new Response(JSON.stringify({ error_code: "9", message: "lỗi" })),
      new Response(JSON.stringify([1])),
    ];
    const fake = createSyncClient({ endpoint: "http://fake/", username: "u", password: "p", unitCode: "H", fetch: () => Promise.resolve(answers.shift() as Response) });
    await expect(fake.authenticate()).rejects.toMatchObject({ code: "sync_error", message: expect.stringMatching(/non-JSON/) });
    expect(await fake.lookup("X")).toBeUndefined();
    expect(await fake.lookup("X")).toEqual({ MaHoSo: "X" });
    await expect(fake.lookup("X")).rejects.toMatchObject({ code: "sync_error" });
    await expect(fake.pushProgress([{ MaHoSo: "X" } as never])).rejects.toMatchObject({ code: "sync_error" });
    await fake.pushProgress([]);
    expect(() => createSyncClient({ endpoint: "", username: "u", password: "p", unitCode: "H" })).toThrow(expect.objectContaining({ code: "invalid_input" }));
    const throwing = createSyncClient({ endpoint: "http://fake/", username: "u", password: "p", unitCode: "H", retries: 0, fetch: () => Promise.reject("boom") });
    await expect(throwing.authenticate()).rejects.toMatchObject({ code: "network_error", message: expect.stringMatching(/boom/) });
  });
});
