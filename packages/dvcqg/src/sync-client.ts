// The sync client of the legacy national adapter. Over 400 lines on purpose: the protocol steps
// (session, retries, record, history, look-up) and the checkpointed batch share one closure of
// session and retry state, and about 150 lines are the documented public types of its contract.
import { HccError, formatInstant, isHccError, type Dossier, type DossierInput, type HccErrorCode, type Instant } from "@hcc/core";
import { emptyCheckpoint, parseCheckpoint, type CheckpointEntry, type CheckpointStore, type SyncCheckpoint } from "./checkpoint.js";
import type { DossierExtrasInput } from "./extras.js";
import { toLegacyRecord, type LegacyDossierRecord } from "./legacy-record.js";
import { DEFAULT_MAPPINGS, type DvcqgMappings } from "./mappings.js";
import { toProgressItems, type LegacyProgressItem } from "./progress.js";
import { fingerprint, stableStringify } from "./_internal/read.js";

/**
 * Options of {@link createSyncClient}.
 *
 * @example
 * ```ts
 * import { type SyncClientOptions } from "@hcc/dvcqg";
 * const options: SyncClientOptions = {
 *   endpoint: "https://dvcqg.example.vn/adapter", username: "h07", password: "secret", unitCode: "000.00.00.H07",
 *   retries: 4, backoffMs: 500, timeoutMs: 30_000,
 * };
 * ```
 *
 * @category Sync
 */
export interface SyncClientOptions {
  /** The integration endpoint (JSON `POST { session, madonvi, service, data }`). */
  readonly endpoint: string;
  /** The authentication endpoint (default: `endpoint`). */
  readonly authEndpoint?: string;
  /** Account name. */
  readonly username: string;
  /** Account secret. */
  readonly password: string;
  /** The sending unit's code (`madonvi`). */
  readonly unitCode: string;
  /** The `fetch` to use (default `globalThis.fetch`). */
  readonly fetch?: typeof fetch;
  /** Retries after a network error, a timeout or an HTTP 5xx (default 4, so 5 attempts). */
  readonly retries?: number;
  /** First back-off delay; doubled on each retry (default 500 ms). */
  readonly backoffMs?: number;
  /** Longest back-off delay (default 30 000 ms). */
  readonly maxBackoffMs?: number;
  /** Per-request timeout (default 30 000 ms). */
  readonly timeoutMs?: number;
  /** Waits between retries (default `setTimeout`); inject for tests. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The clock for checkpoint times (default `Date.now`). */
  readonly now?: () => number;
  /** Deployment tables (default {@link DEFAULT_MAPPINGS}). */
  readonly mappings?: DvcqgMappings;
}

/**
 * One dossier to synchronise, with the extras its legacy record carries.
 *
 * @example
 * ```ts
 * import { type SyncItem } from "@hcc/dvcqg";
 * const item: SyncItem = { dossier: { code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: 2 } };
 * ```
 *
 * @category Sync
 */
export interface SyncItem {
  /** The dossier. */
  readonly dossier: DossierInput | Dossier;
  /** Documents, fees, results… */
  readonly extras?: DossierExtrasInput;
}

/**
 * What happened to one dossier of a batch:
 * - `sent` — created at the portal;
 * - `updated` — it existed (known from the checkpoint, a look-up, or the portal's "đã tồn tại")
 *   and was updated, or only new progress was pushed;
 * - `unchanged` — the checkpoint shows this exact record and all its events were accepted;
 * - `failed` — not (completely) synchronised; `reason` and `errorCode` say why.
 *
 * @example
 * ```ts
 * import { type SyncOutcome } from "@hcc/dvcqg";
 * const outcome: SyncOutcome = "updated";
 * ```
 *
 * @category Sync
 */
export type SyncOutcome = "sent" | "updated" | "unchanged" | "failed";

/**
 * The per-dossier result of a batch.
 *
 * @example
 * ```ts
 * import { type SyncResult } from "@hcc/dvcqg";
 * const r: SyncResult = { code: "X-190506-0001", outcome: "failed", reason: "HTTP 400", errorCode: "sync_error", progressPushed: 0, progressMaybeRepeated: 0 };
 * ```
 *
 * @category Sync
 */
