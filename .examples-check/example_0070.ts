// from packages/core/src/dossier.ts:7
import { pauseSchema } from "@hcc/core";
pauseSchema.parse({ kind: "supplement", from: "2024-03-01T09:00", to: "2024-03-05T10:00" });

export {};
