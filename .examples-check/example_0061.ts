// from packages/core/src/dossier-code.ts:6
import { parseDossierCode, type DossierCodeParts } from "@hcc/core";
const parts: DossierCodeParts = parseDossierCode("000.00.53.H48-220921-0099");
parts.date; //=> "2022-09-21"

export {};