export interface SyncResult {
  /** Dossier code (`"?"` when the dossier has none). */
  readonly code: string;
  /** What happened. */
  readonly outcome: SyncOutcome;
  /** Why it failed. */
  readonly reason?: string;
  /** The error code of the failure (`invalid_record`, `sync_error`, `network_error`). */
  readonly errorCode?: HccErrorCode;
  /** Progress items pushed for it in this run. */
  readonly progressPushed: number;
  /**
   * How many of those the portal may now hold twice (an upper bound): items re-sent because an
   * earlier push of them got no answer — the run before was killed, or this run's request timed
   * out or lost its connection and was retried. The legacy protocol has no idempotency key and no
   * way to read history back, so the client cannot know; it tells.
   */
  readonly progressMaybeRepeated: number;
}

/**
 * A batch's report: one result per item in order, counts, and whether every dossier is now in
 * sync (`complete`).
 *
 * @example
 * ```ts
 * import { type SyncReport } from "@hcc/dvcqg";
 * const report: SyncReport = { results: [], sent: 0, updated: 0, unchanged: 0, failed: 0, complete: true, progressMaybeRepeated: 0 };
 * ```
 *
 * @category Sync
 */
export interface SyncReport {
  /** One per item, in order. */
  readonly results: readonly SyncResult[];
  /** Created. */
  readonly sent: number;
  /** Updated (or progress only). */
  readonly updated: number;
  /** Already in sync. */
  readonly unchanged: number;
  /** Failed. */
  readonly failed: number;
  /** `failed === 0`. */
  readonly complete: boolean;
  /** Sum of the results' {@link SyncResult.progressMaybeRepeated}. */
  readonly progressMaybeRepeated: number;
}

/**
 * Options of {@link SyncClient.syncBatch}.
 *
 * @example
 * ```ts
 * import { createMemoryCheckpointStore, type SyncBatchOptions } from "@hcc/dvcqg";
 * const options: SyncBatchOptions = { store: createMemoryCheckpointStore(), stopWhenUnreachable: true };
 * ```
 *
 * @category Sync
 */
export interface SyncBatchOptions {
  /** Where the checkpoint lives (required: it is what makes re-runs safe). */
  readonly store: CheckpointStore;
  /**
   * After a dossier fails because the portal cannot be reached (retries exhausted), mark the rest
   * failed without trying them (default `true`).
   */
  readonly stopWhenUnreachable?: boolean;
  /**
   * Processing-history items per `CapNhatTienDoHoSoMC` request (default 1). The checkpoint
   * records each request's items as in flight before it is sent, so a crash or a lost answer
   * repeats at most this many items of one dossier at the portal; a larger chunk sends fewer
   * requests (a dossier with `n` new events takes `ceil(n / progressChunkSize)` requests and as many
   * checkpoint saves) and repeats up to that many items per crash.
   */
  readonly progressChunkSize?: number;
}

/**
 * A client of the legacy national sync adapter. Every method validates before it sends; network
 * errors, timeouts and HTTP 5xx are retried with exponential back-off; an HTTP 401/403 triggers
 * one re-authentication.
 *
 * @example
 * ```ts
 * import { createSyncClient, type SyncClient } from "@hcc/dvcqg";
 * const client: SyncClient = createSyncClient({ endpoint: "http://127.0.0.1:9/", username: "u", password: "p", unitCode: "H07" });
 * ```
 *
 * @category Sync
 */
