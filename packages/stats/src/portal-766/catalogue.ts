import { HccError, parseProcedure, type Channel, type Procedure, type ProcessingTime } from "@hcc/core";

/**
 * What the portal's formulas need of one procedure of the catalogue: whether its result is a
 * paper document (`resultOnPaper`, default `true`), whether it has a fee (any fee of any case and
 * channel above 0 VND) and its processing times.
 *
 * @example
 * ```ts
 * import type { PortalProcedure } from "@hcc/stats";
 * const label = (p: PortalProcedure): string => `${p.code}${p.hasFee ? " (fee)" : ""}`;
 * ```
 *
 * @category Portal 766
 */
export interface PortalProcedure {
  /** National code. */
  readonly code: string;
  /** The result is a paper document. */
  readonly resultOnPaper: boolean;
  /** At least one published fee above 0 VND. */
  readonly hasFee: boolean;
  /**
   * The maximum processing time for a channel: the first case that lists the channel, else the
   * longest time the procedure publishes in the unit of its first; `undefined` when none is
   * published.
   */
  readonly maxTime: (channel: Channel) => ProcessingTime | undefined;
}

/**
 * A procedure catalogue indexed for the portal's formulas: by national code and by local code.
 *
 * @example
 * ```ts
 * import { portalCatalogue, type PortalCatalogue } from "@hcc/stats";
 * const catalogue: PortalCatalogue = portalCatalogue([{ code: "1.001612", name: "Cấp bản sao trích lục hộ tịch" }]);
 * ```
 *
 * @category Portal 766
 */
export interface PortalCatalogue {
  /** The procedure with this national or local code, if catalogued. */
  readonly get: (code: string) => PortalProcedure | undefined;
  /** Number of procedures. */
  readonly size: number;
}

function timeOf(p: Procedure, channel: Channel): ProcessingTime | undefined {
  for (const c of p.cases) {
    const option = c.channels.find((o) => o.channel === channel && o.processingTime !== undefined);
    if (option?.processingTime !== undefined) return option.processingTime;
  }
  let best: ProcessingTime | undefined;
  for (const c of p.cases) {
    for (const o of c.channels) {
      const t = o.processingTime;
      if (t === undefined) continue;
      if (best === undefined) best = t;
      else if (t.unit === best.unit && t.value > best.value) best = t;
    }
  }
  return best;
}

/**
 * Indexes a procedure catalogue (the `@hcc/core` procedure JSON that `hcc check` reads) for
 * {@link portal766}. Every procedure is validated with `parseProcedure`.
 *
 * @param procedures - procedures (validated or not)
 * @returns the catalogue
 * @throws {HccError} `invalid_input` naming the first bad procedure by its position
 * @example
 * ```ts
 * import { portalCatalogue } from "@hcc/stats";
 * const catalogue = portalCatalogue([
 *   { code: "1.001612", name: "Cấp bản sao trích lục hộ tịch", resultOnPaper: false,
 *     cases: [{ channels: [{ channel: "direct", processingTime: { value: 3, unit: "working_days" }, fees: [{ amount: 8000 }] }] }] },
 * ]);
 * catalogue.get("1.001612")?.hasFee; //=> true
 * catalogue.get("1.001612")?.maxTime("online"); //=> { value: 3, unit: "working_days" }
 * ```
 *
 * @category Portal 766
 */
export function portalCatalogue(procedures: readonly unknown[]): PortalCatalogue {
  if (!Array.isArray(procedures)) {
    throw new HccError("invalid_input", `a procedure catalogue must be an array of procedures, got ${typeof procedures}`, { value: procedures });
  }
  const byCode = new Map<string, PortalProcedure>();
  procedures.forEach((raw, i) => {
    let p: Procedure;
    try {
      p = parseProcedure(raw);
    } catch (error) {
      throw new HccError("invalid_input", `procedure ${i + 1} of the catalogue: ${(error as Error).message}`, { value: raw, cause: error });
    }
    const hasFee = p.cases.some((c) => c.channels.some((o) => (o.fees ?? []).some((f) => f.amount > 0)));
    const times = new Map<Channel, ProcessingTime | undefined>();
    const entry: PortalProcedure = Object.freeze({
      code: p.code,
      resultOnPaper: p.resultOnPaper,
      hasFee,
      maxTime: (channel: Channel) => {
        if (!times.has(channel)) times.set(channel, timeOf(p, channel));
        return times.get(channel);
      },
    });
    byCode.set(p.code, entry);
    if (p.localCode !== undefined && !byCode.has(p.localCode)) byCode.set(p.localCode, entry);
  });
  const size = procedures.length;
  return Object.freeze({ get: (code: string) => byCode.get(code), size });
}
