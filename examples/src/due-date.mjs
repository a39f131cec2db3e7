// Compute the due date (ngày hẹn trả) printed on the receipt slip of a new dossier, then follow the
// dossier while it waits for a supplement. Run: node examples/src/due-date.mjs (after `npm run build`).
import { vietnamCalendar } from "@hcc/calendar";
import { computeDueDate, describeEvaluation, evaluateDossier } from "@hcc/sla";

const calendar = vietnamCalendar();

// Received on Friday 25 April 2025 at 16:30, just before the 30/4–1/5 holidays and the 2/5 bridge
// day (made up on Saturday 26 April): a 5-working-day procedure.
const due = computeDueDate("2025-04-25T16:30", { value: 5, unit: "working_days" }, { calendar });
console.log(`Hẹn trả / due: ${due.date} (${due.at})`);

// The same dossier, with a supplement request that paused the clock for three days.
const evaluation = evaluateDossier(
  {
    code: "000.00.53.H61-250425-0042",
    procedureCode: "1.001612",
    agencyCode: "000.00.53.H61",
    status: "processing",
    receivedAt: "2025-04-25T16:30",
    pauses: [{ kind: "supplement", from: "2025-05-05T09:00", to: "2025-05-08T09:00" }],
    supplementRequests: [{ requestedAt: "2025-05-05T09:00", completedAt: "2025-05-08T09:00" }],
  },
  { asOf: "2025-05-09T10:00", calendar, processingTime: { value: 5, unit: "working_days" } },
);
console.log(
  `After the pause: due ${evaluation.currentDue?.date}, ${evaluation.verdict}, ` +
    `${describeEvaluation(evaluation)} / ${describeEvaluation(evaluation, { lang: "en" })}`,
);
