/**
 * Vietnam's offset from UTC in minutes (UTC+7, Indochina Time, no daylight saving since 1975).
 * The one place the offset is written: every other `@hcc` package imports it (or
 * {@link VIETNAM_UTC_OFFSET_MS}) instead of writing 420 or 25 200 000 again.
 *
 * @example
 * ```ts
 * import { VIETNAM_UTC_OFFSET_MINUTES } from "@hcc/core";
 * VIETNAM_UTC_OFFSET_MINUTES; //=> 420
 * ```
 *
 * @category Dates and times
 */
export const VIETNAM_UTC_OFFSET_MINUTES = 420;

/**
 * {@link VIETNAM_UTC_OFFSET_MINUTES} in milliseconds, for epoch-millisecond arithmetic on bulk
 * paths: the Vietnam wall clock of `ms` is `ms + VIETNAM_UTC_OFFSET_MS` read as UTC.
 *
 * @example
 * ```ts
 * import { VIETNAM_UTC_OFFSET_MS } from "@hcc/core";
 * VIETNAM_UTC_OFFSET_MS; //=> 25200000
 * ```
 *
 * @category Dates and times
 */
export const VIETNAM_UTC_OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;

/**
 * Milliseconds in a day (Vietnam has no daylight saving, so every day has this many).
 *
 * @example
 * ```ts
 * import { MS_PER_DAY } from "@hcc/core";
 * MS_PER_DAY; //=> 86400000
 * ```
 *
 * @category Dates and times
 */
export const MS_PER_DAY = 86_400_000;
