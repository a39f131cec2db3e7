// from packages/core/src/procedure.ts:146
import { procedureTimingSchema } from "@hcc/core";
procedureTimingSchema.parse({ cutoff: "15:00" }).excludedPauseKinds; //=> ["supplement"]

export {};
