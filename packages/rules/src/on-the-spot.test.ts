import { describe, expect, it } from "vitest";
import type { DossierInput, ProcedureInput } from "@hcc/core";
import {
  DEFAULT_RULE_SET,
  ON_THE_SPOT_STEPS,
  checkCatalogueOnTheSpot,
  checkDossierOnTheSpot,
  checkDossiersOnTheSpot,
  checkWorkflowOnTheSpot,
  extendRuleSet,
  safeCheckDossierOnTheSpot,
} from "@hcc/rules";

type Place = "center" | "department" | "other";

function workflow(code: string, places: Partial<Record<(typeof ON_THE_SPOT_STEPS)[number], Place | null>> = {}): ProcedureInput {
  return {
    code,
    name: "Cấp giấy phép",
    cases: [
      {
        steps: ON_THE_SPOT_STEPS.flatMap((kind) => {
          const place = places[kind];
          if (place === null) return [];
          return [{ name: kind, kind, ...(place === undefined ? { place: "center" as const } : { place }), ...(place === "department" ? { agencyCode: "000.00.17.H48" } : {}) }];
        }),
      },
    ],
  };
}

function dossier(code: string, status: DossierInput["status"], places: Partial<Record<(typeof ON_THE_SPOT_STEPS)[number], Place>>, receivedAt = "2019-05-06T08:00"): DossierInput {
  return {
    code,
    procedureCode: "1.001612",
    agencyCode: "000.00.53.H07",
    status,
    receivedAt,
    events: Object.entries(places).map(([step, place], i) => ({
      step: step as (typeof ON_THE_SPOT_STEPS)[number],
      at: `2019-05-0${6 + i}T09:00`,
      place,
      ...(place === "department" ? { agencyCode: "000.00.17.H07" } : {}),
    })),
  };
}

describe("checkWorkflowOnTheSpot", () => {
  it("passes a workflow with the four steps at the center", () => {
    const r = checkWorkflowOnTheSpot(workflow("1.000001"));
    expect(r.onTheSpot).toBe(true);
    expect(r.findings).toEqual([]);
    expect(r.steps).toEqual({ receive: "center", appraise: "center", approve: "center", return: "center" });
  });

  it("reports the step that leaves the center and where it goes", () => {
    const r = checkWorkflowOnTheSpot(workflow("1.000001", { approve: "department" }));
    expect(r.onTheSpot).toBe(false);
    expect(r.steps.approve).toBe("off_site");
    const [f] = r.findings;
    expect(f?.code).toBe("on_the_spot.step_off_site");
    expect(f?.path).toEqual(["cases", 0, "steps", 2, "place"]);
    expect(f?.params).toMatchObject({ step: "approve", place: "department", agencyCode: "000.00.17.H48" });
    expect(f?.message.vi).toBe('Bước "Phê duyệt" thực hiện tại sở, ngành (000.00.17.H48), không tại Trung tâm');
  });

  it("reports missing steps and steps without a place", () => {
    const r = checkWorkflowOnTheSpot(workflow("1.000001", { appraise: null, return: "other" }));
    expect(r.findings.map((f) => [f.code, f.params.step])).toEqual([
      ["on_the_spot.step_missing", "appraise"],
      ["on_the_spot.step_off_site", "return"],
    ]);
    expect(r.steps).toEqual({ receive: "center", appraise: "missing", approve: "center", return: "off_site" });
    const unknown = checkWorkflowOnTheSpot({ code: "1.000002", name: "X", cases: [{ steps: ON_THE_SPOT_STEPS.map((kind) => ({ name: kind, kind })) }] });
    expect(unknown.onTheSpot).toBe(false);
    expect(unknown.findings.every((f) => f.code === "on_the_spot.place_unknown" && f.severity === "warning")).toBe(true);
    expect(unknown.steps.receive).toBe("unknown");
  });

  it("cannot confirm a procedure without a typed workflow", () => {
    const none = checkWorkflowOnTheSpot({ code: "1.000003", name: "X" });
    expect(none.findings.map((f) => [f.code, f.path])).toEqual([["on_the_spot.no_workflow", ["cases"]]]);
    expect(none.steps.approve).toBe("unknown");
    const untyped = checkWorkflowOnTheSpot({ code: "1.000003", name: "X", cases: [{ steps: [{ name: "Nộp hồ sơ" }] }] });
    expect(untyped.findings.map((f) => [f.code, f.path])).toEqual([["on_the_spot.no_workflow", ["cases", 0, "steps"]]]);
    expect(untyped.onTheSpot).toBe(false);
  });
});

