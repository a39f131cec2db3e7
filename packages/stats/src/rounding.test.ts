import { describe, expect, it } from "vitest";
import { HALF_UP_STYLE, SEED_STYLE, buildReport, createAggregator, decision766, indicatorPercent, renderText, summarize, type StatsDossierInput } from "@hcc/stats";

// 14,168 dossiers received in the period: 11,533 direct, 1,958 postal, 677 online (the Bến Tre seed).
function seed(): StatsDossierInput[] {
  const out: StatsDossierInput[] = [];
  const counts = [["direct", 11_533], ["postal", 1_958], ["online", 677]] as const;
  for (const [channel, n] of counts) for (let i = 0; i < n; i++) out.push({ procedureCode: "1.001612", agencyCode: "A", channel, status: 4, receivedAt: "2019-05-06T09:00" });
  return out;
}

describe("one number for one fact", () => {
  const agg = createAggregator({ from: "2019-05-06", to: "2019-08-09" });
  agg.addMany(seed());
  const state = agg.state();

  it("the half-up summary and indicator 3.3 agree on the online share (4.78%)", () => {
    const online = decision766(state).find((i) => i.id === "3.3");
    expect(indicatorPercent(online!)).toBe(4.78);
    expect(summarize(state, HALF_UP_STYLE).percent.online).toBe(4.78);
    const text = renderText(buildReport(state, { summary: HALF_UP_STYLE }), { lang: "en" });
    expect(text).toContain("Online: 677 (4.78%)");
    expect(text).toContain("3.3 Online dossiers: 4.78%");
  });

  it("the seed's truncation stays available for reproducing the article", () => {
    expect(summarize(state, SEED_STYLE).percent.online).toBe(4.77);
  });

  it("indicator 2.2 and not-applicable indicators have no percentage", () => {
    for (const i of decision766(state)) if (i.id === "2.2" || !i.applicable) expect(indicatorPercent(i)).toBeNull();
  });
});
