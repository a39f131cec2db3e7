// The crash test's harness: builds the child script (test/crash-child.ts) from source into one
// self-contained .mjs, runs it against the loopback portal (in the calling process, so that it
// survives the child's kills), disrupts it at seeded random moments — SIGKILL, or the portal dying
// after storing a request — restarting it until the batch completes, and checks the portal.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "tsup";
import { expect } from "vitest";
import { crashCode, type CrashChildArgs } from "./crash-batch.js";
import { newPortalState, startPortal, type Portal, type PortalAction, type PortalCall, type PortalState } from "./portal-server.js";

/** Builds the child script into a fresh temporary directory (no dist needed, as in a clean clone); returns that directory. */
export async function buildCrashChild(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), "hcc-dvcqg-crash-"));
  await build({
    config: false,
    entry: { "crash-child": new URL("./crash-child.ts", import.meta.url).pathname },
    outDir: work,
    format: ["esm"],
    platform: "node",
    target: "node20",
    noExternal: [/.*/],
    splitting: false,
    sourcemap: false,
    dts: false,
    silent: true,
    outExtension: () => ({ js: ".mjs" }),
    esbuildOptions: (options) => {
      options.conditions = ["@hcc/source"];
    },
  });
  return work;
}

/** A number from the environment (to replay or resize a run). */
export const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

/** mulberry32: a small seeded generator (test-only randomness). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly report?: { complete: boolean; maybeRepeated: number };
}

/**
 * What disrupts one child run: a SIGKILL when its `atRequest`-th request reaches the portal (the
 * portal still stores it, the answer goes nowhere) or `afterMs` after its first request, whichever
 * comes first; or the portal's death on that request (it stores it, then closes every socket).
 */
interface Disruption {
  readonly kind: "kill" | "portal";
  readonly atRequest: number;
  readonly afterMs?: number;
}

export interface Scenario {
  readonly name: string;
  readonly seed: number;
  readonly dossiers: number;
  readonly events: number;
  readonly chunk: number;
  /** Client kills wanted. */
  readonly clientKills: number;
  /** Portal deaths wanted (the portal stores a request, then dies without answering). */
  readonly portalDeaths: number;
  /** Only kills at random instants, none aimed at a request. */
  readonly timedOnly?: boolean;
}

export interface Outcome {
  readonly state: PortalState;
  readonly clientKills: number;
  readonly portalDeaths: number;
  readonly runs: number;
  readonly repeats: number;
  readonly reportedMaybeRepeated: number;
  readonly ms: number;
}

