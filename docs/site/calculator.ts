// The live due-date calculator of the docs site (docs/calculator.md): reads the form, evaluates one
// dossier with the published @hcc/sla and @hcc/calendar (their built ESM, bundled for the browser
// by docs/site/typedoc-calculator.mjs), and writes the due date, the verdict and the rule set.
// Every time is Vietnam time: the form's `datetime-local` texts ("2024-03-08T16:59") are handed to
// @hcc/core's readers, which read an offset-less time as UTC+7, so the browser's zone never counts.
import { formatInstant, timeUnits, toEpochMs, vietnamParts, type Instant, type TimeUnit } from "@hcc/core";
import { vietnamCalendar, type WorkingCalendar } from "@hcc/calendar";
import {
  RULE_SETS,
  describeEvaluation,
  safeEvaluateDossier,
  type DossierEvaluation,
  type RuleSetChoice,
} from "@hcc/sla";

/** The form's root element; the script does nothing on a page without it. */
const ROOT_ID = "hcc-calculator";
/** A dossier code for the evaluation (the calculator times one anonymous dossier). */
const SAMPLE = { code: "000.00.00.H00-000000-0001", procedureCode: "calculator", agencyCode: "000.00.00.H00" } as const;
const WEEKDAYS_VI = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;
const VERDICT_LABELS: Readonly<Record<string, string>> = {
  not_received: "Chưa tiếp nhận — not received",
  in_progress_within: "Trong hạn — in progress, within the deadline",
  in_progress_overdue: "Quá hạn — in progress, overdue",
  resolved_early: "Trước hạn — resolved early",
  resolved_on_time: "Đúng hạn — resolved on time",
  resolved_late: "Trễ hạn — resolved late",
};
const AFTER_SUPPLEMENT: Readonly<Record<string, string>> = {
  pause: "a supplement request pauses the clock; the due date moves later by the paused working time",
  restart: "the processing time restarts from zero once the complete supplement is received (Art. 19(5))",
};

/** The form's fields, found once. */
interface Fields {
  readonly received: HTMLInputElement;
  readonly amount: HTMLInputElement;
  readonly unit: HTMLSelectElement;
  readonly completed: HTMLInputElement;
  readonly supplementRequested: HTMLInputElement;
  readonly supplementCompleted: HTMLInputElement;
  readonly rules: HTMLSelectElement;
  readonly asOf: HTMLInputElement;
}

/** The result's elements. */
interface Outputs {
  readonly result: HTMLElement;
  readonly error: HTMLElement;
  readonly due: HTMLElement;
  readonly printed: HTMLElement;
  readonly verdict: HTMLElement;
  readonly describe: HTMLElement;
  readonly rules: HTMLElement;
  readonly clock: HTMLElement;
  readonly findings: HTMLElement;
}

function byId<T extends HTMLElement>(root: HTMLElement, id: string, type: new () => T): T {
  const el = root.querySelector(`#${id}`);
  if (!(el instanceof type)) throw new Error(`calculator: #${id} missing from the page`);
  return el;
}

