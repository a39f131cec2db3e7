// from packages/core/src/dossier-code.ts:30
import { formatDossierCode, type DossierCodeInput } from "@hcc/core";
const input: DossierCodeInput = { agencyCode: "000.00.53.H07", date: "2019-05-06", sequence: 1 };
formatDossierCode(input); //=> "000.00.53.H07-190506-0001"

export {};
