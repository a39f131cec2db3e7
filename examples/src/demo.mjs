// The main job until the `hcc` command exists: validate a few dossiers of the Bến Tre center
// (6 May 2019, its first day) with the built @hcc/core and print them in Vietnam time.
import { channels, dossierStatuses, isHccError, parseDossier, safeParseDossier } from "@hcc/core";

const rows = [
  { code: "000.00.53.H07-190506-0001", procedureCode: "1.001612", agencyCode: "000.00.53.H07", channel: 1, status: 10, receivedAt: "2019-05-06T07:45", endedAt: "2019-05-09T10:00" },
  { code: "000.00.53.H07-190506-0002", procedureCode: "1.000894", agencyCode: "000.00.53.H07", channel: "postal", status: 4, receivedAt: "2019-05-06T01:30:00Z" },
  { code: "000.00.53.H07-190506-0003", procedureCode: "1.000894", agencyCode: "000.00.53.H07", channel: 2, status: "done", receivedAt: "2019-05-06 14:10", endedAt: "2019-05-06 09:00" },
];

for (const row of rows) {
  const result = safeParseDossier(row);
  if (result.success) {
    const d = result.data;
    console.log(`${d.code}  ${channels.label(d.channel).padEnd(22)} ${dossierStatuses.label(d.status).padEnd(16)} nhận ${d.receivedAt}`);
  } else {
    console.log(`${row.code}  rejected: ${result.error.message}`);
  }
}
console.log(`\nparseDossier throws HccError with a stable code:`);
try {
  parseDossier({ code: "" });
} catch (error) {
  if (isHccError(error)) console.log(`  ${error.code}: ${error.message}`);
  else throw error;
}
