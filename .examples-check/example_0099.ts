// from packages/core/src/procedure.ts:279
import { type ProcedureTiming } from "@hcc/core";
const timing: ProcedureTiming = { cutoff: "15:00", excludedPauseKinds: ["supplement"] };

export {};
