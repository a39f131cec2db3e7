// from packages/core/src/enums.ts:248
import { type ApplicantKind } from "@hcc/core";
const kind: ApplicantKind = "citizen";

export {};
