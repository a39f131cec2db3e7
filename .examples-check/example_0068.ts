// from packages/core/src/dossier-code.ts:180
import { formatDossierCode } from "@hcc/core";
formatDossierCode({ agencyCode: "000.00.53.H48", date: "2022-09-21T09:30", sequence: 99 }); //=> "000.00.53.H48-220921-0099"

export {};
