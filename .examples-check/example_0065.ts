// from packages/core/src/dossier-code.ts:105
import { parseDossierCode } from "@hcc/core";
const p = parseDossierCode("000.00.53.H48-220921-0099");
p.agencyCode; //=> "000.00.53.H48"
p.sequence; //=> 99

export {};
