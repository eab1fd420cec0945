// The inbox's stylesheet, after the report's (STYLE): its variables and themes are the report's.

export const INBOX_STYLE = `
header.top nav { display: flex; gap: 1em; flex: 1; }
header.top nav a[aria-current=page] { font-weight: 700; color: var(--fg); }
header.top .who { color: var(--muted); }
header.top form { margin: 0; }
h1 { font-size: 1.3em; margin: 1em 0 .3em; word-break: break-word; }
h2 { font-size: 1.1em; margin: 1.4em 0 .5em; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1em; top: .5em; z-index: 3; background: var(--bg); padding: .3em .6em; }
.narrow { max-width: 28em; margin: 3em auto; }
.narrow label { display: block; margin: .8em 0 .2em; font-weight: 600; }
input, select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line);
  border-radius: 6px; padding: .3em .5em; }
.narrow input { width: 100%; }
.narrow button { margin-top: 1em; }
button.primary { background: var(--accent); color: #fff; border-color: var(--accent); }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.error { color: var(--bad); font-weight: 600; }
form.filters { display: flex; flex-wrap: wrap; gap: .6em 1em; align-items: end; margin: 1em 0; }
form.filters label { display: flex; flex-direction: column; font-size: .9em; color: var(--muted); gap: .15em; }
form.filters .q { flex: 1; min-width: 14em; }
.bulk { display: flex; gap: .6em; align-items: center; margin: .6em 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .45em .5em; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: .9em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.issue a.title { font-weight: 600; word-break: break-word; }
td.issue .meta { color: var(--muted); font-size: .9em; }
td.when { white-space: nowrap; color: var(--muted); font-size: .9em; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .55em; font-size: .8em; font-weight: 600; border: 1px solid var(--line); }
.badge.regressed { color: #fff; background: var(--bad); border-color: var(--bad); }
.badge.resolved { color: var(--ok); border-color: var(--ok); }
.badge.ignored { color: var(--muted); }
.badge.open { color: var(--warn); border-color: var(--warn); }
svg.spark rect, svg.chart rect { fill: var(--accent); }
svg.spark line, svg.chart line { stroke: var(--line); }
.pages { display: flex; gap: 1em; margin: 1em 0; }
.actions { display: flex; flex-wrap: wrap; gap: .6em 1.2em; align-items: center; margin: .8em 0; }
.actions form { display: flex; gap: .4em; align-items: center; margin: 0; }
.cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(14em, 1fr)); gap: 1em; }
.cols table td:last-child { text-align: right; }
dl.context { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: 0; }
dl.context dt { color: var(--muted); }
dl.context dd { margin: 0; word-break: break-all; }
table.diff tr.unchanged { color: var(--muted); }
table.diff tr.grew td:first-child, table.diff tr.appeared td:first-child { color: var(--bad); font-weight: 700; }
table.diff tr.shrank td:first-child, table.diff tr.vanished td:first-child { color: var(--ok); }
.latest { border-top: 2px solid var(--line); margin-top: 1.5em; }
`;