export interface SyncClient {
  /**
   * Logs in and returns the session token (cached until the portal rejects it).
   *
   * @example
   * ```ts
   * import { createSyncClient } from "@hcc/dvcqg";
   * const client = createSyncClient({
   *   endpoint: "https://dvcqg.example.vn/adapter", username: "h07", password: "secret", unitCode: "000.00.00.H07",
   *   fetch: async () => new Response(JSON.stringify({ error_code: 0, session: "s1" })),
   * });
   * await client.authenticate(); //=> "s1"
   * ```
   */
  authenticate(): Promise<string>;
  /**
   * Looks a dossier up (`TraCuuHoSo`); `undefined` when the portal does not know it.
   *
   * @example
   * ```ts
   * import { createSyncClient } from "@hcc/dvcqg";
   * const client = createSyncClient({
   *   endpoint: "https://dvcqg.example.vn/adapter", username: "h07", password: "secret", unitCode: "000.00.00.H07",
   *   // A portal that knows one dossier, in state 4.
   *   fetch: async (_url, init) => {
   *     const request = JSON.parse(String(init?.body));
   *     const known = request.data?.[0]?.MaHoSo === "000.00.53.H07-190506-0001";
   *     return new Response(JSON.stringify({ error_code: "0", session: "s1", result: known ? [{ MaHoSo: request.data[0].MaHoSo, TrangThaiHoSo: "4" }] : [] }));
   *   },
   * });
   * await client.lookup("000.00.53.H07-190506-0001"); //=> { MaHoSo: "000.00.53.H07-190506-0001", TrangThaiHoSo: "4" }
   * await client.lookup("000.00.53.H07-190506-0002"); //=> undefined
   * ```
   */
  lookup(code: string): Promise<unknown>;
  /**
   * Sends a record (`DongBoHoSoMC`): a create, or an update when `update` is set; a create that
   * the portal answers "đã tồn tại" (error_code 3 / -3) is re-sent as an update, and an update it
   * answers "không tồn tại" (unknown dossier) is re-sent once as a create.
   *
   * @example
   * ```ts
   * import { createSyncClient, toLegacyRecord } from "@hcc/dvcqg";
   * const client = createSyncClient({
   *   endpoint: "https://dvcqg.example.vn/adapter", username: "h07", password: "secret", unitCode: "000.00.00.H07",
   *   fetch: async () => new Response(JSON.stringify({ error_code: "0", session: "s1", message: "thành công" })),
   * });
   * const record = toLegacyRecord({
   *   code: "000.00.53.H07-190506-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: 2, receivedAt: "2019-05-06T08:00",
   * });
   * await client.sendRecord(record); //=> "created"
   * await client.sendRecord(record, true); //=> "updated"
   * ```
   */
  sendRecord(record: LegacyDossierRecord, update?: boolean): Promise<"created" | "updated">;
  /**
   * Pushes processing-history items (`CapNhatTienDoHoSoMC`); nothing is sent for an empty list.
   *
   * @example
   * ```ts
   * import { createSyncClient, toProgressItems } from "@hcc/dvcqg";
   * const services: string[] = [];
   * const client = createSyncClient({
   *   endpoint: "https://dvcqg.example.vn/adapter", username: "h07", password: "secret", unitCode: "000.00.00.H07",
   *   fetch: async (_url, init) => {
   *     services.push(JSON.parse(String(init?.body)).service ?? "login");
   *     return new Response(JSON.stringify({ error_code: "0", session: "s1" }));
   *   },
   * });
   * await client.pushProgress(toProgressItems({
   *   code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: "processing",
   *   events: [{ step: "receive", at: "2019-05-06T08:00", place: "center" }],
   * }));
   * await client.pushProgress([]);
   * services; //=> ["login", "CapNhatTienDoHoSoMC"]
   * ```
   */
  pushProgress(items: readonly LegacyProgressItem[]): Promise<void>;
  /**
   * Synchronises a batch against a checkpoint, one dossier after the other.
   *
   * @throws {HccError} `invalid_input` for a bad `progressChunkSize`; whatever the store's `lock`
   * or `load` throws (a checkpoint held by another process, a corrupt checkpoint) — then nothing is
   * sent
   *
   * @example
   * ```ts
   * import { createMemoryCheckpointStore, createSyncClient } from "@hcc/dvcqg";
   * const client = createSyncClient({
   *   endpoint: "https://dvcqg.example.vn/adapter", username: "h07", password: "secret", unitCode: "000.00.00.H07",
   *   fetch: async () => new Response(JSON.stringify({ error_code: "0", session: "s1" })),
   * });
   * const store = createMemoryCheckpointStore();
   * const items = [{ dossier: { code: "000.00.53.H07-190506-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: 2 } }];
   * (await client.syncBatch(items, { store })).sent; //=> 1
   * // Run again: the checkpoint knows the dossier was accepted unchanged.
   * (await client.syncBatch(items, { store })).unchanged; //=> 1
   * ```
   */
  syncBatch(items: Iterable<SyncItem>, options: SyncBatchOptions): Promise<SyncReport>;
}

interface PortalAnswer {
  readonly code: string;
  readonly message: string;
  readonly body: Readonly<Record<string, unknown>>;
}

const OK_CODES = new Set(["0", "00"]);
const EXISTS_CODES = new Set(["3", "-3"]);

function isTransient(error: unknown): boolean {
  return isHccError(error) && error.code === "network_error";
}

