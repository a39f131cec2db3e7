// from packages/core/src/procedure.ts:259
import { type RequiredDocument } from "@hcc/core";
const doc: RequiredDocument = { name: "Giấy đề nghị", originals: 1, copies: 0, required: true };

export {};
