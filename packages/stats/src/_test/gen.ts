import fc from "fast-check";
import { VIETNAM_UTC_OFFSET_MS } from "@hcc/core";
import type { StatsDossierInput } from "@hcc/stats";

const DAY = 86_400_000;
/** 2024-03-01 00:00 Vietnam time. */
export const BASE = Date.UTC(2024, 1, 29, 17);
export const PERIOD = { from: "2024-03-01", to: "2024-04-30" } as const;

/** Vietnam wall-clock "YYYY-MM-DDTHH:mm:ss" (no offset) of epoch ms, without local-time APIs. */
export function wall(ms: number): string {
  return new Date(ms + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 19);
}

/** Vietnam "yyyyMMddHHmmss". */
export function compact(ms: number): string {
  return wall(ms).replace(/[-T:]/g, "");
}

export interface PlainDossier {
  code: string;
  procedureCode: string;
  agencyCode: string;
  fieldCode: string;
  level: string;
  channel: "direct" | "online" | "postal";
  status: number;
  receivedAt: string | undefined;
  dueAt: string | undefined;
  endedAt: string | undefined;
  supplementRequests: number;
  flags: { hasFees?: boolean; paidOnline?: boolean; digitised?: boolean; electronicResult?: boolean };
}

/** A consistent random dossier around the period (some before, some after, some never received). */
export const dossierArb: fc.Arbitrary<PlainDossier> = fc
  .record({
    seq: fc.integer({ min: 1, max: 9999 }),
    agency: fc.constantFrom("000.00.10.H07", "000.00.11.H07", "000.00.12.H07"),
    procedure: fc.constantFrom("1.001612", "1.000894", "2.000635", "1.012753"),
    field: fc.constantFrom("", "tư pháp", "đất đai"),
    level: fc.constantFrom("", "province", "district"),
    channel: fc.constantFrom("direct" as const, "online" as const, "postal" as const),
    receivedMinute: fc.integer({ min: -40 * 24 * 60, max: 80 * 24 * 60 }),
    dueDays: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    endedMinutes: fc.option(fc.integer({ min: 0, max: 50 * 24 * 60 }), { nil: undefined }),
    openStatus: fc.constantFrom(2, 4, 5, 6),
    endStatus: fc.constantFrom(7, 8, 9, 10),
    notReceived: fc.integer({ min: 0, max: 30 }),
    supplements: fc.constantFrom(0, 0, 0, 1, 2),
    fees: fc.option(fc.boolean(), { nil: undefined }),
    paid: fc.option(fc.boolean(), { nil: undefined }),
    digitised: fc.option(fc.boolean(), { nil: undefined }),
    eresult: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((r) => {
    const received = BASE + r.receivedMinute * 60_000;
    const never = r.notReceived === 0;
    const flags: PlainDossier["flags"] = {};
    if (r.fees !== undefined) flags.hasFees = r.fees;
    if (r.paid !== undefined) flags.paidOnline = r.paid;
    if (r.digitised !== undefined) flags.digitised = r.digitised;
    if (r.eresult !== undefined) flags.electronicResult = r.eresult;
    return {
      code: `${r.agency}-${wall(received).slice(2, 10).replace(/-/g, "")}-${String(r.seq).padStart(4, "0")}`,
      procedureCode: r.procedure,
      agencyCode: r.agency,
      fieldCode: r.field,
      level: r.level,
      channel: r.channel,
      status: never ? 3 : r.endedMinutes === undefined ? r.openStatus : r.endStatus,
      receivedAt: never ? undefined : wall(received),
      dueAt: never || r.dueDays === undefined ? undefined : wall(received + r.dueDays * DAY).slice(0, 10),
      endedAt: never || r.endedMinutes === undefined ? undefined : wall(received + r.endedMinutes * 60_000),
      supplementRequests: r.supplements,
      flags,
    };
  });

/** The dossier as a StatsDossierInput (optional fields left out when absent). */
export function toInput(d: PlainDossier): StatsDossierInput {
  const out: Record<string, unknown> = { ...d };
  for (const k of Object.keys(out)) if (out[k] === undefined || out[k] === "") delete out[k];
  return out as unknown as StatsDossierInput;
}

const CSV_COLUMNS = ["code", "procedureCode", "agencyCode", "fieldCode", "level", "channel", "status", "receivedAt", "dueAt", "endedAt", "supplementRequests", "hasFees", "paidOnline", "digitised", "electronicResult"] as const;

const flag = (v: boolean | undefined): string => (v === undefined ? "" : v ? "1" : "0");

/** The dossiers as CSV with the English header (dates compact, channel as a code). */
export function toCsv(dossiers: readonly PlainDossier[], eol = "\n"): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const d of dossiers) {
    lines.push(
      [
        d.code,
        d.procedureCode,
        d.agencyCode,
        d.fieldCode,
        d.level,
        d.channel === "direct" ? "1" : d.channel === "online" ? "2" : "3",
        String(d.status),
        d.receivedAt === undefined ? "" : compact(Date.parse(`${d.receivedAt}+07:00`)),
        d.dueAt ?? "",
        d.endedAt ?? "",
        String(d.supplementRequests),
        flag(d.flags.hasFees),
        flag(d.flags.paidOnline),
        flag(d.flags.digitised),
        flag(d.flags.electronicResult),
      ].join(","),
    );
  }
  return lines.join(eol) + eol;
}
