// Test-only: the worked scenarios of docs/sla.md. Each one is run by scenarios.test.ts against the
// real vietnamCalendar(), and the docs table is checked against this list (same ids, same due and
// verdict). Every expected value below was derived by hand from the official days off (see the
// comment on each), not copied from the library's output.
import type { DossierInput } from "@hcc/core";
import type { EvaluateOptions, Verdict } from "@hcc/sla";

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly dossier: Partial<DossierInput> & { receivedAt?: string };
  readonly options: Partial<Omit<EvaluateOptions, "calendar">>;
  readonly expect: {
    /** originalDue.at as "YYYY-MM-DD HH:mm" (Vietnam time). */
    readonly due: string;
    readonly verdict: Verdict;
    readonly clockStart?: string;
    readonly printedDue?: string;
    readonly currentDue?: string;
    readonly pausedMinutes?: number;
    readonly text?: { readonly vi: string; readonly en: string };
    readonly legs?: readonly { readonly due: string; readonly verdict: Verdict }[];
  };
}

const wd = (value: number) => ({ value, unit: "working_days" as const });
const wh = (value: number) => ({ value, unit: "working_hours" as const });

export const SCENARIOS: readonly Scenario[] = [
  // Fri 8/3/2024. Working days after Fri 8: Mon 11 (1), Tue 12 (2), Wed 13 (3).
  { id: "S01", title: "Received Friday 16:59, 3 working days", dossier: { receivedAt: "2024-03-08T16:59" }, options: { processingTime: wd(3), asOf: "2024-03-13T12:00" },
    expect: { due: "2024-03-13 17:00", verdict: "in_progress_within", clockStart: "2024-03-08 16:59" } },
  { id: "S02", title: "Received Friday 17:01 (after closing), 3 working days", dossier: { receivedAt: "2024-03-08T17:01" }, options: { processingTime: wd(3), asOf: "2024-03-13T12:00" },
    expect: { due: "2024-03-13 17:00", verdict: "in_progress_within", clockStart: "2024-03-11 07:00" } },
  // Hour-based: Fri 16:59–17:00 (1 min) + Mon 8 h + Tue 8 h + Wed 7 h 59 → Wed 16:59.
  { id: "S03", title: "Friday 16:59, hour-based (3 × 8 h)", dossier: { receivedAt: "2024-03-08T16:59" }, options: { processingTime: wd(3), convention: "hour", asOf: "2024-03-13T12:00" },
    expect: { due: "2024-03-13 16:59", verdict: "in_progress_within" } },
  { id: "S04", title: "Friday 17:01, hour-based: same date as day-based", dossier: { receivedAt: "2024-03-08T17:01" }, options: { processingTime: wd(3), convention: "hour", asOf: "2024-03-13T12:00" },
    expect: { due: "2024-03-13 17:00", verdict: "in_progress_within" } },
  // Sat 9/3: Mon 11 (1), Tue 12 (2), Wed 13 (3).
  { id: "S05", title: "Received on a Saturday", dossier: { receivedAt: "2024-03-09T10:00" }, options: { processingTime: wd(3), asOf: "2024-03-13T12:00" },
    expect: { due: "2024-03-13 17:00", verdict: "in_progress_within", clockStart: "2024-03-11 07:00" } },
  // Mon 11/3 06:30: the receipt day is not counted → Tue 12 (1), Wed 13 (2), Thu 14 (3).
  { id: "S06", title: "Received 06:30 on a Monday (day-based)", dossier: { receivedAt: "2024-03-11T06:30" }, options: { processingTime: wd(3), asOf: "2024-03-14T12:00" },
    expect: { due: "2024-03-14 17:00", verdict: "in_progress_within", clockStart: "2024-03-11 07:00" } },
  // Hour-based counts Monday as day 1: 07:00 Mon + 24 h → Wed 17:00 (the one documented difference).
  { id: "S07", title: "Received 06:30 on a Monday (hour-based)", dossier: { receivedAt: "2024-03-11T06:30" }, options: { processingTime: wd(3), convention: "hour", asOf: "2024-03-14T12:00" },
    expect: { due: "2024-03-13 17:00", verdict: "in_progress_overdue", clockStart: "2024-03-11 07:00" } },
  // Thu 18/4/2024 Hùng Kings' day: Fri 19 (1), Mon 22 (2), Tue 23 (3).
  { id: "S08", title: "Received on a holiday (Hùng Kings' day 2024)", dossier: { receivedAt: "2024-04-18T09:00" }, options: { processingTime: wd(3), asOf: "2024-04-23T12:00" },
    expect: { due: "2024-04-23 17:00", verdict: "in_progress_within", clockStart: "2024-04-19 07:00" } },
  // Fri 25/4/2025, eve of the make-up Saturday 26/4: Sat 26 (1), Mon 28 (2), Tue 29 (3).
  { id: "S09", title: "Received on the eve of a make-up Saturday (25/4/2025)", dossier: { receivedAt: "2025-04-25T10:00" }, options: { processingTime: wd(3), asOf: "2025-04-29T12:00" },
    expect: { due: "2025-04-29 17:00", verdict: "in_progress_within" } },
  // Sat 26/4/2025 is a working day: clock starts at once; Mon 28 (1), Tue 29 (2), [30/4, 1/5, 2/5 off], Mon 5/5 (3).
  { id: "S10", title: "Received on the make-up Saturday 26/4/2025", dossier: { receivedAt: "2025-04-26T09:00" }, options: { processingTime: wd(3), asOf: "2025-05-05T12:00" },
    expect: { due: "2025-05-05 17:00", verdict: "in_progress_within", clockStart: "2025-04-26 09:00" } },
  // Tue 29/4/2025: 30/4, 1/5 holidays, 2/5 swapped off, weekend → Mon 5/5 (1), Tue 6/5 (2), Wed 7/5 (3).
  { id: "S11", title: "Across the 30/4–1/5/2025 swap", dossier: { receivedAt: "2025-04-29T10:00" }, options: { processingTime: wd(3), asOf: "2025-05-07T12:00" },
    expect: { due: "2025-05-07 17:00", verdict: "in_progress_within" } },
  // Wed 7/2/2024, Tết off Thu 8/2 – Wed 14/2: Thu 15 (1), Fri 16 (2), Mon 19 (3).
  { id: "S12", title: "Received the day before Tết 2024", dossier: { receivedAt: "2024-02-07T10:00" }, options: { processingTime: wd(3), asOf: "2024-02-19T12:00" },
    expect: { due: "2024-02-19 17:00", verdict: "in_progress_within" } },
  // Sat 10/2/2024 (Mùng 1): clock starts Thu 15/2; Thu 15 (1), Fri 16 (2), Mon 19 (3).
  { id: "S13", title: "Received during Tết 2024 (online, on Mùng 1)", dossier: { receivedAt: "2024-02-10T20:00", channel: "online" }, options: { processingTime: wd(3), asOf: "2024-02-19T12:00" },
    expect: { due: "2024-02-19 17:00", verdict: "in_progress_within", clockStart: "2024-02-15 07:00" } },
  // Mon 29/4/2024 is a bridge day (swapped with Sat 4/5): 30/4, 1/5 holidays → Thu 2/5 (1), Fri 3/5 (2), Sat 4/5 make-up (3).
  { id: "S14", title: "Received on a bridge day (29/4/2024)", dossier: { receivedAt: "2024-04-29T09:00" }, options: { processingTime: wd(3), asOf: "2024-05-04T10:00" },
    expect: { due: "2024-05-04 17:00", verdict: "in_progress_within", clockStart: "2024-05-02 07:00" } },
  // 09:00–11:30 = 2 h 30, then 13:30 + 1 h 30 → 15:00.
  { id: "S15", title: "4 working hours across the lunch break", dossier: { receivedAt: "2024-03-11T09:00" }, options: { processingTime: wh(4), asOf: "2024-03-11T14:00" },
    expect: { due: "2024-03-11 15:00", verdict: "in_progress_within", text: { vi: "còn 1 giờ", en: "1 hour left" } } },
  { id: "S16", title: "Received in the lunch break, 2 working hours", dossier: { receivedAt: "2024-03-11T12:15" }, options: { processingTime: wh(2), asOf: "2024-03-11T16:00" },
    expect: { due: "2024-03-11 15:30", verdict: "in_progress_within", clockStart: "2024-03-11 13:30" } },
  // Fri 14:00–17:00 = 3 h; Mon 07:00–11:30 = 4 h 30; 13:30 + 30 min → 14:00. Ended Mon 14:30 → same date: on time.
  { id: "S17", title: "8 working hours over a weekend, ended 30 min after the due instant", dossier: { receivedAt: "2024-03-08T14:00", status: "done", endedAt: "2024-03-11T14:30" }, options: { processingTime: wh(8), asOf: "2024-03-12T17:00" },
    expect: { due: "2024-03-11 14:00", verdict: "resolved_on_time" } },
  { id: "S18", title: "Same as S17 with the instant comparator", dossier: { receivedAt: "2024-03-08T14:00", status: "done", endedAt: "2024-03-11T14:30" }, options: { processingTime: wh(8), comparator: "instant", asOf: "2024-03-12T17:00" },
    expect: { due: "2024-03-11 14:00", verdict: "resolved_late" } },
  // "Same day; next working day if received after 15:00."
  { id: "S19", title: "15:00 cut-off, received 14:30 (same day)", dossier: { receivedAt: "2024-03-11T14:30" }, options: { processingTime: wd(0), cutoff: "15:00", asOf: "2024-03-11T16:00" },
    expect: { due: "2024-03-11 17:00", verdict: "in_progress_within", clockStart: "2024-03-11 14:30" } },
  { id: "S20", title: "15:00 cut-off, received 15:20 (next working day)", dossier: { receivedAt: "2024-03-11T15:20" }, options: { processingTime: wd(0), cutoff: "15:00", asOf: "2024-03-11T16:00" },
    expect: { due: "2024-03-12 17:00", verdict: "in_progress_within", clockStart: "2024-03-12 07:00" } },
  // Fri 15:30 after a 15:00 cut-off counts from Mon 11 → 1 working day → Tue 12.
  { id: "S21", title: "15:00 cut-off on a Friday, 1 working day", dossier: { receivedAt: "2024-03-08T15:30" }, options: { processingTime: wd(1), cutoff: "15:00", asOf: "2024-03-12T10:00" },
    expect: { due: "2024-03-12 17:00", verdict: "in_progress_within" } },
  // 20/4/2025 + 10 days = Wed 30/4 (holiday) → 1/5 holiday, 2/5 bridge, weekend → Mon 5/5.
  { id: "S22", title: "10 calendar days ending on a holiday (30/4/2025)", dossier: { receivedAt: "2025-04-20T10:00", channel: "online" }, options: { processingTime: { value: 10, unit: "calendar_days" }, asOf: "2025-05-05T12:00" },
    expect: { due: "2025-05-05 17:00", verdict: "in_progress_within" } },
  // 31/7/2024 + 1 month = Sat 31/8 → Mon 2/9, Tue 3/9 National Day → Wed 4/9.
  { id: "S23", title: "1 month from 31/7/2024, ending on the 31st (a Saturday) before National Day", dossier: { receivedAt: "2024-07-31T10:00" }, options: { processingTime: { value: 1, unit: "months" }, asOf: "2024-09-04T12:00" },
    expect: { due: "2024-09-04 17:00", verdict: "in_progress_within" } },
  // 31/1/2024 + 1 month → clamped to Thu 29/2/2024 (leap year), a working day.
  { id: "S24", title: "1 month from 31/1/2024 (clamped to 29/2)", dossier: { receivedAt: "2024-01-31T10:00" }, options: { processingTime: { value: 1, unit: "months" }, asOf: "2024-02-29T12:00" },
    expect: { due: "2024-02-29 17:00", verdict: "in_progress_within" } },
  // Printed due (5 wd after Mon 11/3): Mon 18/3 17:00. Pauses: supplement Tue 12/3 09:00–15:00 = 4 h;
  // financial obligation Wed 13/3 14:00 – Thu 14/3 08:00 = 3 h + 1 h = 4 h (excluded by this procedure).
  // 8 h → due Tue 19/3 17:00. Ended 19/3 10:00 → on time.
  { id: "S25", title: "Two pauses (supplement + financial obligation) move the due date a day", dossier: {
      receivedAt: "2024-03-11T09:00", status: "done", endedAt: "2024-03-19T10:00",
      pauses: [{ kind: "supplement", from: "2024-03-12T09:00", to: "2024-03-12T15:00" }, { kind: "financial_obligation", from: "2024-03-13T14:00", to: "2024-03-14T08:00" }],
    }, options: { processingTime: wd(5), excludedPauseKinds: ["supplement", "financial_obligation"], asOf: "2024-03-20T17:00" },
    expect: { due: "2024-03-19 17:00", printedDue: "2024-03-18 17:00", pausedMinutes: 480, verdict: "resolved_on_time" } },
  // Same dossier, procedure excludes only supplements: 4 h → due Tue 19/3 11:00; ended 10:00 → on time.
  { id: "S26", title: "Same two pauses, only supplements excluded (default)", dossier: {
      receivedAt: "2024-03-11T09:00", status: "done", endedAt: "2024-03-19T10:00",
      pauses: [{ kind: "supplement", from: "2024-03-12T09:00", to: "2024-03-12T15:00" }, { kind: "financial_obligation", from: "2024-03-13T14:00", to: "2024-03-14T08:00" }],
    }, options: { processingTime: wd(5), asOf: "2024-03-20T17:00" },
    expect: { due: "2024-03-19 11:00", pausedMinutes: 240, verdict: "resolved_on_time" } },
  // Overlap: a supplement request 12/3 09:00–15:00, the same interval as a pause, and an excluded
  // consultation 13:30–16:00 → union 09:00–16:00 = 2 h 30 + 2 h 30 = 5 h. Printed due Mon 18/3 17:00 + 5 h of working
  // time: Tue 07:00 + 4 h 30 = 11:30, then 30 min after 13:30 → Tue 19/3 14:00.
  { id: "S27", title: "Overlapping pauses count once", dossier: {
      receivedAt: "2024-03-11T09:00",
      supplementRequests: [{ requestedAt: "2024-03-12T09:00", completedAt: "2024-03-12T15:00" }],
      pauses: [{ kind: "supplement", from: "2024-03-12T09:00", to: "2024-03-12T15:00" }, { kind: "consultation", from: "2024-03-12T13:30", to: "2024-03-12T16:00" }],
    }, options: { processingTime: wd(5), excludedPauseKinds: ["supplement", "consultation"], asOf: "2024-03-19T12:00" },
    expect: { due: "2024-03-19 14:00", pausedMinutes: 300, verdict: "in_progress_within" } },
  // Printed due Thu 14/3 17:00. Open supplement since Tue 12/3 10:00, as-of Fri 15/3 10:00:
  // 5 h + 8 h + 8 h + 3 h = 24 h → due Tue 19/3 17:00: within (it would be overdue without the pause).
  { id: "S28", title: "An open supplement pause at as-of", dossier: {
      receivedAt: "2024-03-11T09:00", status: "supplement_requested",
      supplementRequests: [{ requestedAt: "2024-03-12T10:00" }],
    }, options: { processingTime: wd(3), asOf: "2024-03-15T10:00" },
    expect: { due: "2024-03-19 17:00", printedDue: "2024-03-14 17:00", pausedMinutes: 1440, verdict: "in_progress_within" } },
  // Two supplement requests (1 h each) → late in national statistics although ended early.
  // Printed due Mon 18/3 17:00 + 2 h → Tue 19/3 09:00. Early by Thu 14/3 10:00–17:00 (5 h) + 8 h + 8 h + 2 h = 2 days 7 hours.
  { id: "S29", title: "A second supplement request → late", dossier: {
      receivedAt: "2024-03-11T09:00", status: "returned", endedAt: "2024-03-14T10:00",
      supplementRequests: [{ requestedAt: "2024-03-12T09:00", completedAt: "2024-03-12T10:00" }, { requestedAt: "2024-03-13T09:00", completedAt: "2024-03-13T10:00" }],
    }, options: { processingTime: wd(5), asOf: "2024-03-20T17:00" },
    expect: { due: "2024-03-19 09:00", printedDue: "2024-03-18 17:00", pausedMinutes: 120, verdict: "resolved_late" } },
  { id: "S30", title: "Same, with lateIfMultipleSupplements: false", dossier: {
      receivedAt: "2024-03-11T09:00", status: "returned", endedAt: "2024-03-14T10:00",
      supplementRequests: [{ requestedAt: "2024-03-12T09:00", completedAt: "2024-03-12T10:00" }, { requestedAt: "2024-03-13T09:00", completedAt: "2024-03-13T10:00" }],
    }, options: { processingTime: wd(5), lateIfMultipleSupplements: false, asOf: "2024-03-20T17:00" },
    expect: { due: "2024-03-19 09:00", verdict: "resolved_early", text: { vi: "trước hạn 2 ngày 7 giờ", en: "2 days 7 hours early" } } },
  // Due Thu 14/3; apology letter on 14/3 with a new date Wed 20/3; ended Tue 19/3 → late against the original.
  { id: "S31", title: "Extension (apology letter): the original due date stays the reference", dossier: {
      receivedAt: "2024-03-11T09:00", status: "done", endedAt: "2024-03-19T10:00",
      extensions: [{ at: "2024-03-14T15:00", newDueAt: "2024-03-20T17:00", reason: "Chờ ý kiến liên ngành" }],
    }, options: { processingTime: wd(3), asOf: "2024-03-20T17:00" },
    expect: { due: "2024-03-14 17:00", currentDue: "2024-03-20 17:00", verdict: "resolved_late", text: { vi: "trễ hạn 2 ngày 3 giờ", en: "2 days 3 hours late" } } },
  { id: "S32", title: "Same, judged against the new date", dossier: {
      receivedAt: "2024-03-11T09:00", status: "done", endedAt: "2024-03-19T10:00",
      extensions: [{ at: "2024-03-14T15:00", newDueAt: "2024-03-20T17:00" }],
    }, options: { processingTime: wd(3), judgeAgainst: "extension", asOf: "2024-03-20T17:00" },
    expect: { due: "2024-03-14 17:00", currentDue: "2024-03-20 17:00", verdict: "resolved_early" } },
  // Leg 1 (2 wd from Mon 11/3): Wed 13/3, ended 13/3 16:00 → on time. Leg 2 (3 wd from Wed 13/3 16:00):
  // Thu 14 (1), Fri 15 (2), Mon 18 (3); ended Tue 19/3 09:00 → late. Overall: planned chain 13/3 → 18/3; ended 19/3 → late.
  { id: "S33", title: "Two-leg inter-agency (liên thông) dossier", dossier: {
      receivedAt: "2024-03-11T09:00", status: "done", endedAt: "2024-03-19T09:00",
      legs: [
        { agencyCode: "000.00.17.H48", processingTime: wd(2), endedAt: "2024-03-13T16:00" },
        { agencyCode: "000.00.25.H48", processingTime: wd(3), receivedAt: "2024-03-13T16:00", endedAt: "2024-03-19T09:00" },
      ],
    }, options: { asOf: "2024-03-20T17:00" },
    expect: { due: "2024-03-18 17:00", verdict: "resolved_late", legs: [{ due: "2024-03-13 17:00", verdict: "resolved_on_time" }, { due: "2024-03-18 17:00", verdict: "resolved_late" }] } },
  // Due Thu 14/3. Events: done 14/3 16:00, returned 15/3 09:00 → done wins: on time.
  { id: "S34", title: "Terminal-status precedence: done wins over returned", dossier: {
      receivedAt: "2024-03-11T09:00", status: "returned", endedAt: "2024-03-15T09:00",
      events: [
        { step: "approve", at: "2024-03-14T16:00", place: "department", status: "done" },
        { step: "return", at: "2024-03-15T09:00", place: "center", status: "returned" },
      ],
    }, options: { processingTime: wd(3), asOf: "2024-03-20T17:00" },
    expect: { due: "2024-03-14 17:00", verdict: "resolved_on_time" } },
  // No recorded due date (dueSource "recorded"): net working time 11/3 09:00 → 14/3 16:00 = 6 + 8 + 8 + 7 = 29 h > 24 h → late.
  { id: "S35", title: "No due date: judged by net working time ≤ the maximum", dossier: { receivedAt: "2024-03-11T09:00", status: "done", endedAt: "2024-03-14T16:00" },
    options: { processingTime: wd(3), dueSource: "recorded", asOf: "2024-03-20T17:00" },
    expect: { due: "—", verdict: "resolved_late" } },
  // Due Thu 14/3 17:00; as-of Fri 15/3 10:00 → 3 working hours overdue.
  { id: "S36", title: "In progress past the due date", dossier: { receivedAt: "2024-03-11T09:00" }, options: { processingTime: wd(3), asOf: "2024-03-15T10:00" },
    expect: { due: "2024-03-14 17:00", verdict: "in_progress_overdue", text: { vi: "quá hạn 3 giờ", en: "3 hours overdue" } } },
  // As-of Tue 12/3 14:00: 3 h + Wed 8 h + Thu 8 h = 19 h = 2 days 3 hours.
  { id: "S37", title: "In progress, time left", dossier: { receivedAt: "2024-03-11T09:00" }, options: { processingTime: wd(3), asOf: "2024-03-12T14:00" },
    expect: { due: "2024-03-14 17:00", verdict: "in_progress_within", text: { vi: "còn 2 ngày 3 giờ", en: "2 days 3 hours left" } } },
  // Due Thu 14/3 17:00; as-of Fri 15/3 17:00: one full working day (8 h) overdue.
  { id: "S38", title: "One day overdue", dossier: { receivedAt: "2024-03-11T09:00" }, options: { processingTime: wd(3), asOf: "2024-03-15T17:00" },
    expect: { due: "2024-03-14 17:00", verdict: "in_progress_overdue", text: { vi: "quá hạn 1 ngày", en: "1 day overdue" } } },
  { id: "S39", title: "Not received (status 3)", dossier: { receivedAt: "2024-03-11T09:00", status: "not_received" }, options: { processingTime: wd(3), asOf: "2024-03-15T17:00" },
    expect: { due: "—", verdict: "not_received", text: { vi: "chưa tiếp nhận", en: "not received" } } },
  // Same instant as S01 given in UTC: 09:59Z = 16:59 in Vietnam.
  { id: "S40", title: "Receipt given in UTC (2024-03-08T09:59Z = Friday 16:59)", dossier: { receivedAt: "2024-03-08T09:59:00Z" }, options: { processingTime: wd(3), asOf: "2024-03-13T12:00" },
    expect: { due: "2024-03-13 17:00", verdict: "in_progress_within", clockStart: "2024-03-08 16:59" } },
  // Fri 24/1/2025; Tết off Mon 27/1 – Fri 31/1 → Mon 3/2 (1) … Fri 7/2 (5).
  { id: "S41", title: "Before Tết 2025, 5 working days", dossier: { receivedAt: "2025-01-24T10:00" }, options: { processingTime: wd(5), asOf: "2025-02-07T12:00" },
    expect: { due: "2025-02-07 17:00", verdict: "in_progress_within" } },
  // Fri 29/8/2025; Mon 1/9 and Tue 2/9 off → Wed 3/9 (1), Thu 4/9 (2).
  { id: "S42", title: "Before National Day 2025, 2 working days", dossier: { receivedAt: "2025-08-29T10:00" }, options: { processingTime: wd(2), asOf: "2025-09-04T12:00" },
    expect: { due: "2025-09-04 17:00", verdict: "in_progress_within" } },
  // Due Thu 14/3; done Wed 13/3 → early by Thu's 8 h plus Wed 16:00–17:00 = 9 h = 1 day 1 hour.
  { id: "S43", title: "Resolved early", dossier: { receivedAt: "2024-03-11T09:00", status: "done", endedAt: "2024-03-13T16:00" }, options: { processingTime: wd(3), asOf: "2024-03-20T17:00" },
    expect: { due: "2024-03-14 17:00", verdict: "resolved_early", text: { vi: "trước hạn 1 ngày 1 giờ", en: "1 day 1 hour early" } } },
];
