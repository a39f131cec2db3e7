// from packages/core/src/dossier.ts:225
import { type SupplementRequest } from "@hcc/core";
const request: SupplementRequest = { requestedAt: "2024-03-01T09:00:00+07:00" };

export {};