describe("checkDossierOnTheSpot", () => {
  it("passes a returned dossier processed entirely at the center", () => {
    const r = checkDossierOnTheSpot(dossier("D-1", "returned", { receive: "center", appraise: "center", approve: "center", return: "center" }));
    expect(r.onTheSpot).toBe(true);
    expect(r.applicable).toBe(true);
  });

  it("reports where an event left the center", () => {
    const r = checkDossierOnTheSpot(dossier("D-2", "returned", { receive: "center", appraise: "department", approve: "department", return: "center" }));
    expect(r.onTheSpot).toBe(false);
    expect(r.findings.map((f) => [f.code, f.params.step, f.params.place, f.params.agencyCode])).toEqual([
      ["on_the_spot.step_off_site", "appraise", "department", "000.00.17.H07"],
      ["on_the_spot.step_off_site", "approve", "department", "000.00.17.H07"],
    ]);
    expect(r.findings[0]?.subject).toEqual({ kind: "dossier", code: "D-2" });
    expect(r.findings[0]?.path).toEqual(["events", 1, "place"]);
  });

  it("expects the steps the status requires and leaves the rest pending", () => {
    const inProgress = checkDossierOnTheSpot(dossier("D-3", "processing", { receive: "center" }));
    expect(inProgress.onTheSpot).toBe(true);
    expect(inProgress.steps).toEqual({ receive: "center", appraise: "pending", approve: "pending", return: "pending" });
    const done = checkDossierOnTheSpot(dossier("D-4", "done", { receive: "center", approve: "center" }));
    expect(done.findings.map((f) => [f.code, f.params.step])).toEqual([["on_the_spot.step_missing", "appraise"]]);
    expect(done.steps.appraise).toBe("missing");
    const returned = checkDossierOnTheSpot(dossier("D-5", "returned", { receive: "center", appraise: "center", approve: "center" }));
    expect(returned.findings.map((f) => f.params.step)).toEqual(["return"]);
  });

  it("is not applicable to a dossier never received, and cannot confirm one without events", () => {
    const r = checkDossierOnTheSpot(dossier("D-6", "not_received", {}));
    expect(r.applicable).toBe(false);
    expect(r.onTheSpot).toBe(false);
    expect(r.findings).toEqual([]);
    const blind = checkDossierOnTheSpot(dossier("D-7", "received", {}));
    expect(blind.findings.map((f) => f.code)).toEqual(["on_the_spot.no_events"]);
    expect(blind.steps.receive).toBe("unknown");
  });

  it("judges a dossier by the rule set in force on its receipt day", () => {
    const v2 = extendRuleSet(DEFAULT_RULE_SET, { id: "no-dossier-check", effectiveFrom: "2025-07-01", remove: ["on_the_spot.events"] });
    const sets = [DEFAULT_RULE_SET, v2];
    const off = { receive: "department" as const };
    expect(checkDossierOnTheSpot(dossier("D-8", "received", off, "2025-06-30T16:00"), { ruleSet: sets }).onTheSpot).toBe(false);
    const later = checkDossierOnTheSpot(dossier("D-9", "received", off, "2025-07-01T08:00"), { ruleSet: sets });
    expect(later.ruleSetId).toBe("no-dossier-check");
    expect(later.onTheSpot).toBe(true);
    // Without a receipt time, the first event dates the dossier; with nothing at all, `at` is required.
    const { receivedAt: _r, ...unreceived } = dossier("D-10", "registered", { receive: "center" }, "2025-07-02T08:00");
    expect(checkDossierOnTheSpot(unreceived, { ruleSet: sets }).applicable).toBe(false);
    expect(() => checkDossierOnTheSpot({ code: "D-11", procedureCode: "1", agencyCode: "A", status: "registered" }, { ruleSet: sets })).toThrow(/pass the `at` option/);
    expect(checkDossierOnTheSpot({ code: "D-11", procedureCode: "1", agencyCode: "A", status: "registered" }, { ruleSet: sets, at: "2025-07-02" }).ruleSetId).toBe("no-dossier-check");
  });

  it("validates its input", () => {
    expect(() => checkDossierOnTheSpot({ code: "X" } as never)).toThrow(/Invalid dossier/);
    expect(safeCheckDossierOnTheSpot({ code: "X" }).error?.code).toBe("invalid_input");
    expect(safeCheckDossierOnTheSpot(dossier("D", "received", { receive: "center" })).success).toBe(true);
  });
});

describe("catalogue and dossier-set shares", () => {
  it("summarises a catalogue: share, per-step counts and destinations", () => {
    const s = checkCatalogueOnTheSpot([
      workflow("1.000001"),
      workflow("1.000002", { appraise: "department", approve: "department" }),
      workflow("1.000003", { appraise: "department" }),
      workflow("1.000004", { return: null }),
    ]);
    expect(s.checked).toBe(4);
    expect(s.onTheSpot).toEqual({ numerator: 1, denominator: 4, ratio: 0.25 });
    expect(s.offSiteByStep).toEqual({ receive: 0, appraise: 2, approve: 1, return: 0 });
    expect(s.missingByStep).toEqual({ receive: 0, appraise: 0, approve: 0, return: 1 });
    expect(s.destinations).toEqual([
      { step: "appraise", place: "department", agencyCode: "000.00.17.H48", count: 2 },
      { step: "approve", place: "department", agencyCode: "000.00.17.H48", count: 1 },
    ]);
    expect(s.itemsByCode).toEqual({ "on_the_spot.step_off_site": 2, "on_the_spot.step_missing": 1 });
  });

  it("summarises dossiers, excluding those never received", () => {
    const s = checkDossiersOnTheSpot([
      dossier("D-1", "returned", { receive: "center", appraise: "center", approve: "center", return: "center" }),
      dossier("D-2", "returned", { receive: "center", appraise: "other", approve: "center", return: "center" }),
      dossier("D-3", "registered", {}),
    ]);
    expect(s.checked).toBe(2);
    expect(s.notApplicable).toBe(1);
    expect(s.onTheSpot.ratio).toBe(0.5);
    expect(s.destinations).toEqual([{ step: "appraise", place: "other", count: 1 }]);
    expect(checkDossiersOnTheSpot([]).onTheSpot.ratio).toBeNull();
  });

  it("names the bad item's index", () => {
    expect(() => checkDossiersOnTheSpot([{ code: "X" } as never])).toThrow(/Dossier #0/);
    expect(() => checkCatalogueOnTheSpot([workflow("1.000001"), {} as never])).toThrow(/Procedure #1/);
    expect(() => checkCatalogueOnTheSpot(null as never)).toThrow(/expects an array/);
  });
});
