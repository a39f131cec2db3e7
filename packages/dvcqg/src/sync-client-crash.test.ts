// The sync client under real crashes: a child process runs `syncBatch` with the file checkpoint
// store against the loopback portal (which lives here, in the test process, so it survives), and
// the test SIGKILLs it at seeded random moments, restarting it until the batch completes. The
// seed is printed; HCC_CRASH_SEED replays a run. HCC_CRASH_DOSSIERS=150 HCC_CRASH_CHUNK=3 replays
// the set-up with the old one-request-per-dossier history; HCC_CRASH_TIMED=1 aims no kill
// at a request (every kill at a random instant).
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, it } from "vitest";
import { buildCrashChild, env, expectComplete, runScenario, type Scenario } from "../test/crash-harness.js";

let work = "";
beforeAll(async () => {
  work = await buildCrashChild();
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const seed = env("HCC_CRASH_SEED", Math.floor(Math.random() * 2 ** 31));
const dossiers = env("HCC_CRASH_DOSSIERS", 30);

describe("sync client under SIGKILL (child process, file checkpoint, loopback portal)", () => {
  it("loses no dossier, creates none twice, and repeats at most one history chunk per SIGKILL", async () => {
    const s: Scenario = {
      name: "client-kills",
      seed,
      dossiers,
      events: 3,
      chunk: env("HCC_CRASH_CHUNK", 1),
      clientKills: env("HCC_CRASH_KILLS", 12),
      portalDeaths: 0,
      timedOnly: process.env["HCC_CRASH_TIMED"] === "1",
    };
    const o = await runScenario(work, s);
    console.log(
      `[dvcqg crash test] seed ${seed}: ${s.dossiers} dossiers × ${s.events} events, progressChunkSize ${s.chunk}: ` +
        `${o.clientKills} SIGKILLs over ${o.runs} runs, ${o.repeats} of ${s.dossiers * s.events} history items repeated ` +
        `(bound ${o.clientKills * s.chunk}; completed runs reported ${o.reportedMaybeRepeated} maybe-repeated) in ${o.ms} ms`,
    );
    expectComplete(s, o);
  }, Math.max(180_000, dossiers * 2_000));
});
