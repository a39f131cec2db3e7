/**
 * `@hcc/dvcqg` — read and write the National Public Service Portal (DVCQG) formats.
 *
 * @packageDocumentation
 */
export { copyTypes, feeCollectionMethods, feeTypes, identityTypes } from "./code-lists.js";
export type { CopyType, FeeCollectionMethod, FeeType, IdentityType } from "./code-lists.js";

export { isPaidOnline, onlinePaymentChannels } from "./payment-channel.js";
export type { OnlinePaymentChannel } from "./payment-channel.js";

export {
  DEFAULT_MAPPINGS,
  createMappings,
  fromNationalProcedureCode,
  nationalStatusOfLocal,
  statusFromNationalCode,
  toNationalProcedureCode,
} from "./mappings.js";
export type { DvcqgMappings, MappingOverrides } from "./mappings.js";

export {
  dossierExtrasSchema,
  dossierFeeSchema,
  otherAttachmentSchema,
  resultDocumentSchema,
  submittedDocumentSchema,
  supplementDetailsSchema,
} from "./extras.js";
export type {
  DossierExtras,
  DossierExtrasInput,
  DossierFee,
  DossierFeeInput,
  OtherAttachment,
  ResultDocument,
  SubmittedDocument,
  SupplementDetails,
} from "./extras.js";

export { fromLegacyRecord, safeFromLegacyRecord, safeToLegacyRecord, toLegacyRecord } from "./legacy-record.js";
export type { FromLegacyRecordOptions, LegacyConversion, ToLegacyRecordOptions } from "./legacy-record.js";
export type {
  LegacyDocument,
  LegacyDossierRecord,
  LegacyFee,
  LegacyIdentity,
  LegacyOtherAttachment,
  LegacyResult,
  LegacySupplement,
} from "./legacy-wire.js";

export { STATUS_STEP, STEP_STATUS, fromProgressItems, safeFromProgressItems, toProgressItems } from "./progress.js";
export type { FromProgressOptions, LegacyProgressItem, ProgressOptions } from "./progress.js";

export { fromNationalProcedure, isPublishedNationalProcedure, safeFromNationalProcedure } from "./procedure-record.js";
export type { NationalFee, NationalProcedureOptions, NationalProcedureRecord } from "./procedure-record.js";

export {
  dossierComponentSchema,
  fromMinistryDossier,
  safeFromMinistryDossier,
  safeToMinistryDossier,
  submitterSchema,
  toMinistryDossier,
} from "./ministry.js";
export { toMinistryProgressItems, toMinistryStatusUpdate } from "./ministry-updates.js";
export type {
  DossierComponent,
  DossierComponentInput,
  FromMinistryDossierOptions,
  MinistryConversion,
  MinistryDossierBody,
  Submitter,
  ToMinistryDossierOptions,
} from "./ministry.js";
export type { MinistryProgressItem, MinistryStatusOptions, MinistryStatusUpdate } from "./ministry-updates.js";

export {
  createMemoryCheckpointStore,
  emptyCheckpoint,
  parseCheckpoint,
  serializeCheckpoint,
  syncCheckpointSchema,
} from "./checkpoint.js";
export type { CheckpointEntry, CheckpointStore, MemoryCheckpointStore, SyncCheckpoint } from "./checkpoint.js";

export { createSyncClient } from "./sync-client.js";
export type {
  SyncBatchOptions,
  SyncClient,
  SyncClientOptions,
  SyncItem,
  SyncOutcome,
  SyncReport,
  SyncResult,
} from "./sync-client.js";