/**
 * Creates a sync client for the legacy national adapter. Nothing is sent until a method is
 * called; the session is obtained on the first call.
 *
 * Protocol: `POST authEndpoint { username, password, madonvi }` → `{ error_code: 0, session }`;
 * `POST endpoint { session, madonvi, service, isUpdating, data: [...] }` → `{ error_code, message,
 * result? }`, success when `error_code` is `0`/`"0"`/`"00"`.
 *
 * @param options - endpoints, account, fetch, retry policy, clock
 * @returns the client
 * @throws {HccError} `invalid_input` for missing endpoints or account fields
 * @example
 * ```ts
 * import { createMemoryCheckpointStore, createSyncClient } from "@hcc/dvcqg";
 * const client = createSyncClient({
 *   endpoint: "https://dvcqg.example.vn/adapter", username: "h07", password: "secret", unitCode: "000.00.00.H07",
 *   fetch: async () => new Response(JSON.stringify({ error_code: "0", session: "s1", message: "thành công" })),
 * });
 * const report = await client.syncBatch(
 *   [{ dossier: { code: "000.00.53.H07-190506-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07", status: 2 } }],
 *   { store: createMemoryCheckpointStore() },
 * );
 * report.sent; //=> 1
 * ```
 *
 * @category Sync
 */
