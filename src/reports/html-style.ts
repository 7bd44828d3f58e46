/** The stylesheet inlined in every HTML report (no network): page layout and the SVG's classes. */
export const REPORT_CSS = `
:root {
  --ink: #0f172a; --muted: #64748b; --line: #cbd5e1; --panel: #f8fafc; --accent: #2563eb;
  --good: #16a34a; --warn: #d97706; --bad: #dc2626; --down: #94a3b8; --changed: #f59e0b;
  /* A vote that is up but short of a majority: amber, not the grey of a vote that is down. */
  --short: #f59e0b;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: #eef2f7;
}
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; }
a { color: var(--accent); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .92em;
  background: #e2e8f0; padding: 1px 5px; border-radius: 4px; overflow-wrap: anywhere; }
.page { max-width: 1360px; margin: 0 auto; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 18px 22px; }
header.card { margin-bottom: 16px; }
.crumb { margin: 0 0 6px; color: var(--muted); font-size: 13px; }
h1 { margin: 0 0 10px; font-size: 22px; line-height: 1.35; overflow-wrap: anywhere; }
.verdict { display: inline-block; padding: 2px 10px; border-radius: 999px; font-size: 14px; vertical-align: 3px;
  color: #fff; margin-right: 6px; }
.verdict-violated { background: var(--bad); } .verdict-holds { background: var(--good); }
.verdict-unknown { background: var(--muted); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 0; font-size: 14px; }
.facts dt { color: var(--muted); } .facts dd { margin: 0; overflow-wrap: anywhere; }
.warn { color: var(--warn); font-weight: 600; }
.layout { display: grid; grid-template-columns: 300px 1fr; gap: 16px; align-items: start; }
nav.steps { position: sticky; top: 16px; max-height: calc(100vh - 32px); overflow: auto; padding: 12px; }
nav.steps h2, .viewer h2 { font-size: 15px; margin: 4px 6px 10px; }
nav.steps ol { list-style: none; margin: 0; padding: 0; }
nav.steps button { all: unset; box-sizing: border-box; display: grid; grid-template-columns: 28px 1fr; gap: 2px 6px;
  width: 100%; padding: 7px 8px; border-radius: 8px; cursor: pointer; font-size: 13px; border: 1px solid transparent; }
nav.steps button:hover { background: #f1f5f9; }
nav.steps button:focus-visible { outline: 2px solid var(--accent); }
nav.steps button.current { background: #dbeafe; border-color: #93c5fd; }
nav.steps .n { grid-row: span 2; font-weight: 700; color: var(--muted); text-align: right; }
nav.steps .l { overflow-wrap: anywhere; }
nav.steps .t { color: var(--muted); font-size: 12px; }
nav.steps .mark { color: var(--bad); font-weight: 600; }
nav.steps .loop { color: var(--accent); font-weight: 600; }
.toolbar { display: flex; align-items: center; gap: 10px; margin-bottom: 12px; }
.toolbar button { font: inherit; font-size: 14px; padding: 6px 14px; border-radius: 8px; border: 1px solid var(--line);
  background: #fff; cursor: pointer; }
.toolbar button:hover:not(:disabled) { background: #f1f5f9; }
.toolbar button:disabled { opacity: .4; cursor: default; }
.toolbar .position { font-weight: 600; min-width: 110px; text-align: center; }
.toolbar .hint { color: var(--muted); font-size: 12px; margin-left: auto; }
article.step h2 { font-size: 18px; margin: 0 0 8px; overflow-wrap: anywhere; }
article.step h2 .clock { color: var(--muted); font-weight: 500; font-size: 15px; margin-left: 8px; }
article.step .violation-flag { color: var(--bad); font-size: 14px; margin-left: 8px; }
ul.changes, ul.notes { margin: 0 0 12px; padding-left: 20px; font-size: 14px; line-height: 1.5; }
ul.changes li.bad { color: var(--bad); font-weight: 600; } ul.changes li.good { color: var(--good); }
ul.notes { color: #334155; } ul.notes li::marker { content: "ℹ  "; }
.drawing { border: 1px solid var(--line); border-radius: 10px; background: #fff; overflow: hidden; }
svg.fabric { display: block; width: 100%; height: auto; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 12px; color: var(--muted); margin-top: 10px; }
.legend span { display: inline-flex; align-items: center; gap: 5px; }
.swatch { display: inline-block; width: 22px; height: 12px; border-radius: 3px; border: 1.5px solid; }
.legend .dot { display: inline-block; width: 11px; height: 11px; border-radius: 50%; box-sizing: border-box; }
.legend .diamond { display: inline-block; width: 9px; height: 9px; margin: 0 1px; background: #16a34a; transform: rotate(45deg); }
footer.card { margin-top: 16px; font-size: 14px; }
.fabric text { font-size: 13px; fill: var(--ink); }
.fabric .small { font-size: 12px; }
.fabric .muted { fill: var(--muted); }
.fabric .bad { fill: var(--bad); font-weight: 700; }
.fabric .pool-title { font-size: 18px; font-weight: 700; }
.fabric .section-title { font-size: 11.5px; font-weight: 700; fill: var(--muted); letter-spacing: .06em; text-transform: uppercase; }
.fabric .section-title.bad { fill: var(--bad); }
.fabric .pill-text { font-size: 11px; font-weight: 700; fill: #fff; letter-spacing: .03em; }
.fabric .pill-good { fill: var(--good); } .fabric .pill-bad { fill: var(--bad); }
.fabric .votes-bg { fill: #f8fafc; stroke: var(--line); }
.fabric .voter-token > rect:first-of-type { fill: #fff; stroke: var(--line); stroke-width: 1.2; }
.fabric .vote-name { font-size: 11.5px; font-weight: 600; }
.fabric .vote-up .vote-mark { fill: var(--good); stroke: var(--good); }
.fabric .vote-down .vote-mark { fill: #fff; stroke: var(--down); stroke-width: 1.5; }
.fabric .vote-down .vote-name { fill: var(--muted); text-decoration: line-through; }
.fabric .vote-sql > rect:first-of-type { fill: #eef2ff; stroke: #6366f1; }
.fabric .no-quorum .vote-up .vote-mark { fill: var(--short); stroke: var(--short); }
.fabric .no-quorum .vote-up > rect:first-of-type { stroke: var(--short); }
.fabric .votes-text { font-size: 12.5px; font-weight: 600; }
.fabric .no-quorum .votes-text { fill: #b45309; font-weight: 700; }
.fabric .host > rect { fill: var(--panel); stroke: var(--line); stroke-width: 1.5; }
.fabric .host-down > rect { fill: #fef2f2; stroke: var(--bad); stroke-dasharray: 6 4; }
.fabric .host-name { font-size: 13px; font-weight: 700; fill: #334155; }
.fabric .fe-card { fill: #fff; stroke: var(--line); stroke-width: 1.2; }
.fabric .fe-stripe { fill: var(--good); }
.fabric .fe-starting .fe-stripe { fill: var(--warn); }
.fabric .fe-stopped .fe-stripe { fill: var(--bad); }
.fabric .fe-down .fe-card { fill: #f1f5f9; stroke-dasharray: 4 3; }
.fabric .fe-down .fe-stripe { fill: var(--down); }
.fabric .fe-down .fe-name { fill: var(--muted); text-decoration: line-through; }
.fabric .fe-name { font-weight: 700; font-size: 13.5px; }
.fabric .status-dot { fill: var(--good); }
.fabric .fe-starting .status-dot { fill: var(--warn); } .fabric .fe-stopped .status-dot { fill: var(--bad); }
.fabric .fe-down .status-dot { fill: var(--down); }
.fabric .fe-stopped .status-text { fill: var(--bad); font-weight: 600; }
.fabric .voter rect { fill: #4f46e5; }
.fabric .fe-down .voter rect { fill: var(--down); }
.fabric .chip rect { stroke-width: 1.3; }
.fabric .chip-text { font-size: 10.5px; font-weight: 700; }
.fabric .chip-P rect { fill: #1d4ed8; stroke: #1d4ed8; } .fabric .chip-P .chip-text { fill: #fff; }
.fabric .chip-AS rect { fill: #dbeafe; stroke: #2563eb; } .fabric .chip-AS .chip-text { fill: #1e3a8a; }
.fabric .chip-IS rect { fill: #fff; stroke: #93c5fd; } .fabric .chip-IS .chip-text { fill: #1e3a8a; }
.fabric .chip-hydrating rect { stroke-dasharray: 3 2; stroke: var(--warn); fill: #fffbeb; }
.fabric .chip-hydrating .chip-text { fill: #92400e; }
.fabric .chip-down rect { fill: #e2e8f0; stroke: var(--down); }
.fabric .chip-down .chip-text { fill: var(--muted); text-decoration: line-through; }
.fabric .sql > rect { fill: #fff; stroke: var(--line); stroke-width: 1.5; }
.fabric .sql-serving > rect { stroke: var(--good); stroke-width: 2.5; fill: #f0fdf4; }
.fabric .sql-down > rect { fill: #f1f5f9; stroke: var(--down); stroke-dasharray: 4 3; }
.fabric .sql-down .sql-name { fill: var(--muted); text-decoration: line-through; }
.fabric .sql-name { font-weight: 700; font-size: 13.5px; }
.fabric .sql-serving .status-text { fill: var(--good); font-weight: 600; }
.fabric .role-pill rect { stroke: none; }
.fabric .role-principal rect { fill: var(--good); } .fabric .role-mirror rect { fill: #64748b; }
.fabric .role-down rect { fill: var(--bad); } .fabric .role-idle rect { fill: var(--warn); }
.fabric .vote-counts rect { fill: #4f46e5; stroke: none; }
.fabric .vote-lost rect { fill: var(--bad); stroke: none; }
.fabric .vote-none rect { fill: var(--down); stroke: none; }
.fabric .backup > rect { fill: #fff; stroke: var(--line); stroke-width: 1.5; }
.fabric .backup-bad > rect { stroke: var(--bad); }
.fabric .pairing-note { fill: #334155; }
.fabric .rg > rect { fill: #fff; stroke: var(--line); stroke-width: 1.2; }
.fabric .rg-name { font-weight: 700; }
.fabric .rg .service-pill { fill: var(--good); }
.fabric .rg-limited > rect { fill: #fffbeb; stroke: var(--warn); }
.fabric .rg-limited .service-pill { fill: var(--warn); }
.fabric .rg-disconnected > rect { fill: #fef2f2; stroke: var(--bad); }
.fabric .rg-disconnected .service-pill { fill: var(--bad); }
.fabric .rep-role { font-weight: 700; fill: #1d4ed8; }
.fabric .rep-down { fill: var(--muted); text-decoration: line-through; }
.fabric .rep-down .rep-role { fill: var(--muted); }
.fabric .rep-hydrating { fill: #92400e; }
.fabric .timer > rect { fill: #fff7ed; stroke: var(--warn); }
.fabric .timer-icon { fill: none; stroke: var(--warn); stroke-width: 2; }
.fabric .changed > rect:first-of-type, .fabric g.changed > .votes-bg { stroke: var(--changed); stroke-width: 3; stroke-dasharray: none; }
ul.sources { margin: 0; padding-left: 18px; }
@media (max-width: 900px) {
  body { padding: 10px; } .card { padding: 14px 12px; }
  .layout { grid-template-columns: 1fr; } nav.steps { position: static; max-height: 40vh; }
}
`;
