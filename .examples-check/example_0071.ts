// from packages/core/src/dossier.ts:27
import { supplementRequestSchema } from "@hcc/core";
supplementRequestSchema.parse({ requestedAt: "2024-03-01T09:00", completedAt: "2024-03-05T10:00" });

export {};
