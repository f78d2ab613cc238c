// One line per category for a page from its Lighthouse JSON reports (one report per run):
//
//   node summary.js PAGE REPORT.json [REPORT.json ...]
//
// SEO: the score and the failed audits. Performance: the lowest score over the runs (simulated
// throttling varies from run to run, more so on a busy machine), that run's metrics (LCP, CLS, TBT,
// FCP, Speed Index) and the audits it did not pass: opportunities and diagnostics such as
// render-blocking resources, image sizes and formats, unused CSS and JS, cache lifetimes.
const [page, ...files] = process.argv.slice(2);
const reports = files.map((file) => require(file));

// Lighthouse 12.8's "insight" audits repeat the classic ones in a hidden group: left out here.
const skipped = new Set(["manual", "notApplicable", "informative", "error"]);
const audits = (report, category) =>
  report.categories[category].auditRefs.filter((ref) => ref.group !== "hidden").map((ref) => report.audits[ref.id]);
const failing = (report, category) =>
  audits(report, category).filter((a) => a.score !== null && a.score < 0.9 && !skipped.has(a.scoreDisplayMode));
// Audits that could not run (e.g. a Chromium too new for the gatherers), so their absence is not a pass.
const errored = (report, category) => audits(report, category).filter((a) => a.scoreDisplayMode === "error");

const lines = [];
if (reports[0].categories.seo) {
  const report = reports[0];
  const failed = failing(report, "seo").map((a) => a.id);
  lines.push(`seo ${Math.round(report.categories.seo.score * 100)}${failed.length ? "  " + failed.join(", ") : ""}`);
}
if (reports[0].categories.performance) {
  const scores = reports.map((r) => Math.round(r.categories.performance.score * 100));
  const worst = reports[scores.indexOf(Math.min(...scores))];
  const metric = (id) => worst.audits[id].displayValue.replace(/\s/g, "");
  const metrics = ["largest-contentful-paint", "cumulative-layout-shift", "total-blocking-time", "first-contentful-paint", "speed-index"];
  const names = ["LCP", "CLS", "TBT", "FCP", "SI"];
  const values = metrics.map((id, i) => `${names[i]} ${metric(id)}`).join(" ");
  const failed = failing(worst, "performance")
    .filter((a) => !metrics.includes(a.id))
    .map((a) => (a.displayValue ? `${a.id} (${a.displayValue.replace(/\s+/g, " ")})` : a.id));
  lines.push(`performance ${Math.min(...scores)}${reports.length > 1 ? ` (runs: ${scores.join(", ")})` : ""}  ${values}`);
  // The page's weight, HTML + CSS + JS (issue 7: the home page at most 100 KB): as transferred (with
  // headers; whitenoise's compressed CSS and JS) and uncompressed.
  const code = worst.audits["network-requests"].details.items.filter((q) => ["Document", "Stylesheet", "Script"].includes(q.resourceType));
  const kb = (key) => (code.reduce((sum, q) => sum + q[key], 0) / 1024).toFixed(1);
  lines.push(`  HTML + CSS + JS: ${kb("transferSize")} KB transferred, ${kb("resourceSize")} KB uncompressed (${code.length} files)`);
  const lcp = worst.audits["largest-contentful-paint-element"].details?.items?.[0]?.items?.[0]?.node;
  if (lcp) lines.push(`  LCP element: ${lcp.selector}`);
  if (failed.length) lines.push(`  not passed: ${failed.join("; ")}`);
  const broken = errored(worst, "performance").map((a) => a.id);
  if (broken.length) lines.push(`  could not run: ${broken.join(", ")}`);
}
console.log(`${page.padEnd(44)} ${lines.join("\n" + " ".repeat(45))}`);
