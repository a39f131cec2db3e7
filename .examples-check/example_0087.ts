// from packages/core/src/dossier.ts:288
import { parseDossier } from "@hcc/core";
parseDossier({ code: "X-190506-0001", procedureCode: "1.001612", agencyCode: "X", status: 4, channel: "2" }).channel; //=> "online"

export {};
