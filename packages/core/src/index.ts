/**
 * `@hcc/core` — the typed, validated model of Vietnamese administrative procedures (thủ tục hành
 * chính), dossiers (hồ sơ) and agencies, with the national code lists, code parsers, provinces and
 * the one error type of every `@hcc` package.
 *
 * @packageDocumentation
 */

export { HccError, isHccError, safely } from "./errors.js";
export type { HccErrorCode, HccErrorOptions, HccIssue, SafeParseResult } from "./errors.js";

export {
  MS_PER_DAY,
  VIETNAM_UTC_OFFSET_MINUTES,
  VIETNAM_UTC_OFFSET_MS,
  compactToEpochMs,
  dayNumberToEpochMs,
  dayNumberToLocalDate,
  dayOfWeek,
  epochMsToDayNumber,
  formatCompactInstant,
  formatInstant,
  localDateToDayNumber,
  parseCompactInstant,
  parseInstant,
  parseLocalDate,
  readEpochMs,
  readEpochMsFromBytes,
  safeParseInstant,
  safeParseLocalDate,
  toDayNumber,
  toEpochMs,
  vietnamParts,
} from "./dates.js";
export type { DateInput, DayNumber, Instant, LenientDateInput, LocalDate, VietnamParts } from "./dates.js";

export { defineCodeList } from "./code-list.js";
export type { CodeList, CodeListEntry, Label, Lang } from "./code-list.js";

export {
  TERMINAL_STATUSES,
  TERMINAL_STATUS_PRECEDENCE,
  applicantKinds,
  channels,
  dossierStatuses,
  isReceivedStatus,
  isTerminalStatus,
  levels,
  onlineServiceLevels,
  pauseKinds,
  places,
  returnMethods,
  stepKinds,
  timeUnits,
} from "./enums.js";
export type {
  ApplicantKind,
  Channel,
  DossierStatus,
  Level,
  OnlineServiceLevel,
  PauseKind,
  Place,
  ReturnMethod,
  StepKind,
  TimeUnit,
} from "./enums.js";

export { createParser, instantSchema, localDateSchema, timeOfDaySchema } from "./schemas.js";
export type { Parser } from "./schemas.js";

export {
  channelOptionSchema,
  contactSchema,
  feeSchema,
  legalBasisSchema,
  parseProcedure,
  procedureCaseSchema,
  procedureSchema,
  procedureStepSchema,
  procedureTimingSchema,
  processingTimeSchema,
  requiredDocumentSchema,
  safeParseProcedure,
} from "./procedure.js";
export type {
  ChannelOption,
  Fee,
  Procedure,
  ProcedureCase,
  ProcedureInput,
  ProcedureStep,
  ProcedureTiming,
  ProcessingTime,
  RequiredDocument,
} from "./procedure.js";

export {
  applicantSchema,
  dossierFlagsSchema,
  dossierLegSchema,
  dossierSchema,
  extensionSchema,
  parseDossier,
  pauseSchema,
  processingEventSchema,
  safeParseDossier,
  supplementRequestSchema,
} from "./dossier.js";
export type {
  Applicant,
  Dossier,
  DossierFlags,
  DossierInput,
  DossierLeg,
  Extension,
  Pause,
  ProcessingEvent,
  SupplementRequest,
} from "./dossier.js";

export type { DossierColumns } from "./dossier-columns.js";

export { agencySchema, parseAgency, safeParseAgency } from "./agency.js";
export type { Agency, AgencyInput } from "./agency.js";

export { formatAgencyCode, isAgencyCode, parseAgencyCode, safeParseAgencyCode } from "./agency-code.js";
export type { AgencyCodeInput, AgencyCodeKind, AgencyCodeParts } from "./agency-code.js";

export {
  formatProcedureCode,
  isNationalProcedureCode,
  isProcedureCode,
  parseProcedureCode,
  safeParseProcedureCode,
} from "./procedure-code.js";
export type { ProcedureCodeForm, ProcedureCodeInput, ProcedureCodeParts } from "./procedure-code.js";

export {
  formatDossierCode,
  isDossierCode,
  nextDossierCode,
  parseDossierCode,
  safeParseDossierCode,
} from "./dossier-code.js";
export type { DossierCodeInput, DossierCodeParts, DossierSequenceOverflow, NextDossierCodeOptions } from "./dossier-code.js";

export {
  currentProvinces,
  findProvince,
  isProvinceCode,
  provinceAt,
  provinces,
  provincesAt,
  safeFindProvince,
  safeSuccessorOf,
  successorOf,
} from "./provinces.js";
export type { FindProvinceOptions, Province } from "./provinces.js";

export { JSON_SCHEMA_MODELS, toJsonSchema } from "./json-schema.js";
export type { JsonSchema, JsonSchemaModel } from "./json-schema.js";
