// from packages/core/src/enums.ts:340
import { type StepKind } from "@hcc/core";
const kind: StepKind = "approve";

export {};
