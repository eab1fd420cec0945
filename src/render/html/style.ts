// The report's stylesheet: light and dark themes (the reader's system setting by default,
// or chosen with the button), the program's frames emphasised, the runtime's dimmed.

export const STYLE = `
:root, [data-theme=light] {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --faint: #8c959f; --line: #d1d9e0;
  --panel: #f6f8fa; --accent: #0969da; --bad: #cf222e; --warn: #9a6700; --ok: #1a7f37;
  --mark: #fff8c5; --kw: #cf222e; --str: #0a3069; --num: #0550ae; --type: #8250df;
  --call: #6639ba; --comment: #6e7781;
}
[data-theme=dark] {
  --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --faint: #6e7681; --line: #30363d;
  --panel: #151b23; --accent: #4493f8; --bad: #f85149; --warn: #d29922; --ok: #3fb950;
  --mark: #3b2e00; --kw: #ff7b72; --str: #a5d6ff; --num: #79c0ff; --type: #d2a8ff;
  --call: #d2a8ff; --comment: #8b949e;
}
@media (prefers-color-scheme: dark) {
  [data-theme=auto] {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --faint: #6e7681; --line: #30363d;
    --panel: #151b23; --accent: #4493f8; --bad: #f85149; --warn: #d29922; --ok: #3fb950;
    --mark: #3b2e00; --kw: #ff7b72; --str: #a5d6ff; --num: #79c0ff; --type: #d2a8ff;
    --call: #d2a8ff; --comment: #8b949e;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
code, pre, .mono, .frames, .bucket summary { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; }
header.top { display: flex; gap: 1em; align-items: center; padding: .6em 1.2em;
  border-bottom: 1px solid var(--line); background: var(--panel); position: sticky; top: 0; z-index: 2; }
header.top .brand { font-weight: 700; }
header.top .inputs { color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; flex: 1; }
button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line);
  border-radius: 6px; padding: .2em .7em; cursor: pointer; }
main { max-width: 1200px; margin: 0 auto; padding: 0 1.2em 4em; }
section.crash { border-bottom: 2px solid var(--line); padding-bottom: 1.5em; }
h2.headline { color: var(--bad); font-size: 1.35em; margin: 1em 0 .2em; word-break: break-word; white-space: pre-wrap; }
h3 { font-size: 1.05em; margin: 1.4em 0 .5em; }
.facts { color: var(--muted); margin: 0; }
.facts span + span::before { content: " · "; color: var(--faint); }
.category { color: var(--warn); font-weight: 600; }
.repeats { color: var(--warn); font-weight: 600; margin: .3em 0 0; }
.diagnosis { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: .6em 1em; margin-top: 1em; }
.diagnosis p { margin: .3em 0; }
.site-line { margin: .3em 0; }
.site-line .label { display: inline-block; min-width: 7em; font-weight: 600; }
.fn { font-weight: 400; }
.user > .fn, .fn.user { font-weight: 700; }
.runtime, .runtime a { color: var(--faint); }
.args { color: var(--muted); }
.runtime .args { color: var(--faint); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
ol.frames { list-style: none; padding: 0; margin: .3em 0; }
ol.frames li { padding: .05em 0 .05em 1.4em; text-indent: -1.4em; word-break: break-all; }
ol.frames li .loc { display: block; padding-left: 2em; text-indent: 0; }
ol.frames li.site { background: var(--mark); }
ol.frames li.site::before { content: "→ "; color: var(--bad); }
.created { color: var(--muted); }
.chain li { margin: .2em 0; }
.filterbar { display: flex; gap: .8em; align-items: center; margin: .5em 0; flex-wrap: wrap; }
.filterbar input { flex: 1; min-width: 16em; font: inherit; padding: .35em .6em; color: var(--fg);
  background: var(--bg); border: 1px solid var(--line); border-radius: 6px; }
.status { color: var(--muted); }
details.bucket { border: 1px solid var(--line); border-radius: 6px; margin: .35em 0; background: var(--bg); }
details.bucket[open] { background: var(--panel); }
details.bucket > summary { cursor: pointer; padding: .35em .7em; list-style-position: inside; }
details.bucket.crashing > summary { border-left: 4px solid var(--bad); }
details.bucket.runtime-only > summary { color: var(--muted); }
summary .rank { color: var(--muted); }
summary .count { font-weight: 700; white-space: nowrap; display: inline-block; min-width: 5em; text-align: right; margin-right: .6em; }
summary .state { color: var(--warn); }
summary .where { margin-left: .6em; }
summary .by { color: var(--muted); margin-left: .6em; }
.bucket .body { padding: .2em 1em .8em; }
.bucket .body p { margin: .25em 0; }
.ids { color: var(--muted); overflow-wrap: normal; word-break: normal; }
.ids .id { white-space: nowrap; }
.ids button { font-size: .85em; padding: 0 .5em; }
.runtime-fold { color: var(--muted); margin: .4em 0; }
.runtime-fold button { font-size: .85em; padding: 0 .5em; }
.why { color: var(--warn); }
figure.src { margin: .6em 0; border: 1px solid var(--line); border-radius: 6px; overflow: hidden; }
figure.src:target { outline: 2px solid var(--accent); }
figure.src figcaption { padding: .3em .7em; background: var(--panel); color: var(--muted); border-bottom: 1px solid var(--line); word-break: break-all; }
figure.src pre { margin: 0; padding: .4em 0; overflow-x: auto; tab-size: 4; }
.src .l { display: block; padding: 0 .7em; }
.src .l.hit { background: var(--mark); }
.src .n { display: inline-block; min-width: 3.5em; color: var(--faint); user-select: none; }
.tk-comment { color: var(--comment); font-style: italic; }
.tk-string { color: var(--str); }
.tk-number { color: var(--num); }
.tk-keyword { color: var(--kw); }
.tk-type, .tk-builtin { color: var(--type); }
.tk-call { color: var(--call); }
.note { color: var(--muted); }
.diagnosis h4 { font-size: .95em; margin: .8em 0 .2em; }
.diagnosis ul, .diagnosis ol { margin: .2em 0; padding-left: 1.4em; }
.diagnosis .summary { font-size: 1.05em; }
.diagnosis .warnings { color: var(--warn); list-style: "! "; }
.diagnosis .fix { margin-top: .6em; }
.diagnosis details.more > summary { cursor: pointer; color: var(--muted); margin-top: .6em; }
.diagnosis code, .diagnosis pre { background: var(--bg); border-radius: 4px; padding: 0 .25em; }
.diagnosis pre.example { padding: .5em .8em; overflow-x: auto; border: 1px solid var(--line); }
.releases { color: var(--accent); font-weight: 600; }
.finding .count { font-weight: 700; white-space: nowrap; }
a.web { font-size: .85em; margin-left: .3em; }
ol.frames li .loc + a.web { padding-left: 2em; }
.trace .heat { border: 1px solid var(--line); border-radius: 6px; padding: .4em; background: var(--panel); }
.trace .heat > svg { display: block; width: 100%; height: auto; }
.trace .heat svg.heat-map { cursor: zoom-in; }
.heat-label { fill: var(--muted); font-size: 11px; font-family: ui-monospace, monospace; }
.hm-idle { fill: var(--line); fill-opacity: .35; }
.hm-user { fill: #2e7d32; } .hm-gcMark { fill: #f9a825; } .hm-gcAssist { fill: #8e24aa; }
.hm-syscall { fill: #1565c0; } .hm-runnable { fill: #c62828; } .hm-gc { fill: #f9a825; } .hm-stw { fill: #d32f2f; }
.heat-legend .key { margin-right: 1em; white-space: nowrap; }
.heat-legend .key::before { content: ""; display: inline-block; width: .8em; height: .8em; margin-right: .3em;
  border-radius: 2px; vertical-align: -.05em; }
.heat-legend .hm-user::before { background: #2e7d32; } .heat-legend .hm-gcMark::before { background: #f9a825; }
.heat-legend .hm-gcAssist::before { background: #8e24aa; } .heat-legend .hm-syscall::before { background: #1565c0; }
.heat-legend .hm-runnable::before { background: #c62828; } .heat-legend .hm-gc::before { background: #d32f2f; }
.heat-readout { min-height: 1.4em; color: var(--muted); }
ul.blocked { padding-left: 1.2em; } ol.timeline { padding-left: 2.6em; }
`;
