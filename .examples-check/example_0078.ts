// from packages/core/src/dossier.ts:195
import { parseDossier, type Dossier } from "@hcc/core";
const d: Dossier = parseDossier({ code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: "received" });

export {};
