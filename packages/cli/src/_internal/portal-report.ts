// `hcc report --profile portal-766`: the national portal's own Decision 766 formulas over a file
// of portal dossiers (DongBoHoSoMC records or our columns) and a procedure catalogue. Everything
// is read and validated before anything is written.
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { epochMsToDayNumber, dayNumberToLocalDate, isHccError, isReceivedStatus, toEpochMs } from "@hcc/core";
import { portal766, portalCatalogue, readPortalDossiers, renderPortalHtml, renderPortalText, type Portal766Report, type PortalCatalogue } from "@hcc/stats";
import { readCatalogueFile } from "./catalogue-file.js";
import { CliError, type Io, type Lang } from "./context.js";
import { json } from "./output.js";

/** The profiles of `hcc report`: the law-based default and the national portal's formulas. */
export const PROFILES = ["law", "portal-766"] as const;

/** What the portal profile takes from the command line. */
export interface PortalReportArgs {
  readonly path: string;
  readonly catalogue: string | undefined;
  readonly syncRatio: string | undefined;
  readonly receivedCounts: string | undefined;
  readonly complaintRate: string | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly html: string | undefined;
  readonly format: "table" | "json" | "csv";
  readonly lang: Lang;
}

function ratioOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1) throw new CliError(`hcc report: --${name} must be a number from 0 to 1, got ${JSON.stringify(value)}`);
  return n;
}

async function loadCatalogue(file: string, cwd: string): Promise<PortalCatalogue> {
  const path = resolve(cwd, file);
  const procedures = await readCatalogueFile("report", path);
  try {
    return portalCatalogue(procedures);
  } catch (error) {
    if (isHccError(error)) throw new CliError(`hcc report: catalogue ${path}: ${error.message}`);
    throw error;
  }
}

/** The CLI's JSON document of the portal profile. */
function portalJson(report: Portal766Report, rowsRead: number, badRows: number): Record<string, unknown> {
  return {
    profile: "portal-766",
    authority: report.authority,
    period: report.period,
    syncRatio: report.syncRatio,
    indicators: report.indicators.map((i) => ({
      id: i.id,
      ...(i.procedureCode === undefined ? {} : { procedureCode: i.procedureCode, unit: i.unit }),
      numerator: i.numerator,
      denominator: i.denominator,
      value: i.value,
      points: i.points,
      maxPoints: i.maxPoints,
      applicable: i.applicable,
    })),
    excluded: report.excluded,
    skipped: report.skipped,
    unknownProcedures: report.unknownProcedures,
    rowsRead,
    badRows,
  };
}

function portalCsv(report: Portal766Report): string {
  const lines = ["id,procedureCode,unit,numerator,denominator,value,points,maxPoints,applicable"];
  for (const i of report.indicators) {
    lines.push([i.id, i.procedureCode ?? "", i.unit ?? "", i.numerator, i.denominator, i.value ?? "", i.points ?? "", i.maxPoints, i.applicable].join(","));
  }
  return `${lines.join("\n")}\n`;
}

/** Runs the portal profile; resolves to the exit code. */
export async function runPortalReport(args: PortalReportArgs, io: Io): Promise<number> {
  if (args.catalogue === undefined) throw new CliError("hcc report: --profile portal-766 needs --catalogue <procedures.json> (whether results are on paper, fees, processing times)");
  const syncRatio = ratioOption("sync-ratio", args.syncRatio);
  const complaintRate = ratioOption("complaint-rate", args.complaintRate);
  let receivedCounts: { reporting: number; portal: number } | undefined;
  if (args.receivedCounts !== undefined) {
    const m = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(args.receivedCounts);
    if (m === null) throw new CliError(`hcc report: --received-counts must be <reporting>,<portal> (two whole numbers), got ${JSON.stringify(args.receivedCounts)}`);
    receivedCounts = { reporting: Number(m[1]), portal: Number(m[2]) };
  }
  const catalogue = await loadCatalogue(args.catalogue, io.cwd);
  const text = await readFile(args.path, "utf8");
  const { dossiers, badRows } = readPortalDossiers(text, { mode: "lenient" });
  let { from, to } = args;
  if (from === undefined || to === undefined) {
    const days = dossiers.filter((d) => d.receivedAt !== undefined && isReceivedStatus(d.status)).map((d) => epochMsToDayNumber(toEpochMs(d.receivedAt as string)));
    if (days.length === 0) throw new CliError(`hcc report: no receipt date found in ${args.path}; give --from and --to`);
    from ??= dayNumberToLocalDate(Math.min(...days));
    to ??= dayNumberToLocalDate(Math.max(...days));
  }
  if (to < from) throw new CliError(`hcc report: --to ${to} is before --from ${from}`);
  const report = portal766(dossiers, {
    from,
    to,
    catalogue,
    ...(syncRatio === undefined ? {} : { syncRatio }),
    ...(receivedCounts === undefined ? {} : { receivedCounts }),
    ...(complaintRate === undefined ? {} : { complaintRate }),
  });
  if (badRows.length > 0) {
    io.err(args.lang === "vi" ? `hcc report: ${badRows.length} hồ sơ không đọc được (không tính):\n` : `hcc report: ${badRows.length} record(s) could not be read (not counted):\n`);
    for (const bad of badRows.slice(0, 20)) io.err(`  line ${bad.line}: ${bad.field}: ${bad.reason}\n`);
    if (badRows.length > 20) io.err(`  … ${badRows.length - 20} more\n`);
  }
  if (args.html !== undefined) {
    const out = resolve(io.cwd, args.html);
    await writeFile(out, renderPortalHtml(report, { lang: args.lang }));
    io.err(args.lang === "vi" ? `Đã ghi ${out}\n` : `Wrote ${out}\n`);
  }
  if (args.format === "json") io.out(json(portalJson(report, dossiers.length + badRows.length, badRows.length)));
  else if (args.format === "csv") io.out(portalCsv(report));
  else io.out(renderPortalText(report, { lang: args.lang }));
  return 0;
}