/** Runs the child in `work` until the batch completes and every wanted disruption happened. */
export async function runScenario(work: string, s: Scenario): Promise<Outcome> {
  const childScript = join(work, "crash-child.mjs");
  const started = Date.now();
  const rng = random(s.seed);
  const state = newPortalState();
  const checkpoint = join(work, `${s.name}.json`);
  let clientKills = 0;
  let portalDeaths = 0;
  let runs = 0;
  let reportedMaybeRepeated = 0;
  let current: { kill: () => void; requests: number; disruption: Disruption | undefined; fired: boolean } | undefined;

  const script = (call: PortalCall): PortalAction | undefined => {
    const run = current;
    if (run === undefined) return undefined;
    run.requests++;
    const d = run.disruption;
    if (d === undefined || run.fired || run.requests < d.atRequest) return undefined;
    if (d.kind === "kill") {
      run.fired = true;
      run.kill(); // the portal still stores this request
      return undefined;
    }
    if (call.service === "auth") return undefined;
    run.fired = true;
    portalDeaths++;
    return "kill-after";
  };
  /** Requests the batch still needs at least (repeats make the portal's counts overstate progress: safe). */
  const remaining = (): number => {
    let n = 0;
    for (let i = 1; i <= s.dossiers; i++) {
      const code = crashCode(i);
      n += (state.creates.has(code) ? 0 : 1) + Math.ceil(Math.max(0, s.events - (state.progress.get(code) ?? 0)) / s.chunk);
    }
    return n;
  };
  let msPerRequest = 5;

  let portal: Portal | undefined;
  let portalUp = false;
  for (let guard = 0; guard < 200; guard++) {
    if (portal === undefined || !portalUp) {
      portal = await startPortal({ state, script, maxRequests: 1_000_000, idleMs: 60_000 });
      portalUp = true;
      void portal.closed.then(() => (portalUp = false));
    }
    const killsLeft = s.clientKills - clientKills;
    const deathsLeft = s.portalDeaths - portalDeaths;
    let disruption: Disruption | undefined;
    if (killsLeft + deathsLeft > 0) {
      // Spread the disruptions over the work left: each lands within twice its fair share of requests.
      const cap = Math.max(1, 2 * Math.floor(remaining() / (killsLeft + deathsLeft + 1)));
      const atRequest = 1 + Math.floor(rng() * cap);
      const kind = deathsLeft === 0 || (killsLeft > 0 && rng() < 0.5) ? "kill" : "portal";
      // HCC_CRASH_TIMED=1: every kill at a random moment (no kill aimed at a request), as in the runs.
      const timed = kind === "kill" && (s.timedOnly === true || rng() < 0.5);
      disruption = timed ? { kind, atRequest: cap, afterMs: Math.floor(rng() * cap * msPerRequest) } : { kind, atRequest };
    }
    const args: CrashChildArgs = { url: portal.url, authUrl: portal.authUrl, checkpoint, dossiers: s.dossiers, events: s.events, chunk: s.chunk };
    const child = spawn(process.execPath, [childScript, JSON.stringify(args)], { stdio: ["ignore", "pipe", "pipe"] });
    runs++;
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const kill = (): void => {
      child.kill("SIGKILL");
    };
    const run = { kill, requests: 0, disruption, fired: false };
    current = run;
    // A timed kill counts from the child's first request, so that start-up time does not eat it.
    let timer: NodeJS.Timeout | undefined;
    let firstAt: number | undefined;
    const poll = setInterval(() => {
      if (run.requests === 0) return;
      clearInterval(poll);
      firstAt = Date.now();
      const afterMs = disruption?.afterMs;
      if (afterMs !== undefined)
        timer = setTimeout(() => {
          run.fired = true;
          kill();
        }, afterMs);
    }, 2);
    const result = await new Promise<ChildRun>((resolve) => {
      child.on("close", (code, signal) => {
        const line = out.trim().split("\n").at(-1);
        resolve({ code, signal, ...(line?.startsWith("{") ? { report: JSON.parse(line) as ChildRun["report"] & object } : {}) });
      });
    });
    clearInterval(poll);
    if (timer !== undefined) clearTimeout(timer);
    current = undefined;
    if (firstAt !== undefined && run.requests > 1) msPerRequest = (Date.now() - firstAt) / (run.requests - 1);
    if (result.signal === "SIGKILL") clientKills++;
    else if (result.code !== 0 && result.code !== 3) throw new Error(`crash child failed (exit ${String(result.code)}): ${err}`);
    if (result.report !== undefined) reportedMaybeRepeated += result.report.maybeRepeated;
    if (result.report?.complete === true && clientKills >= s.clientKills && portalDeaths >= s.portalDeaths) break;
  }
  await portal?.close();
  let repeats = 0;
  for (const count of state.progress.values()) repeats += Math.max(0, count - s.events);
  return { state, clientKills, portalDeaths, runs, repeats, reportedMaybeRepeated, ms: Date.now() - started };
}

/** No dossier lost, none created twice, no history item lost, repeats within one chunk per disruption. */
export function expectComplete(s: Scenario, o: Outcome): void {
  const codes = Array.from({ length: s.dossiers }, (_, i) => crashCode(i + 1));
  // no dossier lost, none created twice, no history item lost
  expect([...o.state.dossiers.keys()].sort()).toEqual(codes);
  expect(codes.filter((c) => o.state.creates.get(c) !== 1)).toEqual([]);
  expect(codes.filter((c) => (o.state.progress.get(c) ?? 0) < s.events)).toEqual([]);
  // each crash repeats at most one chunk of one dossier's history
  expect(o.repeats).toBeLessThanOrEqual((o.clientKills + o.portalDeaths) * s.chunk);
  expect(o.clientKills).toBeGreaterThanOrEqual(s.clientKills);
  expect(o.portalDeaths).toBeGreaterThanOrEqual(s.portalDeaths);
}

