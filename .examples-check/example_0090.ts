// from packages/core/src/enums.ts:46
import { type DossierStatus } from "@hcc/core";
const status: DossierStatus = "processing";

export {};