/** "Thứ Tư 13/03/2024, 17:00" — an instant in Vietnam time, as a receipt slip writes it. */
function slipText(at: Instant): string {
  const p = vietnamParts(at);
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${WEEKDAYS_VI[p.dayOfWeek]} ${two(p.day)}/${two(p.month)}/${p.year}, ${two(p.hour)}:${two(p.minute)}`;
}

/** A `datetime-local` value, or `undefined` when empty. */
function optional(input: HTMLInputElement): string | undefined {
  return input.value === "" ? undefined : input.value;
}

/** The as-of instant: the field, else now — and never before an entered completion (so it counts). */
function asOfOf(fields: Fields, entered: readonly (string | undefined)[]): string {
  const given = optional(fields.asOf);
  if (given !== undefined) return given;
  let ms = Date.now();
  for (const value of entered) {
    if (value === undefined) continue;
    const at = toEpochMs(value);
    if (Number.isFinite(at) && at > ms) ms = at;
  }
  return formatInstant(ms);
}

/** Evaluates the form's dossier: the evaluation, or the message of the input's problem. */
function evaluateForm(fields: Fields, calendar: WorkingCalendar): { readonly evaluation: DossierEvaluation } | { readonly error: string } {
  const receivedAt = optional(fields.received);
  if (receivedAt === undefined) return { error: "Pick the receipt time (thời điểm tiếp nhận)." };
  if (fields.amount.value === "") return { error: "Enter the processing time (thời hạn giải quyết)." };
  const endedAt = optional(fields.completed);
  const requestedAt = optional(fields.supplementRequested);
  const completedAt = optional(fields.supplementCompleted);
  if (requestedAt === undefined && completedAt !== undefined) {
    return { error: "A supplement completion needs its request time (yêu cầu bổ sung)." };
  }
  const supplementRequests = requestedAt === undefined ? [] : [completedAt === undefined ? { requestedAt } : { requestedAt, completedAt }];
  const status = endedAt === undefined ? ("processing" as const) : ("done" as const);
  const dossier = { ...SAMPLE, status, receivedAt, supplementRequests, ...(endedAt === undefined ? {} : { endedAt }) };
  let asOf: string;
  try {
    asOf = asOfOf(fields, [receivedAt, endedAt, requestedAt, completedAt]);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  const result = safeEvaluateDossier(dossier, {
    asOf,
    calendar,
    processingTime: { value: Number(fields.amount.value), unit: fields.unit.value as TimeUnit },
    rules: fields.rules.value as RuleSetChoice,
  });
  return result.success ? { evaluation: result.data } : { error: result.error.message };
}

function render(fields: Fields, out: Outputs, result: ReturnType<typeof evaluateForm>): void {
  if ("error" in result) {
    out.result.hidden = true;
    out.error.hidden = false;
    out.error.textContent = result.error;
    return;
  }
  const e = result.evaluation;
  out.error.hidden = true;
  out.result.hidden = false;
  const due = e.originalDue;
  out.due.textContent = due === null ? "—" : slipText(due.at);
  out.due.dataset["at"] = due?.at ?? "";
  out.due.dataset["date"] = due?.date ?? "";
  const moved = due !== null && e.printedDue !== null && e.printedDue.at !== due.at;
  out.printed.textContent =
    e.printedDue === null
      ? "—"
      : moved
        ? `${slipText(e.printedDue.at)} — moved by the supplement to the date above`
        : `${slipText(e.printedDue.at)} (the same)`;
  out.verdict.textContent = VERDICT_LABELS[e.verdict] ?? e.verdict;
  out.verdict.dataset["verdict"] = e.verdict;
  out.describe.textContent = `${describeEvaluation(e)} · ${describeEvaluation(e, { lang: "en" })}`;
  const set = RULE_SETS.find((r) => r.id === e.rules);
  out.rules.dataset["rules"] = e.rules;
  const how = fields.rules.value === "auto" ? " (in force on the receipt date)" : " (chosen)";
  out.rules.textContent =
    set === undefined ? e.rules : `${set.id}${how} — ${set.authority}: ${AFTER_SUPPLEMENT[set.afterSupplement] ?? set.afterSupplement}`;
  const clock = e.clockStart === null ? "—" : slipText(e.clockStart);
  out.clock.textContent = e.restartedAt === null ? clock : `${clock}; restarted from zero ${slipText(e.restartedAt)}`;
  out.findings.replaceChildren(
    ...(e.findings.length === 0
      ? [Object.assign(document.createElement("li"), { textContent: "none" })]
      : e.findings.map((f) => Object.assign(document.createElement("li"), { textContent: `${f.code}: ${f.message} (${f.rule})` }))),
  );
  out.findings.dataset["codes"] = e.findings.map((f) => f.code).join(" ");
}

/** Wires the calculator into its form, if this page has one. */
function start(): void {
  const root = document.getElementById(ROOT_ID);
  if (root === null) return;
  const fields: Fields = {
    received: byId(root, "hcc-received", HTMLInputElement),
    amount: byId(root, "hcc-amount", HTMLInputElement),
    unit: byId(root, "hcc-unit", HTMLSelectElement),
    completed: byId(root, "hcc-completed", HTMLInputElement),
    supplementRequested: byId(root, "hcc-supplement-requested", HTMLInputElement),
    supplementCompleted: byId(root, "hcc-supplement-completed", HTMLInputElement),
    rules: byId(root, "hcc-rules", HTMLSelectElement),
    asOf: byId(root, "hcc-as-of", HTMLInputElement),
  };
  const out: Outputs = {
    result: byId(root, "hcc-result", HTMLElement),
    error: byId(root, "hcc-error", HTMLElement),
    due: byId(root, "hcc-due", HTMLElement),
    printed: byId(root, "hcc-printed", HTMLElement),
    verdict: byId(root, "hcc-verdict", HTMLElement),
    describe: byId(root, "hcc-describe", HTMLElement),
    rules: byId(root, "hcc-rules-used", HTMLElement),
    clock: byId(root, "hcc-clock", HTMLElement),
    findings: byId(root, "hcc-findings", HTMLElement),
  };
  // The unit names come from @hcc/core's code list, in both languages.
  for (const option of fields.unit.options) {
    const key = option.value as TimeUnit;
    option.textContent = `${timeUnits.label(key, "vi")} (${timeUnits.label(key, "en").toLowerCase()})`;
  }
  const calendar = vietnamCalendar();
  const update = (): void => render(fields, out, evaluateForm(fields, calendar));
  root.addEventListener("input", update);
  root.addEventListener("change", update);
  root.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  root.dataset["ready"] = "true";
  update();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
