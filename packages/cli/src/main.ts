import { createRequire } from "node:module";
import { langOf } from "./_internal/args.js";
import type { Command } from "./_internal/command.js";
import { CliError, oneLine, type Io, type Lang } from "./_internal/context.js";

/** A subcommand: its name, its one-line summary, and its code (loaded on demand, so that `hcc due` does not load the statistics engine). */
interface Entry {
  readonly name: string;
  readonly summary: Readonly<Record<Lang, string>>;
  load(): Promise<Command>;
}

/** Every subcommand, in help order. */
export const COMMANDS: readonly Entry[] = [
  { name: "demo", summary: { en: "the Bến Tre center's first three months (2019), reproduced end to end", vi: "ba tháng đầu của Trung tâm PVHCC tỉnh Bến Tre (2019), tái hiện từ đầu đến cuối" }, load: async () => (await import("./commands/demo.js")).demo },
  { name: "report", summary: { en: "the Biểu 06 report of a CSV / NDJSON / JSON dossier file", vi: "báo cáo Biểu 06 từ tệp hồ sơ CSV / NDJSON / JSON" }, load: async () => (await import("./commands/report.js")).report },
  { name: "sql", summary: { en: "the working-day calendar as a table, and the Biểu 06 report as one SQL statement (DuckDB, PostgreSQL, ANSI)", vi: "bảng lịch làm việc và báo cáo Biểu 06 bằng một câu lệnh SQL (DuckDB, PostgreSQL, ANSI)" }, load: async () => (await import("./commands/sql.js")).sql },
  { name: "due", summary: { en: "the due date of a dossier (working days, hours, calendar days, months; cut-off; pauses)", vi: "ngày hẹn trả của một hồ sơ (ngày làm việc, giờ, ngày, tháng; giờ chốt; tạm dừng)" }, load: async () => (await import("./commands/due.js")).due },
  { name: "calendar", summary: { en: "working days, holidays and swapped days between two dates", vi: "ngày làm việc, ngày lễ, ngày nghỉ bù, hoán đổi giữa hai ngày" }, load: async () => (await import("./commands/calendar.js")).calendar },
  { name: "lunar", summary: { en: "convert a date to the Vietnamese lunar calendar, or back (--to-solar)", vi: "đổi ngày dương sang âm lịch Việt Nam, hoặc ngược lại (--to-solar)" }, load: async () => (await import("./commands/lunar.js")).lunar },
  { name: "check", summary: { en: 'check a procedure catalogue ("3 giảm, 4 tại chỗ, 8 công khai")', vi: 'kiểm tra danh mục thủ tục ("3 giảm, 4 tại chỗ, 8 công khai")' }, load: async () => (await import("./commands/check.js")).check },
  { name: "schema", summary: { en: "print the JSON Schema of a procedure, dossier or agency", vi: "in JSON Schema của thủ tục, hồ sơ hoặc cơ quan" }, load: async () => (await import("./commands/schema.js")).schema },
];

function version(): string {
  try {
    return (createRequire(import.meta.url)("../package.json") as { version: string }).version;
  } catch {
    return "unknown";
  }
}

/** `hcc --help`. */
export function mainHelp(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`).join("\n");
  return lang === "vi"
    ? `hcc — công cụ dòng lệnh của @hcc cho Trung tâm Phục vụ hành chính công (một cửa)

Cách dùng: hcc <lệnh> [tùy chọn]   (hcc <lệnh> --help để xem chi tiết)

Lệnh:
${list}

Tùy chọn chung: --lang vi|en, --format table|json|csv (khi có), --debug, -h/--help, --version
Mã thoát: 0 thành công, 1 có vi phạm (check), 2 sai cú pháp hoặc không đọc được dữ liệu.
`
    : `hcc — the @hcc command line for Vietnam's Public Administrative Service Centers (one-stop desks)

Usage: hcc <command> [options]   (hcc <command> --help for details)

Commands:
${list}

Common options: --lang vi|en, --format table|json|csv (where it makes sense), --debug, -h/--help, --version
Exit codes: 0 success, 1 findings (check), 2 bad usage or unreadable input.
`;
}

/**
 * Runs `hcc` with the given arguments; resolves to the exit code. Never throws: errors become one
 * line on stderr (with the stack trace only under `--debug`) and exit code 2.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes("--debug");
  const first = argv[0];
  let lang: Lang = "en";
  try {
    const langIndex = argv.indexOf("--lang");
    lang = langOf("", langIndex >= 0 ? argv[langIndex + 1] : undefined, io.env);
  } catch {
    lang = "en";
  }
  try {
    if (first === undefined) {
      io.err(mainHelp(lang));
      return 2;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      io.out(mainHelp(lang));
      return 0;
    }
    if (first === "--version" || first === "-v") {
      io.out(`${version()}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === first);
    if (command === undefined) {
      const hint = first.startsWith("-") ? `unknown option ${first}` : `unknown command ${JSON.stringify(first)}`;
      throw new CliError(`hcc: ${hint}; commands: ${COMMANDS.map((c) => c.name).join(", ")} (see hcc --help)`);
    }
    return await (await command.load()).run(argv.slice(1), io);
  } catch (error) {
    const prefix = error instanceof CliError || first === undefined ? "" : `hcc ${first}: `;
    io.err(`${prefix}${oneLine(error)}\n`);
    if (debug && error instanceof Error && error.stack !== undefined) io.err(`${error.stack}\n`);
    return error instanceof CliError ? error.exitCode : 2;
  }
}
