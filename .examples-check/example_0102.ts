// from packages/core/src/enums.ts:217
import { type PauseKind } from "@hcc/core";
const kind: PauseKind = "supplement";

export {};
