// Runs every example script with plain Node against the built packages (`npm test` builds first),
// exactly as a portal team would, and checks what it prints.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

function run(script: string): { status: number | null; stdout: string; stderr: string } {
  const path = fileURLToPath(new URL(`./src/${script}`, import.meta.url));
  const { status, stdout, stderr } = spawnSync(process.execPath, [path], { encoding: "utf8" });
  return { status, stdout, stderr };
}

const built = ["core", "calendar", "sla", "stats", "rules", "examples"].every((p) =>
  existsSync(fileURLToPath(new URL(`../packages/${p}/dist/index.js`, import.meta.url))),
);

describe("examples/ scripts", () => {
  it("needs the packages built (npm test builds them first)", () => {
    expect(built).toBe(true);
  });

  it.runIf(built)("due-date.mjs: the 30/4–1/5/2025 swap and a supplement pause", () => {
    const { status, stdout } = run("due-date.mjs");
    expect(status).toBe(0);
    // Received Fri 25/4 16:30; Sat 26/4 is worked; 30/4 and 1/5 are holidays; Fri 2/5 is a bridge day off.
    expect(stdout).toContain("Hẹn trả / due: 2025-05-06 (2025-05-06T17:00:00+07:00)");
    expect(stdout).toContain("After the pause: due 2025-05-09, in_progress_within");
  });

  it.runIf(built)("monthly-report.mjs: Biểu 06 by agency, and the bad row listed with its line", () => {
    const { status, stdout, stderr } = run("monthly-report.mjs");
    expect(status).toBe(0);
    expect(stdout).toContain("Hồ sơ tiếp nhận: 240");
    expect(stdout).toContain("(3) Tổng số hồ sơ tiếp nhận");
    expect(stderr).toContain('line 302: unknown channel "fax"');
  });

  it.runIf(built)("check-catalogue.mjs: the badly published procedure is caught", () => {
    const { status, stdout } = run("check-catalogue.mjs");
    expect(status).toBe(0);
    expect(stdout).toContain("Procedures fully disclosed              │ 21/22");
    expect(stdout).toContain("Fees missing");
  });
});
