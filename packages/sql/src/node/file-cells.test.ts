import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { CELL_SQL, decodeCell, foldCell, zeroCounts } from "./file-cells.js";

const FLAGS = [-1, 0, 1];

describe("the DuckDB file engine's cells", () => {
  it("decodes every cell DuckDB packs back to its facts", async () => {
    const rows: string[] = [];
    const facts: ReturnType<typeof decodeCell>[] = [];
    for (const verdict of [1, 2, 3, 4, 5])
      for (const isNew of [false, true])
        for (const channel of [1, 2, 3])
          for (const status of [2, 7, 8, 9])
            for (const fees of FLAGS)
              for (const paid of FLAGS)
                for (const eresult of FLAGS)
                  for (const digitised of FLAGS) {
                    rows.push(`(${verdict}, ${isNew}, ${channel}, ${status}, ${fees}, ${paid}, ${eresult}, ${digitised})`);
                    facts.push({ verdict, isNew, channel, withdrawnOrStopped: status === 7 || status === 8, fees, paid, eresult, digitised });
                  }
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const result = await connection.runAndReadAll(
      `SELECT ${CELL_SQL} AS cell FROM (VALUES ${rows.join(", ")}) t(hcc_verdict, hcc_new, hcc_channel, hcc_status, hcc_f_fees, hcc_f_paid, hcc_f_eresult, hcc_f_digitised)`,
    );
    const cells = result.getRowObjectsJS().map((r) => Number(r["cell"]));
    connection.closeSync();
    instance.closeSync();
    // decoding gives every row's facts back, so different facts never share a cell
    expect(cells.map(decodeCell)).toEqual(facts);
  });

  it("folds cells into @hcc/stats' counters", () => {
    const counts = zeroCounts();
    // 3 new online dossiers resolved late, withdrawn, with fees paid online, an electronic result, digitised
    const resolved = 3 + 6 * (1 + 2 * (2 + 4 * (1 + 2 * (2 + 3 * (2 + 3 * (2 + 3 * 2))))));
    foldCell(counts, resolved, 3, 900);
    // 2 carried-over direct dossiers still open and overdue, flags unknown
    const open = 5 + 6 * (0 + 2 * (1 + 4 * (0 + 2 * (0 + 3 * (0 + 3 * (0 + 3 * 0))))));
    foldCell(counts, open, 2, 50);
    expect(counts).toEqual({
      ...zeroCounts(),
      newOnline: 3,
      carriedOver: 2,
      resolvedLate: 3,
      inProgressOverdue: 2,
      inScopeOnline: 3,
      inScopeDirect: 2,
      processingSeconds: 900,
      withdrawnOrStopped: 3,
      withFees: 3,
      paidOnline: 3,
      resultFlagKnown: 3,
      electronicResult: 3,
      digitisedFlagKnown: 3,
      digitisedWithElectronicResult: 3,
    });
  });
});
