// from packages/core/src/dossier.ts:64
import { dossierLegSchema } from "@hcc/core";
dossierLegSchema.parse({ agencyCode: "000.00.17.H48", processingTime: { value: 5, unit: "working_days" } });

export {};
