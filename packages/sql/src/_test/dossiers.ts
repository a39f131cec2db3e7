// Random dossier tables for the equality tests: mixed channels (as words and codes), open and
// closed dossiers, dates around the period's edges and Vietnam midnight, some without a due date,
// a few inconsistent rows (which both engines must leave out).
import { dayNumberToEpochMs, epochMsToDayNumber, formatInstant, localDateToDayNumber, dayNumberToLocalDate } from "@hcc/core";
import { vietnamCalendar } from "@hcc/calendar";
import { bieu06, createAggregator, type GroupDimension, type StatsDossierInput } from "@hcc/stats";
import fc from "fast-check";
import type { Row } from "./engines.js";

export interface TestDossier {
  readonly code: string;
  readonly procedureCode: string;
  readonly agencyCode: string | null;
  readonly channel: string | null;
  readonly receivedAt: string | null;
  readonly dueAt: string | null;
  readonly endedAt: string | null;
  readonly status: string;
  readonly supplementRequests: number;
}

export interface TestCase {
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
  readonly groupBy: GroupDimension[];
  readonly comparator: "date" | "instant";
  readonly derive: boolean;
  readonly dossiers: TestDossier[];
}

const DAY = 86_400_000;
const PROCEDURES = ["1.001612", "1.000001", "2.000123", "1.004567", "3.000999"];
const AGENCIES = ["000.00.53.H07", "000.00.10.H61", "000.00.31.H48"];

/** Working days to the due date of a procedure (the derived-due-date cases). */
export const PROCESSING_DAYS: Readonly<Record<string, number>> = { "1.001612": 0, "1.000001": 1, "2.000123": 3, "1.004567": 10, "3.000999": 22 };

const instantText = (ms: number, utc: boolean): string => (utc ? new Date(ms).toISOString() : formatInstant(ms));

/** Milliseconds into a Vietnam day: mostly right at midnight (either side) or at noon-ish. */
const timeOfDay = fc.oneof(
  fc.constantFrom(0, 1, 999, 1000, DAY - 1000, DAY - 1, 17 * 3_600_000, 7 * 3_600_000),
  fc.integer({ min: 0, max: DAY - 1 }),
);

export function caseArbitrary(maxDossiers: number): fc.Arbitrary<TestCase> {
  const base = localDateToDayNumber("2024-01-01");
  return fc
    .record({
      fromDay: fc.integer({ min: base, max: base + 400 }),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 120 })),
      asOfExtra: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 })),
      dims: fc.subarray(["agency", "channel", "procedure"] as GroupDimension[]),
      time: fc.constantFrom(undefined, "month", "quarter", "year"),
      comparator: fc.constantFrom("date" as const, "date" as const, "instant" as const),
      derive: fc.boolean(),
      seeds: fc.array(
        fc.record({
          anchor: fc.integer({ min: 0, max: 6 }),
          shift: fc.integer({ min: -3, max: 3 }),
          spread: fc.integer({ min: 0, max: 200 }),
          receivedTime: timeOfDay,
          endDays: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 90 })),
          endTime: timeOfDay,
          dueDays: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 6 }),
          dueTime: timeOfDay,
          status: fc.constantFrom("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "10", "9", "4", "returned", "processing"),
          channel: fc.constantFrom("direct", "online", "postal", "1", "2", "3", null, "2", "Online"),
          supplements: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 3 })),
          procedure: fc.constantFrom(...PROCEDURES),
          agency: fc.constantFrom(...AGENCIES),
          agencyInCodeOnly: fc.boolean(),
          lowerCaseInCode: fc.boolean(),
          utc: fc.boolean(),
          broken: fc.integer({ min: 0, max: 40 }),
        }),
        { minLength: 0, maxLength: maxDossiers, size: "max" },
      ),
    })
    .map(({ fromDay, length, asOfExtra, dims, time, comparator, derive, seeds }): TestCase => {
      const toDay = fromDay + length;
      const anchors = [fromDay - 40, fromDay - 1, fromDay, Math.floor((fromDay + toDay) / 2), toDay, toDay + 1, fromDay - 200];
      const dossiers = seeds.map((s, i): TestDossier => {
        const receivedDay = (anchors[s.anchor] as number) + (s.anchor === 6 ? s.spread : s.shift);
        const receivedMs = dayNumberToEpochMs(receivedDay) + s.receivedTime;
        const status = s.status;
        const terminal = ["7", "8", "9", "10", "returned"].includes(status);
        let endedMs: number | null = terminal ? Math.max(receivedMs, dayNumberToEpochMs(receivedDay + s.endDays) + s.endTime) : null;
        let received: number | null = receivedMs;
        // a few rows the aggregator rejects: an open dossier with an end, a closed one without, no receipt, an end before the receipt
        if (s.broken === 0) endedMs = endedMs === null ? receivedMs + DAY : null;
        else if (s.broken === 1) received = null;
        else if (s.broken === 2 && endedMs !== null) endedMs = receivedMs - 1000;
        const dueMs = s.dueDays === null ? null : dayNumberToEpochMs(receivedDay + s.dueDays) + s.dueTime;
        const agency = s.agencyInCodeOnly ? null : s.agency;
        return {
          // a standard agency code written in lower case in the code: read as upper case (core's rule)
          code: `${s.lowerCaseInCode ? s.agency.toLowerCase() : s.agency}-${dayNumberToLocalDate(receivedDay).slice(2).replace(/-/g, "")}-${String(i).padStart(4, "0")}`,
          procedureCode: s.procedure,
          agencyCode: agency,
          channel: s.channel,
          receivedAt: received === null ? null : instantText(received, s.utc),
          dueAt: dueMs === null ? null : instantText(dueMs, !s.utc),
          endedAt: endedMs === null ? null : instantText(endedMs, s.utc),
          status,
          supplementRequests: s.supplements,
        };
      });
      return {
        from: dayNumberToLocalDate(fromDay),
        to: dayNumberToLocalDate(toDay),
        asOf: dayNumberToLocalDate(toDay + asOfExtra),
        groupBy: time === undefined ? dims : [...dims, time as GroupDimension],
        comparator,
        derive,
        dossiers,
      };
    });
}

