// from packages/core/src/dossier.ts:48
import { extensionSchema } from "@hcc/core";
extensionSchema.parse({ at: "2024-03-10T09:00", newDueAt: "2024-03-15T17:00", reason: "Chờ ý kiến liên ngành" });

export {};
