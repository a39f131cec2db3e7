// The monthly report (Biểu 06) from a CSV export of the one-stop system. Run:
//   node examples/src/monthly-report.mjs [file.csv]   (after `npm run build`)
// The file follows the @hcc/stats column contract (docs/stats.md). Bad rows are listed with their
// line numbers, never dropped silently: the sample file has one on purpose.
import { createReadStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildReport, ingest, renderText } from "@hcc/stats";

const file = process.argv[2] ?? fileURLToPath(new URL("../data/dossiers-2024-03.csv", import.meta.url));
const result = await ingest(createReadStream(file), {
  from: "2024-03-01",
  to: "2024-03-31",
  groupBy: ["agency"],
  mode: "lenient",
});
for (const bad of result.badRows) console.error(`line ${bad.line}: ${bad.reason}`);
console.log(renderText(buildReport(result.state), { lang: "vi" }));
