// from packages/core/src/procedure.ts:239
import { type Fee } from "@hcc/core";
const fee: Fee = { kind: "charge", amount: 100000 };

export {};
