// from packages/core/src/dossier.ts:245
import { type DossierLeg } from "@hcc/core";
const leg: DossierLeg = { agencyCode: "000.00.17.H48" };

export {};
