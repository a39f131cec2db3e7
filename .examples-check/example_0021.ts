// from packages/calendar/src/vietnam-calendar.ts:20
import { DEFAULT_SESSIONS } from "@hcc/calendar";
DEFAULT_SESSIONS[1]; //=> { start: 810, end: 1020 }

export {};
