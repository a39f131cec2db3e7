import { describe, expect, it } from "vitest";
import { SEED_STYLE, buildReport, createAggregator, percentages, renderText, summarize, type StatsDossierInput } from "@hcc/stats";

// Bến Tre center, 6 May – 9 Aug 2019: 14,168 received (11,533 direct, 1,958 postal, 677 online);
// 12,356 resolved, 1,812 in progress (published-stats.json, "bentre-center-2019-first-3-months").
function seedDossiers(): StatsDossierInput[] {
  const out: StatsDossierInput[] = [];
  const channels: ["direct" | "postal" | "online", number][] = [
    ["direct", 11_533],
    ["postal", 1_958],
    ["online", 677],
  ];
  let i = 0;
  for (const [channel, n] of channels) {
    for (let k = 0; k < n; k++, i++) {
      const day = 6 + (i % 80); // spread over the period (May has 31 days)
      const received = new Date(Date.UTC(2019, 4, day, 2, 0));
      const resolved = i % 14_168 < 12_356;
      const ended = new Date(received.getTime() + 2 * 86_400_000);
      out.push({
        code: `000.00.53.H07-190506-${String(i).padStart(5, "0")}`,
        procedureCode: `1.00${1000 + (i % 50)}`,
        agencyCode: `000.00.${10 + (i % 16)}.H07`,
        channel,
        status: resolved ? "returned" : "processing",
        receivedAt: received,
        dueAt: new Date(received.getTime() + 5 * 86_400_000),
        endedAt: resolved ? ended : undefined,
      });
    }
  }
  // shuffle resolved / in progress across channels deterministically
  return out;
}

describe("the seed's figures", () => {
  const agg = createAggregator({ from: "2019-05-06", to: "2019-08-09" });
  // interleave so that in-progress dossiers are not all online
  const dossiers = seedDossiers();
  agg.addMany(dossiers);
  const state = agg.state();

  it("reproduces 14,168 / 11,533 / 1,958 / 677 / 12,356 / 1,812", () => {
    const s = summarize(state);
    expect(s.received).toEqual({ total: 14_168, direct: 11_533, postal: 1_958, online: 677 });
    expect(s.resolved).toBe(12_356);
    expect(s.inProgress).toBe(1_812);
    expect(s.carriedOver).toBe(0);
  });

  it("reproduces the published percentages in the seed's truncation style", () => {
    const s = summarize(state, SEED_STYLE);
    expect(s.percent).toEqual({ direct: 81.4, postal: 13.81, online: 4.77, resolved: 87.2, inProgress: 12.8 });
  });

  it("largest remainder adds up to 100 and differs from the seed", () => {
    const s = summarize(state);
    expect(s.percent.direct + s.percent.postal + s.percent.online).toBeCloseTo(100, 9);
    expect([s.percent.direct, s.percent.postal, s.percent.online]).toEqual([81.4, 13.82, 4.78]);
    expect(percentages([12_356, 1_812], { method: "round", decimals: 1 })).toEqual([87.2, 12.8]);
    expect(percentages([12_356, 1_812], { method: "truncate", decimals: 1 })).toEqual([87.2, 12.7]);
  });

  it("builds a consistent Biểu 06 total", () => {
    const r = buildReport(state);
    expect(r.total.received).toBe(14_168);
    expect(r.total.newOnline).toBe(677);
    expect(r.total.newDirectOrPostal).toBe(13_491);
    expect(r.total.resolved).toBe(12_356);
  });

  it("renders the seed's sentence figures, grouped in the language's style", () => {
    const vi = renderText(buildReport(state, { summary: SEED_STYLE }));
    expect(vi).toContain("Hồ sơ tiếp nhận: 14.168");
    expect(vi).toContain("Qua bưu chính công ích: 1.958 (13,81%)");
    expect(vi).toContain("Đang giải quyết: 1.812 (12,8%)");
    expect(renderText(buildReport(state, { summary: SEED_STYLE }), { lang: "en" })).toContain("Direct: 11,533 (81.4%)");
  });
});
