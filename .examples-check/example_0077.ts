// from packages/core/src/dossier.ts:139
import { dossierSchema } from "@hcc/core";
const d = dossierSchema.parse({
  code: "000.00.53.H07-190506-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07",
  channel: 1, status: 10, receivedAt: "2019-05-06T08:00", endedAt: "2019-05-08T10:00",
});
d.status; //=> "returned"

export {};
