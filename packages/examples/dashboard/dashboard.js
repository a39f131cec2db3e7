// The public dashboard: generate the Bến Tre 2019 dossiers, aggregate them with @hcc/stats and draw
// the report with plain SVG. No framework, no build step.
import { BEN_TRE_2019, benTreDepartments, generateBenTre2019, seedFigures } from "@hcc/examples";
import { SEED_STYLE, buildReport, createAggregator } from "@hcc/stats";

const SVG = "http://www.w3.org/2000/svg";
const fmt = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const pct = (n) => `${String(n).replace(".", ",")}%`;

function el(tag, attrs = {}, text) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function card(label, value, note) {
  const c = el("div", { class: "card" });
  c.append(el("span", { class: "muted" }, label), el("b", {}, value));
  if (note) c.append(el("span", { class: "muted" }, note));
  return c;
}

function legend(items) {
  const l = el("div", { class: "legend" });
  for (const [label, color] of items) {
    const s = el("span");
    s.append(el("i", { style: `background:${color}` }), label);
    l.append(s);
  }
  return l;
}

function barChart(caption, rows, series) {
  // Horizontal stacked bars: one row per entry, one segment per series.
  const fig = el("figure");
  fig.append(el("figcaption", {}, caption));
  const width = 960;
  const labelWidth = 330;
  const barHeight = 26;
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${rows.length * (barHeight + 10) + 10}`, role: "img", "aria-label": caption, class: "chart" });
  const max = Math.max(...rows.map((r) => series.reduce((s, [key]) => s + r.values[key], 0)));
  rows.forEach((r, i) => {
    const y = 10 + i * (barHeight + 10);
    svg.append(el("svg:text", { x: 0, y: y + barHeight * 0.7, "font-size": 13 }, r.label));
    let x = labelWidth;
    for (const [key, color, name] of series) {
      const w = ((width - labelWidth - 70) * r.values[key]) / max;
      const rect = el("svg:rect", { x, y, width: Math.max(0, w), height: barHeight, fill: color });
      rect.append(el("svg:title", {}, `${r.label} — ${name}: ${fmt(r.values[key])}`));
      svg.append(rect);
      x += w;
    }
    const total = series.reduce((s, [key]) => s + r.values[key], 0);
    svg.append(el("svg:text", { x: x + 6, y: y + barHeight * 0.7, "font-size": 13 }, fmt(total)));
  });
  fig.append(svg, legend(series.map(([, color, name]) => [name, color])));
  return fig;
}

function render() {
  const dossiers = generateBenTre2019();
  const figures = seedFigures(dossiers);
  const aggregator = createAggregator({ from: BEN_TRE_2019.period.from, to: BEN_TRE_2019.period.to, asOf: BEN_TRE_2019.period.to, groupBy: ["agency"] });
  aggregator.addMany(dossiers);
  const report = buildReport(aggregator.state(), { summary: SEED_STYLE });
  const s = report.summary;
  const names = new Map(benTreDepartments.map((d) => [d.code, d.name]));

  const app = document.getElementById("app");
  app.textContent = "";
  const cards = el("div", { class: "cards" });
  cards.append(
    card("Hồ sơ tiếp nhận", fmt(s.received.total)),
    card("Trực tiếp", fmt(s.received.direct), pct(s.percent.direct)),
    card("Qua bưu chính", fmt(s.received.postal), pct(s.percent.postal)),
    card("Trực tuyến", fmt(s.received.online), pct(s.percent.online)),
    card("Đã giải quyết", fmt(s.resolved), pct(s.percent.resolved)),
    card("Đang giải quyết", fmt(s.inProgress), pct(s.percent.inProgress)),
    card("Trả kết quả qua bưu điện", fmt(figures.postalReturns)),
  );
  app.append(cards);

  app.append(
    barChart(
      "Hồ sơ tiếp nhận theo kênh",
      [{ label: "Toàn Trung tâm", values: { direct: s.received.direct, postal: s.received.postal, online: s.received.online } }],
      [
        ["direct", "#2f6fb0", "Trực tiếp"],
        ["postal", "#e0a526", "Bưu chính"],
        ["online", "#3aa17e", "Trực tuyến"],
      ],
    ),
  );
  app.append(
    barChart(
      "Tiến độ giải quyết theo sở, ngành (Biểu 06)",
      report.rows.map((r) => ({
        label: names.get(r.key.agency) ?? r.label,
        values: { early: r.early, onTime: r.onTime, late: r.late, within: r.within, overdue: r.overdue },
      })),
      [
        ["early", "#2e8b57", "Trước hạn"],
        ["onTime", "#8bc34a", "Đúng hạn"],
        ["late", "#d9534f", "Quá hạn (đã giải quyết)"],
        ["within", "#9fb7d6", "Đang giải quyết trong hạn"],
        ["overdue", "#a3342f", "Đang giải quyết quá hạn"],
      ],
    ),
  );
  app.setAttribute("aria-busy", "false");
  app.dataset.ready = "true";
}

try {
  render();
} catch (error) {
  document.getElementById("app").textContent = `Lỗi: ${error instanceof Error ? error.message : String(error)}`;
  throw error;
}
