// from packages/core/src/procedure.ts:219
import { type ProcedureCase } from "@hcc/core";
const c: ProcedureCase = { id: "default", name: "", steps: [], channels: [], documents: [] };

export {};
