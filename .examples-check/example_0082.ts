// from packages/core/src/dossier.ts:235
import { type Extension } from "@hcc/core";
const ext: Extension = { at: "2024-03-10T09:00:00+07:00", newDueAt: "2024-03-15T17:00:00+07:00" };

export {};
