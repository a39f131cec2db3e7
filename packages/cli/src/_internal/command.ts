import type { Io, Lang } from "./context.js";

/** A subcommand of `hcc`. */
export interface Command {
  readonly name: string;
  /** The full `--help` text. */
  help(lang: Lang): string;
  /** Runs the command; resolves to the exit code. Throws a `CliError` (or any error) on failure. */
  run(argv: readonly string[], io: Io): Promise<number>;
}

/** Common help footer. */
export function commonHelp(lang: Lang, format?: string): string {
  const lines =
    lang === "vi"
      ? [
          ...(format === undefined ? [] : [`  -f, --format <${format}>  định dạng kết quả`]),
          "  --lang <vi|en>           ngôn ngữ (mặc định: theo HCC_LANG / LANG)",
          "  --debug                  in cả stack trace khi có lỗi",
          "  -h, --help               trợ giúp này",
          "",
          "Mã thoát: 0 thành công, 1 có vi phạm (check), 2 sai cú pháp hoặc không đọc được dữ liệu.",
        ]
      : [
          ...(format === undefined ? [] : [`  -f, --format <${format}>  output format`]),
          "  --lang <vi|en>           language (default: from HCC_LANG / LANG)",
          "  --debug                  print the stack trace on errors",
          "  -h, --help               this help",
          "",
          "Exit codes: 0 success, 1 findings (check), 2 bad usage or unreadable input.",
        ];
  return lines.join("\n");
}
