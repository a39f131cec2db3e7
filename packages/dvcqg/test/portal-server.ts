// A small imitation of the national sync adapter on 127.0.0.1 (node:http, ephemeral port) for the
// sync-client tests. It answers like the portal (error_code / message / session), keeps its
// "database" in a state object that can outlive the server (to restart it after a kill), counts
// every request, refuses to serve more than `maxRequests`, and closes itself when idle.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface PortalState {
  /** Records by dossier code. */
  readonly dossiers: Map<string, unknown>;
  /** Creates per dossier code (must end at exactly 1). */
  readonly creates: Map<string, number>;
  /** Updates per dossier code. */
  readonly updates: Map<string, number>;
  /** Progress items received per dossier code. */
  readonly progress: Map<string, number>;
  /** Every request received, in order: service name (or "auth"). */
  readonly log: string[];
  /** Sessions handed out. */
  readonly sessions: Set<string>;
}

export function newPortalState(): PortalState {
  return { dossiers: new Map(), creates: new Map(), updates: new Map(), progress: new Map(), log: [], sessions: new Set() };
}

export interface PortalCall {
  /** "auth", "DongBoHoSoMC", "CapNhatTienDoHoSoMC", "TraCuuHoSo". */
  readonly service: string;
  /** MaHoSo of the first data item, when any. */
  readonly code: string | undefined;
  /** isUpdating === "True". */
  readonly update: boolean;
  /** 1-based count of requests this server instance received. */
  readonly n: number;
}

/**
 * What the server does with a request (default `"normal"`):
 * - `"normal"`: answer like the portal;
 * - `{ status }`: answer that HTTP status with an error body;
 * - `{ delayMs }`: process normally, but answer after a delay (to provoke client timeouts);
 * - `"kill-after"`: process it, then destroy every socket and close the server (no answer);
 * - `{ json }`: answer this body with HTTP 200.
 */
export type PortalAction = "normal" | "kill-after" | { status: number } | { delayMs: number } | { json: unknown };

export interface PortalOptions {
  readonly state?: PortalState;
  /** Requests served before the server answers 503 and closes (default 200). */
  readonly maxRequests?: number;
  /** Closes itself after this long without a request (default 5000 ms). */
  readonly idleMs?: number;
  /** error_code used for "already exists" (default "-3"). */
  readonly existsCode?: string;
  /** Per-request behaviour. */
  readonly script?: (call: PortalCall) => PortalAction | undefined;
}

export interface Portal {
  readonly url: string;
  readonly authUrl: string;
  readonly state: PortalState;
  /** Requests served by this instance. */
  requests(): number;
  /** Resolves when the server has closed (by itself or by `close`). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

export async function startPortal(options: PortalOptions = {}): Promise<Portal> {
  const state = options.state ?? newPortalState();
  const maxRequests = options.maxRequests ?? 200;
  const idleMs = options.idleMs ?? 5000;
  const sockets = new Set<Socket>();
  let n = 0;
  let closing = false;
  let idle: NodeJS.Timeout | undefined;

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  server.on("close", () => {
    if (idle !== undefined) clearTimeout(idle);
    resolveClosed();
  });

  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    server.close();
    for (const socket of sockets) socket.destroy();
  };
  const armIdle = (): void => {
    if (idle !== undefined) clearTimeout(idle);
    idle = setTimeout(shutdown, idleMs);
    idle.unref();
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    armIdle();
    n++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (n > maxRequests) {
      send(res, 503, { error_code: "503", message: "request budget exhausted" });
      shutdown();
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
    } catch {
      send(res, 400, { error_code: "400", message: "bad JSON" });
      return;
    }
    const service = typeof body["service"] === "string" ? body["service"] : "auth";
    const data = Array.isArray(body["data"]) ? (body["data"] as Record<string, unknown>[]) : [];
    const code = typeof data[0]?.["MaHoSo"] === "string" ? (data[0]["MaHoSo"] as string) : undefined;
    const call: PortalCall = { service, code, update: body["isUpdating"] === "True", n };
    state.log.push(code === undefined ? service : `${service}:${code}${call.update ? ":update" : ""}`);
    const action = options.script?.(call) ?? "normal";
    if (typeof action === "object" && "status" in action) {
      send(res, action.status, { error_code: String(action.status), message: `HTTP ${action.status}` });
      return;
    }
    if (typeof action === "object" && "json" in action) {
      send(res, 200, action.json);
      return;
    }
    const answer = serve(service, body, data, call);
    if (action === "kill-after") {
      shutdown();
      return;
    }
    if (typeof action === "object" && "delayMs" in action) {
      await new Promise((resolve) => setTimeout(resolve, action.delayMs));
      if (res.destroyed || res.socket === null || res.socket.destroyed) return;
    }
    send(res, answer.status, answer.json);
  }

  function serve(service: string, body: Record<string, unknown>, data: Record<string, unknown>[], call: PortalCall): { status: number; json: unknown } {
    if (service === "auth") {
      if (body["username"] !== "h07" || body["password"] !== "secret") return { status: 200, json: { error_code: "-1", message: "Sai tài khoản" } };
      const session = `s${state.sessions.size + 1}`;
      state.sessions.add(session);
      return { status: 200, json: { error_code: 0, session } };
    }
    if (typeof body["session"] !== "string" || !state.sessions.has(body["session"])) return { status: 401, json: { error_code: "401", message: "Phiên làm việc hết hạn" } };
    const code = call.code;
    switch (service) {
      case "DongBoHoSoMC": {
        if (code === undefined) return { status: 200, json: { error_code: "-2", message: "Thiếu MaHoSo" } };
        if (!call.update) {
          if (state.dossiers.has(code)) return { status: 200, json: { error_code: options.existsCode ?? "-3", message: `Hồ sơ ${code} đã tồn tại` } };
          state.dossiers.set(code, data[0]);
          state.creates.set(code, (state.creates.get(code) ?? 0) + 1);
          return { status: 200, json: { error_code: "00", message: "Đồng bộ thành công" } };
        }
        if (!state.dossiers.has(code)) return { status: 200, json: { error_code: "-4", message: `Hồ sơ ${code} không tồn tại` } };
        state.dossiers.set(code, data[0]);
        state.updates.set(code, (state.updates.get(code) ?? 0) + 1);
        return { status: 200, json: { error_code: "0", message: "Cập nhật thành công" } };
      }
      case "CapNhatTienDoHoSoMC":
        for (const item of data) {
          const c = String(item["MaHoSo"]);
          state.progress.set(c, (state.progress.get(c) ?? 0) + 1);
        }
        return { status: 200, json: { error_code: "0", message: "thành công" } };
      case "TraCuuHoSo":
        return { status: 200, json: { error_code: "0", message: "thành công", result: code !== undefined && state.dossiers.has(code) ? [state.dossiers.get(code)] : [] } };
      default:
        return { status: 404, json: { error_code: "404", message: `Không có dịch vụ ${service}` } };
    }
  }

  function send(res: ServerResponse, status: number, json: unknown): void {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(json));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  armIdle();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/adapter`,
    authUrl: `http://127.0.0.1:${port}/auth`,
    state,
    requests: () => n,
    closed,
    close: () => {
      shutdown();
      return closed;
    },
  };
}
