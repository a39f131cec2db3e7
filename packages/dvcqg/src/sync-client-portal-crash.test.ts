// The sync client when the portal dies mid-batch (it stores a request, then closes every socket
// without answering) and the client is SIGKILLed too: a child process runs `syncBatch` with the
// file checkpoint store; the portal lives here and is restarted after each death. The seed is
// printed; HCC_CRASH_SEED replays a run.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, it } from "vitest";
import { buildCrashChild, env, expectComplete, runScenario, type Scenario } from "../test/crash-harness.js";

let work = "";
beforeAll(async () => {
  work = await buildCrashChild();
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const seed = env("HCC_CRASH_SEED", Math.floor(Math.random() * 2 ** 31));

describe("sync client when the portal dies (child process, file checkpoint, loopback portal)", () => {
  it("loses no dossier, creates none twice, and repeats at most one history chunk per portal death or SIGKILL", async () => {
    const s: Scenario = { name: "portal-deaths", seed, dossiers: 20, events: 3, chunk: 2, clientKills: 3, portalDeaths: 6 };
    const o = await runScenario(work, s);
    console.log(
      `[dvcqg crash test] seed ${seed}: ${s.dossiers} dossiers × ${s.events} events, progressChunkSize ${s.chunk}: ` +
        `${o.portalDeaths} portal deaths and ${o.clientKills} SIGKILLs over ${o.runs} runs, ${o.repeats} of ${s.dossiers * s.events} history items repeated ` +
        `(bound ${(o.clientKills + o.portalDeaths) * s.chunk}) in ${o.ms} ms`,
    );
    expectComplete(s, o);
  }, 180_000);
});
