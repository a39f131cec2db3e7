import { isReceivedStatus, type Dossier, type DossierStatus, type Procedure, type StepKind } from "@hcc/core";
import { createFinding, type Finding, type FindingInput } from "../finding.js";
import type { DossierRule, ProcedureRule } from "../rule-set.js";

/** The four steps of "4 tại chỗ", in order. */
export const FOUR_STEPS = Object.freeze(["receive", "appraise", "approve", "return"] as const);
/** One of the four steps. */
export type FourStep = (typeof FOUR_STEPS)[number];

export function isFourStep(kind: StepKind | undefined): kind is FourStep {
  return kind === "receive" || kind === "appraise" || kind === "approve" || kind === "return";
}

type Partial = Omit<FindingInput, "pillar" | "ruleId" | "subject">;

const WORKFLOW_ID = "on_the_spot.workflow";
const EVENTS_ID = "on_the_spot.events";

function workflowFinding(procedure: Procedure, input: Partial): Finding {
  return createFinding({ ...input, pillar: "on_the_spot", ruleId: WORKFLOW_ID, subject: { kind: "procedure", code: procedure.code } });
}

function checkWorkflow(procedure: Procedure): readonly Finding[] {
  const findings: Finding[] = [];
  if (procedure.cases.length === 0) {
    return [workflowFinding(procedure, { code: "on_the_spot.no_workflow", severity: "warning", path: ["cases"] })];
  }
  procedure.cases.forEach((c, i) => {
    if (!c.steps.some((s) => s.kind !== undefined)) {
      findings.push(workflowFinding(procedure, { code: "on_the_spot.no_workflow", severity: "warning", path: ["cases", i, "steps"], params: { case: c.id } }));
      return;
    }
    for (const kind of FOUR_STEPS) {
      let seen = false;
      c.steps.forEach((s, j) => {
        if (s.kind !== kind) return;
        seen = true;
        const path = ["cases", i, "steps", j, "place"];
        if (s.place === undefined) {
          findings.push(workflowFinding(procedure, { code: "on_the_spot.place_unknown", severity: "warning", path, params: { step: kind, case: c.id, stepName: s.name } }));
        } else if (s.place !== "center") {
          findings.push(
            workflowFinding(procedure, {
              code: "on_the_spot.step_off_site",
              severity: "error",
              path,
              params: { step: kind, place: s.place, case: c.id, stepName: s.name, ...(s.agencyCode === undefined ? {} : { agencyCode: s.agencyCode }) },
            }),
          );
        }
      });
      if (!seen) {
        findings.push(workflowFinding(procedure, { code: "on_the_spot.step_missing", severity: "error", path: ["cases", i, "steps"], params: { step: kind, case: c.id } }));
      }
    }
  });
  return findings;
}

/** Steps a dossier must have recorded, given its status. */
export function expectedSteps(status: DossierStatus): readonly FourStep[] {
  if (status === "returned") return FOUR_STEPS;
  if (status === "done") return ["receive", "appraise", "approve"];
  return isReceivedStatus(status) ? ["receive"] : [];
}

function dossierFinding(dossier: Dossier, input: Partial): Finding {
  return createFinding({ ...input, pillar: "on_the_spot", ruleId: EVENTS_ID, subject: { kind: "dossier", code: dossier.code } });
}

function checkEvents(dossier: Dossier): readonly Finding[] {
  if (!isReceivedStatus(dossier.status)) return [];
  if (dossier.events.length === 0) {
    return [dossierFinding(dossier, { code: "on_the_spot.no_events", severity: "warning", path: ["events"] })];
  }
  const findings: Finding[] = [];
  const seen = new Set<StepKind>();
  dossier.events.forEach((e, j) => {
    if (!isFourStep(e.step)) return;
    seen.add(e.step);
    if (e.place !== "center") {
      findings.push(
        dossierFinding(dossier, {
          code: "on_the_spot.step_off_site",
          severity: "error",
          path: ["events", j, "place"],
          params: { step: e.step, place: e.place, at: e.at, ...(e.agencyCode === undefined ? {} : { agencyCode: e.agencyCode }) },
        }),
      );
    }
  });
  for (const kind of expectedSteps(dossier.status)) {
    if (!seen.has(kind)) {
      findings.push(dossierFinding(dossier, { code: "on_the_spot.step_missing", severity: "warning", path: ["events"], params: { step: kind, status: dossier.status } }));
    }
  }
  return findings;
}

/** The built-in "4 tại chỗ" rule on a procedure's configured workflow. */
export const WORKFLOW_RULE: ProcedureRule = Object.freeze({
  id: WORKFLOW_ID,
  target: "procedure" as const,
  pillar: "on_the_spot" as const,
  sources: Object.freeze(["seed" as const]),
  title: Object.freeze({ vi: "4 tại chỗ: quy trình cấu hình", en: "4 on the spot: configured workflow" }),
  check: (procedure: Procedure) => checkWorkflow(procedure),
});

/** The built-in "4 tại chỗ" rule on a dossier's processing events. */
export const EVENTS_RULE: DossierRule = Object.freeze({
  id: EVENTS_ID,
  target: "dossier" as const,
  pillar: "on_the_spot" as const,
  sources: Object.freeze(["seed" as const]),
  title: Object.freeze({ vi: "4 tại chỗ: nhật ký xử lý hồ sơ", en: "4 on the spot: dossier processing events" }),
  check: (dossier: Dossier) => checkEvents(dossier),
});
