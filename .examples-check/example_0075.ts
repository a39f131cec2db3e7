// from packages/core/src/dossier.ts:101
import { dossierFlagsSchema } from "@hcc/core";
dossierFlagsSchema.parse({ hasFees: true, paidOnline: true });

export {};
