#!/usr/bin/env node
// The DuckDB side of bench/report-forms.mjs, as its own process (default threads): Biểu 06 by
// agency × channel of a generated CSV, printed as JSON [["agency|channel", [11 numbers]], ...].
//   node bench/report-duckdb.mjs <file> <iso-offset|iso-z|compact|dmy> <from> <to>
import { DuckDBInstance } from "@duckdb/node-api";

const [file, form, from, to] = process.argv.slice(2);
// The Vietnam date of each value. Offset or Z: a TIMESTAMPTZ converted to Asia/Ho_Chi_Minh; the
// others are Vietnam wall-clock time already.
const vnDate = (col, dateOnly) => {
  switch (form) {
    case "iso-offset":
    case "iso-z":
      return dateOnly ? `CAST(${col} AS DATE)` : `CAST(timezone('Asia/Ho_Chi_Minh', CAST(${col} AS TIMESTAMPTZ)) AS DATE)`;
    case "compact":
      return `CAST(strptime(${col}, '${dateOnly ? "%Y%m%d" : "%Y%m%d%H%M%S"}') AS DATE)`;
    case "dmy":
      return `CAST(strptime(${col}, '${dateOnly ? "%d/%m/%Y" : "%d/%m/%Y %H:%M:%S"}') AS DATE)`;
    default:
      throw new Error(`unknown form ${form}`);
  }
};
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
const sql = `
WITH raw AS (
  SELECT * FROM read_csv('${file}', header = true, auto_detect = false, delim = ',', quote = '"',
    columns = {'code': 'VARCHAR', 'procedureCode': 'VARCHAR', 'agencyCode': 'VARCHAR', 'channel': 'VARCHAR',
               'receivedAt': 'VARCHAR', 'dueAt': 'VARCHAR', 'endedAt': 'VARCHAR', 'status': 'INTEGER',
               'supplementRequests': 'INTEGER'})
), d AS (
  SELECT agencyCode AS agency,
         CASE channel WHEN 'online' THEN 2 WHEN 'postal' THEN 3 ELSE 1 END AS channel,
         coalesce(supplementRequests, 0) AS supp,
         ${vnDate("receivedAt", false)} AS rd, ${vnDate("dueAt", true)} AS dd, ${vnDate("endedAt", false)} AS ed
  FROM raw WHERE status NOT IN (1, 3)
), s AS (
  SELECT *, rd >= DATE '${from}' AS is_new, (ed IS NOT NULL AND ed <= DATE '${to}') AS resolved
  FROM d WHERE rd <= DATE '${to}' AND (ed IS NULL OR ed >= DATE '${from}')
), v AS (
  SELECT agency, channel, is_new, resolved,
    CASE WHEN resolved THEN
      CASE WHEN supp > 1 THEN 3 WHEN dd IS NULL THEN 2 WHEN ed < dd THEN 1 WHEN ed = dd THEN 2 ELSE 3 END
    ELSE
      CASE WHEN supp > 1 THEN 5 WHEN dd IS NULL THEN 4 WHEN dd >= DATE '${to}' THEN 4 ELSE 5 END
    END AS verdict
  FROM s
)
SELECT agency, channel,
  count(*)::BIGINT, count(*) FILTER (WHERE is_new AND channel = 2)::BIGINT, count(*) FILTER (WHERE is_new AND channel <> 2)::BIGINT,
  count(*) FILTER (WHERE NOT is_new)::BIGINT, count(*) FILTER (WHERE resolved)::BIGINT, count(*) FILTER (WHERE verdict = 1)::BIGINT,
  count(*) FILTER (WHERE verdict = 2)::BIGINT, count(*) FILTER (WHERE verdict = 3)::BIGINT, count(*) FILTER (WHERE NOT resolved)::BIGINT,
  count(*) FILTER (WHERE verdict = 4)::BIGINT, count(*) FILTER (WHERE verdict = 5)::BIGINT
FROM v GROUP BY agency, channel ORDER BY agency, channel`;
const reader = await connection.runAndReadAll(sql);
process.stdout.write(JSON.stringify(reader.getRows().map((r) => [`${r[0]}|${Number(r[1])}`, r.slice(2).map(Number)])));
