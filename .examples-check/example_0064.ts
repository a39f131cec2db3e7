// from packages/core/src/dossier-code.ts:62
import { nextDossierCode, type NextDossierCodeOptions } from "@hcc/core";
const options: NextDossierCodeOptions = { digits: 4, overflow: "widen" };
nextDossierCode("000.00.53.H48", "2022-09-21", 9999, options); //=> "000.00.53.H48-220921-10000"

export {};
