// from packages/core/src/errors.ts:44
import { type HccIssue } from "@hcc/core";
const issue: HccIssue = { path: ["receivedAt"], message: "Invalid date", input: "2019-02-30" };

export {};
