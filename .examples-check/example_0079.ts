// from packages/core/src/dossier.ts:205
import { type DossierInput } from "@hcc/core";
const input: DossierInput = { code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: 2, receivedAt: new Date() };

export {};