export function createSyncClient(options: SyncClientOptions): SyncClient {
  for (const key of ["endpoint", "username", "password", "unitCode"] as const) {
    if (typeof options[key] !== "string" || options[key] === "") {
      throw new HccError("invalid_input", `Sync client option ${key} is required`, { value: options[key] });
    }
  }
  const doFetch = options.fetch ?? globalThis.fetch;
  const retries = options.retries ?? 4;
  const backoffMs = options.backoffMs ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const mappings = options.mappings ?? DEFAULT_MAPPINGS;
  let session: string | undefined;

  /**
   * One HTTP exchange with retries on transient failures; `resent` counts the retries of a
   * request that may have reached the portal (anything but a refused connection).
   */
  async function post(url: string, body: unknown, what: string, resent?: { count: number }): Promise<{ status: number; json: Readonly<Record<string, unknown>> }> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await postOnce(url, body, what);
      } catch (error) {
        if (!isTransient(error) || attempt >= retries) throw error;
        await sleep(Math.min(maxBackoffMs, backoffMs * 2 ** attempt));
        if (resent !== undefined && !connectionRefused(error)) resent.count++;
      }
    }
  }

  async function postOnce(url: string, body: unknown, what: string): Promise<{ status: number; json: Readonly<Record<string, unknown>> }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8", accept: "application/json" },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (cause) {
      const timedOut = controller.signal.aborted;
      throw new HccError("network_error", `${what}: ${timedOut ? `no answer within ${timeoutMs} ms` : `portal unreachable (${describeCause(cause)})`}`, { value: url, cause });
    } finally {
      clearTimeout(timer);
    }
    if (response.status >= 500) {
      throw new HccError("network_error", `${what}: portal answered HTTP ${response.status}`, { value: text.slice(0, 200) });
    }
    let json: unknown;
    try {
      json = text === "" ? {} : (JSON.parse(text) as unknown);
    } catch (cause) {
      throw new HccError("sync_error", `${what}: portal answered HTTP ${response.status} with non-JSON ${JSON.stringify(text.slice(0, 80))}`, { value: text, cause });
    }
    const object = typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : { result: json };
    return { status: response.status, json: object };
  }

  function answerOf(json: Readonly<Record<string, unknown>>): PortalAnswer {
    const raw = json["error_code"] ?? json["errorCode"] ?? json["code"];
    return { code: raw === undefined || raw === null ? "" : String(raw).trim(), message: String(json["message"] ?? json["error_message"] ?? ""), body: json };
  }

  async function authenticate(): Promise<string> {
    const { status, json } = await post(options.authEndpoint ?? options.endpoint, { username: options.username, password: options.password, madonvi: options.unitCode }, "authentication");
    const answer = answerOf(json);
    const token = json["session"] ?? json["access_token"] ?? json["token"];
    if (status >= 400 || !OK_CODES.has(answer.code) || typeof token !== "string" || token === "") {
      throw new HccError("sync_error", `authentication refused (HTTP ${status}, error_code ${JSON.stringify(answer.code)}): ${answer.message}`, { value: answer.body });
    }
    session = token;
    return token;
  }

  /** A service call with the session; one re-authentication on 401/403. */
  async function call(service: string, data: unknown, extra: Record<string, unknown> = {}, resent?: { count: number }): Promise<PortalAnswer> {
    for (let round = 0; ; round++) {
      const token = session ?? (await authenticate());
      const { status, json } = await post(options.endpoint, { session: token, madonvi: options.unitCode, service, ...extra, data }, service, resent);
      if ((status === 401 || status === 403) && round === 0) {
        session = undefined;
        continue;
      }
      if (status >= 400) {
        const answer = answerOf(json);
        throw new HccError("sync_error", `${service}: portal answered HTTP ${status}${answer.message === "" ? "" : `: ${answer.message}`}`, { value: json });
      }
      return answerOf(json);
    }
  }

  async function lookup(code: string): Promise<unknown> {
    const answer = await call("TraCuuHoSo", [{ MaHoSo: code }]);
    const result = answer.body["result"] ?? answer.body["data"];
    if (!OK_CODES.has(answer.code) && answer.code !== "") {
      if (/không tồn tại|not found|không tìm thấy/i.test(answer.message)) return undefined;
      throw new HccError("sync_error", `TraCuuHoSo ${code}: error_code ${answer.code}: ${answer.message}`, { value: answer.body });
    }
    if (Array.isArray(result)) return result.length === 0 ? undefined : result[0];
    return result === undefined || result === null ? undefined : result;
  }

  async function sendRecord(record: LegacyDossierRecord, update = false, switched = false): Promise<"created" | "updated"> {
    const answer = await call("DongBoHoSoMC", [record], { isUpdating: update ? "True" : "False" });
    if (OK_CODES.has(answer.code)) return update ? "updated" : "created";
    const message = answer.message.normalize("NFC");
    if (!update && EXISTS_CODES.has(answer.code) && /đã tồn tại/i.test(message)) return sendRecord(record, true, true);
    // An update of a dossier the portal does not know (deleted, or a checkpoint from another portal): create it.
    if (update && !switched && /không tồn tại/i.test(message)) return sendRecord(record, false, true);
    throw new HccError("sync_error", `DongBoHoSoMC ${record.MaHoSo}: error_code ${JSON.stringify(answer.code)}: ${answer.message}`, { value: answer.body });
  }

  async function pushProgress(items: readonly LegacyProgressItem[], resent?: { count: number }): Promise<void> {
    if (items.length === 0) return;
    const answer = await call("CapNhatTienDoHoSoMC", items, {}, resent);
    if (!OK_CODES.has(answer.code)) {
      throw new HccError("sync_error", `CapNhatTienDoHoSoMC ${items[0]?.MaHoSo ?? ""}: error_code ${JSON.stringify(answer.code)}: ${answer.message}`, { value: answer.body });
    }
  }

  async function syncBatch(items: Iterable<SyncItem>, batch: SyncBatchOptions): Promise<SyncReport> {
    const chunkSize = batch.progressChunkSize ?? 1;
    if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) {
      throw new HccError("invalid_input", `progressChunkSize must be a positive integer, got ${String(chunkSize)}`, { value: chunkSize });
    }
    const release = batch.store.lock === undefined ? undefined : await batch.store.lock();
    try {
      return await runBatch(items, batch, chunkSize);
    } finally {
      await release?.();
    }
  }

  async function runBatch(items: Iterable<SyncItem>, batch: SyncBatchOptions, chunkSize: number): Promise<SyncReport> {
    const stored = await batch.store.load();
    const checkpoint: SyncCheckpoint = stored === undefined ? emptyCheckpoint() : parseCheckpoint(stored);
    const save = (code: string, entry: CheckpointEntry): Promise<void> => {
      checkpoint.entries[code] = entry;
      return batch.store.save(checkpoint);
    };
    const results: SyncResult[] = [];
    let unreachable: HccError | undefined;
    for (const item of items) {
      const code = codeOf(item);
      if (unreachable !== undefined) {
        results.push({ code, outcome: "failed", reason: `not attempted: ${unreachable.message}`, errorCode: "network_error", progressPushed: 0, progressMaybeRepeated: 0 });
        continue;
      }
      let pushed = 0;
      let maybeRepeated = 0;
      try {
        const record = toLegacyRecord(item.dossier, { ...(item.extras === undefined ? {} : { extras: item.extras }), mappings });
        const fp = fingerprint(stableStringify(record));
        const before = checkpoint.entries[record.MaHoSo];
        const sentBefore = before?.progressSent ?? 0;
        const progress = toProgressItems(item.dossier, { since: sentBefore, mappings });
        const stamp = (): Instant => formatInstant(now());
        if (before?.state === "done" && before.fingerprint === fp && progress.length === 0) {
          results.push({ code: record.MaHoSo, outcome: "unchanged", progressPushed: 0, progressMaybeRepeated: 0 });
          continue;
        }
        let outcome: SyncOutcome = "updated";
        if (!(before?.state === "done" && before.fingerprint === fp)) {
          await save(record.MaHoSo, { ...before, state: "pending", fingerprint: fp, progressSent: sentBefore, updatedAt: stamp() });
          // A pending entry means an earlier run may have been cut off mid-send: ask the portal.
          const known = before?.state === "done" || (before?.state === "pending" && (await lookup(record.MaHoSo)) !== undefined);
          outcome = (await sendRecord(record, known)) === "created" ? "sent" : "updated";
        }
        // Items an earlier run sent without hearing back: the portal may hold them already.
        let uncertain = before?.progressInFlight ?? 0;
        const done = (sent: number, inFlight: number): CheckpointEntry => ({
          state: "done",
          fingerprint: fp,
          acceptedFingerprint: fp,
          progressSent: sent,
          ...(inFlight > 0 ? { progressInFlight: inFlight } : {}),
          updatedAt: stamp(),
        });
        for (let from = 0; from < progress.length; from += chunkSize) {
          const chunk = progress.slice(from, from + chunkSize);
          // Saved before the push: a crash from here until the next save repeats at most this chunk.
          await save(record.MaHoSo, done(sentBefore + from, chunk.length));
          const resent = { count: 0 };
          try {
            await pushProgress(chunk, resent);
          } catch (error) {
            // The portal answered with a refusal: it did not store the chunk (unless a lost earlier attempt did).
            if (isHccError(error) && error.code === "sync_error" && resent.count === 0 && uncertain === 0) await save(record.MaHoSo, done(sentBefore + from, 0));
            throw error;
          }
          const fromEarlierRun = Math.min(uncertain, chunk.length);
          uncertain -= fromEarlierRun;
          maybeRepeated += resent.count > 0 ? chunk.length : fromEarlierRun;
          pushed += chunk.length;
        }
        await save(record.MaHoSo, done(sentBefore + pushed, 0));
        results.push({ code: record.MaHoSo, outcome, progressPushed: pushed, progressMaybeRepeated: maybeRepeated });
      } catch (error) {
        const e = isHccError(error) ? error : new HccError("sync_error", `Unexpected error: ${String(error)}`, { cause: error });
        results.push({ code, outcome: "failed", reason: e.message, errorCode: e.code, progressPushed: pushed, progressMaybeRepeated: maybeRepeated });
        if (e.code === "network_error" && batch.stopWhenUnreachable !== false) unreachable = e;
      }
    }
    const count = (o: SyncOutcome): number => results.filter((r) => r.outcome === o).length;
    const failed = count("failed");
    const progressMaybeRepeated = results.reduce((sum, r) => sum + r.progressMaybeRepeated, 0);
    return Object.freeze({ results: Object.freeze(results), sent: count("sent"), updated: count("updated"), unchanged: count("unchanged"), failed, complete: failed === 0, progressMaybeRepeated });
  }

  return Object.freeze({ authenticate, lookup, sendRecord: (record: LegacyDossierRecord, update?: boolean) => sendRecord(record, update), pushProgress, syncBatch });
}

function codeOf(item: SyncItem): string {
  const dossier = (item as { dossier?: unknown }).dossier;
  const code = typeof dossier === "object" && dossier !== null ? (dossier as { code?: unknown }).code : undefined;
  return typeof code === "string" && code !== "" ? code : "?";
}

/** A network error whose request certainly did not reach the portal (the connection was refused). */
function connectionRefused(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; typeof cause === "object" && cause !== null && depth < 4; depth++) {
    if ((cause as { code?: unknown }).code === "ECONNREFUSED") return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as Error & { cause?: unknown }).cause;
    const code = typeof inner === "object" && inner !== null && "code" in inner ? String((inner as { code: unknown }).code) : undefined;
    return code === undefined ? cause.message : `${cause.message}: ${code}`;
  }
  return String(cause);
}