const calendar = vietnamCalendar();

/** The JavaScript engine's Biểu 06 rows of a case, as SQL-shaped rows sorted by key. */
export function expectedRows(c: TestCase): Row[] {
  const agg = createAggregator({
    from: c.from,
    to: c.to,
    asOf: c.asOf,
    groupBy: c.groupBy,
    comparator: c.comparator,
    ...(c.derive
      ? { dueDate: (d: { procedureCode: string; receivedMs: number }) => dayNumberToEpochMs(calendar.addWorkingDayNumbers(epochMsToDayNumber(d.receivedMs), PROCESSING_DAYS[d.procedureCode] as number) + 1) - 1 }
      : {}),
  });
  for (const d of c.dossiers) {
    const input: StatsDossierInput = {
      code: d.code,
      procedureCode: d.procedureCode,
      agencyCode: d.agencyCode ?? undefined,
      channel: d.channel ?? undefined,
      receivedAt: d.receivedAt,
      dueAt: d.dueAt,
      endedAt: d.endedAt,
      status: d.status,
      supplementRequests: d.supplementRequests,
    };
    try {
      agg.add(input);
    } catch {
      // rejected rows are not counted (the CLI's lenient mode); the SQL leaves them out too
    }
  }
  const { rows, total } = bieu06(agg.state());
  const shape = (r: (typeof rows)[number]): Row => ({
    ...Object.fromEntries(c.groupBy.map((d) => [d, r.key[d] ?? ""])),
    received: r.received,
    received_online: r.newOnline,
    received_direct_or_postal: r.newDirectOrPostal,
    carried_over: r.carriedOver,
    resolved: r.resolved,
    early: r.early,
    on_time: r.onTime,
    late: r.late,
    in_progress: r.inProgress,
    within_deadline: r.within,
    overdue: r.overdue,
  });
  return sortRows(c.groupBy.length === 0 ? [shape(total)] : rows.map(shape), c.groupBy);
}

/** Rows sorted by their group key (the order is the database's collation otherwise). */
export function sortRows(rows: readonly Row[], groupBy: readonly string[]): Row[] {
  const key = (r: Row): string => JSON.stringify(groupBy.map((d) => r[d]));
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const lit = (v: string | number | null): string => (v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replace(/'/g, "''")}'`);

/** CREATE TABLE + INSERT of a case's dossiers (the table contract's quoted column names). */
export function tableScript(table: string, c: TestCase): string {
  const lines = [
    `DROP TABLE IF EXISTS ${table}`,
    `CREATE TABLE ${table} ("code" VARCHAR, "procedureCode" VARCHAR, "agencyCode" VARCHAR, "channel" VARCHAR, "receivedAt" TIMESTAMPTZ, "dueAt" TIMESTAMPTZ, "endedAt" TIMESTAMPTZ, "status" VARCHAR, "supplementRequests" INTEGER, "processingDays" INTEGER)`,
  ];
  if (c.dossiers.length > 0) {
    lines.push(
      `INSERT INTO ${table} VALUES ${c.dossiers
        .map((d) => `(${[d.code, d.procedureCode, d.agencyCode, d.channel, d.receivedAt, d.dueAt, d.endedAt, d.status, d.supplementRequests, PROCESSING_DAYS[d.procedureCode] as number].map(lit).join(", ")})`)
        .join(",\n")}`,
    );
  }
  return lines.join(";\n");
}
