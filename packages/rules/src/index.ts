/**
 * `@hcc/rules` — validators for Vietnam's "3 giảm, 4 tại chỗ, 8 công khai" model: the eight public
 * disclosures of every procedure (with the Decree 63/2010 Art. 8(2) strict check and Decision 766
 * indicator 1.3), the four steps on the spot at the center, and the three reductions (procedures,
 * time, cost) between two catalogue versions, with a compliance-cost model. Findings are data with
 * stable codes and vi/en messages; rule sets are pluggable and versioned by date.
 *
 * @packageDocumentation
 */

export { FINDING_CODES, createFinding, findingMessage, findingTitle, isFindingCode } from "./finding.js";
export type {
  DisclosureReason,
  FieldPath,
  Finding,
  FindingCode,
  FindingInput,
  FindingParams,
  FindingSubject,
  Pillar,
  Severity,
} from "./finding.js";

export { DEFAULT_NONE_STATEMENTS, DEFAULT_PLACEHOLDERS, classifyText, isPlaceholder, normalizeText } from "./placeholders.js";
export type { PlaceholderOptions, TextKind } from "./placeholders.js";

export { defineRuleSet, extendRuleSet, ruleSetInForce } from "./rule-set.js";
export type {
  DisclosureItem,
  DossierRule,
  ProcedureRule,
  Rule,
  RuleContext,
  RuleSet,
  RuleSetExtension,
  RuleSetInput,
  RuleSource,
} from "./rule-set.js";

export { DEFAULT_RULE_SET } from "./default-rule-set.js";

export type { Share } from "./share.js";

export { checkCatalogueDisclosure, checkPublicDisclosure, indicator13, safeCheckPublicDisclosure } from "./disclosure.js";
export type { CatalogueDisclosure, Indicator13, PublicDisclosureOptions, PublicDisclosureResult } from "./disclosure.js";

export {
  ON_THE_SPOT_STEPS,
  checkCatalogueOnTheSpot,
  checkDossierOnTheSpot,
  checkDossiersOnTheSpot,
  checkWorkflowOnTheSpot,
  safeCheckDossierOnTheSpot,
} from "./on-the-spot.js";
export type { OffSiteDestination, OnTheSpotOptions, OnTheSpotResult, OnTheSpotStep, OnTheSpotSummary, StepPlacement } from "./on-the-spot.js";

export { toWorkingDays } from "./time-units.js";
export type { WorkingDayConversion } from "./time-units.js";

export { compareComplianceCost, complianceCost } from "./compliance-cost.js";
export type { ComplianceCost, ComplianceCostInput, ComplianceCostSaving } from "./compliance-cost.js";

export { compareCatalogues, safeCompareCatalogues } from "./reductions.js";
export type {
  CatalogueComparison,
  CatalogueCostModel,
  CompareCataloguesOptions,
  ProcedureChange,
  ProcedureComparison,
  ProcedureFigures,
  ReductionTotals,
} from "./reductions.js";

export { compareActualTimes } from "./actual-time.js";
export type { ActualTimeComparison, ActualTimeOptions, ProcedureActualTime } from "./actual-time.js";

export { buildCatalogueReport, formatCatalogueReport, safeBuildCatalogueReport } from "./report.js";
export type { CatalogueReport, CatalogueReportInput, CatalogueReportOptions, FormatReportOptions, OnTheSpotOverview, WorstOffender } from "./report.js";
