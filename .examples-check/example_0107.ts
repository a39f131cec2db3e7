// from README.md:35
import { channels, dossierStatuses, isHccError, parseDossier, safeParseDossier } from "@hcc/core";

// Dates without an offset are Vietnam time; codes may be keys or the national numbers.
const dossier = parseDossier({
  code: "000.00.53.H07-190506-0001",
  procedureCode: "1.001612",
  agencyCode: "000.00.53.H07",
  channel: 3, // public postal service
  status: 10, // result returned
  receivedAt: "2019-05-06 08:15",
  endedAt: new Date("2019-05-09T03:00:00Z"),
});
console.log(dossier.receivedAt); // "2019-05-06T08:15:00+07:00"
console.log(dossier.endedAt); // "2019-05-09T10:00:00+07:00"
console.log(channels.label(dossier.channel, "en"), dossierStatuses.label(dossier.status));

const bad = safeParseDossier({ ...dossier, receivedAt: "2019-02-30" });
if (!bad.success && isHccError(bad.error)) console.log(bad.error.code, bad.error.issues[0]?.path);
// "invalid_input" ["receivedAt"]

export {};
