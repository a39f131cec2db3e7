// from packages/core/src/dossier.ts:265
import { type DossierFlags } from "@hcc/core";
const flags: DossierFlags = { digitised: true, electronicResult: true };

export {};
