// from packages/core/src/dossier-code.ts:209
import { nextDossierCode } from "@hcc/core";
nextDossierCode("000.00.53.H48", "2022-09-21"); //=> "000.00.53.H48-220921-0001"
nextDossierCode("000.00.53.H48", "2022-09-21", "000.00.53.H48-220921-0099"); //=> "000.00.53.H48-220921-0100"
nextDossierCode("000.00.53.H48", "2022-09-22", "000.00.53.H48-220921-0099"); //=> "000.00.53.H48-220922-0001"

export {};
