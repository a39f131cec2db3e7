// from packages/core/src/dossier-code.ts:165
import { isDossierCode } from "@hcc/core";
isDossierCode("000.00.53.H07-190506-0001"); //=> true

export {};
