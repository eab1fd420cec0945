// The report's only script: builds bucket rows from the embedded JSON as they are needed
// (a few hundred at a time; a bucket's frames when it is first opened), filters them, and
// switches the theme. Every value from the crash text reaches the page through
// `textContent` or as a number checked to be one: never as markup, never as a URL.
// Package paths are cut by names/package-path.ts itself, embedded as source.

import { thousands } from "../../count.js";
import { packageEnd } from "../../names/package-path.js";
import { HEAT_SCRIPT } from "./heat-script.js";
import { decodeIds } from "./id-list.js";
import { parseQuery } from "./query.js";

export const SCRIPT = `
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var root = document.documentElement;
  var L = data.labels;
  // A template of the report's language: {0}, {1}… stand for the values, in its word order.
  function fmt(template, values) {
    return String(template).replace(/\\{(\\d)\\}/g, function (_, i) { return String(values[Number(i)]); });
  }

  var themes = ["auto", "light", "dark"];
  var theme = "auto";
  try { theme = localStorage.getItem("panicscope-theme") || "auto"; } catch (e) {}
  if (themes.indexOf(theme) < 0) theme = "auto";
  var themeButton = document.getElementById("theme");
  function applyTheme() { root.setAttribute("data-theme", theme); themeButton.textContent = L.theme + ": " + (L.themeNames[theme] || theme); }
  themeButton.addEventListener("click", function () {
    theme = themes[(themes.indexOf(theme) + 1) % themes.length];
    try { localStorage.setItem("panicscope-theme", theme); } catch (e) {}
    applyTheme();
  });
  applyTheme();

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function int(value) { return typeof value === "number" && isFinite(value) && Math.floor(value) === value ? value : -1; }
  // Counts as every output prints them (src/count.ts): 20 000.
  ${thousands.toString()}
  ${packageEnd.toString()}
  ${decodeIds.toString()}
  ${parseQuery.toString()}
  function packageOf(func) { return func.slice(0, packageEnd(func)); }

  var PAGE = 200;
  data.crashes.forEach(function (crash, index) {
    var section = document.querySelector('[data-crash="' + index + '"]');
    if (!section) return;
    var list = section.querySelector(".bucket-list");
    var filter = section.querySelector("input.filter");
    var status = section.querySelector(".status");
    var more = section.querySelector("button.more");
    if (!list || !filter || !status || !more) return;
    var buckets = crash.buckets;
    buckets.forEach(function (b) {
      b.searchState = String(b.state).toLowerCase();
      b.searchFuncs = b.frames.map(function (f) { return String(f[0]).toLowerCase(); });
      if (b.created) b.searchFuncs.push(String(b.created[0]).toLowerCase());
      b.searchPkgs = b.searchFuncs.map(packageOf);
      b.searchFiles = b.frames.map(function (f) { return (String(f[2]) + ":" + f[3]).toLowerCase(); });
      if (b.created) b.searchFiles.push((String(b.created[1]) + ":" + b.created[2]).toLowerCase());
    });
    // The runtime's own goroutines (b.rt) are one line after the list, until opened or searched.
    var showRuntime = !crash.runtime;
    function unfiltered() { return showRuntime ? buckets : buckets.filter(function (b) { return !b.rt; }); }
    var matches = unfiltered();
    var terms = [];
    var fold = null;
    if (crash.runtime) {
      fold = el("p", "runtime-fold");
      fold.appendChild(el("span", null, crash.runtime + " "));
      var open = el("button", null, L.showThem);
      open.type = "button";
      open.addEventListener("click", function () {
        showRuntime = true;
        fold.remove();
        if (!terms.length) matches = unfiltered();
        render();
      });
      fold.appendChild(open);
    }
    var limit = PAGE;
    var total = buckets.reduce(function (sum, b) { return sum + b.count; }, 0);

    function idRuns(b) {
      if (!b.idRuns) b.idRuns = decodeIds(b.ids);
      return b.idRuns;
    }
    function hasId(b, id) {
      return idRuns(b).some(function (r) { return r[0] <= id && id <= r[1]; });
    }
    function matchesTerm(b, term) {
      var v = term.value;
      if (term.key === "goroutine") return hasId(b, Number(v));
      if (term.key === "state") return b.searchState.indexOf(v) >= 0;
      if (term.key === "func") return b.searchFuncs.some(function (f) { return f.indexOf(v) >= 0; });
      if (term.key === "pkg") return b.searchPkgs.some(function (p) { return p.indexOf(v) >= 0; });
      if (term.key === "file") {
        // With its line, a file matches that line only: main.go:25 is not main.go:250.
        var withLine = /:\\d+$/.test(v);
        return b.searchFiles.some(function (f) {
          return withLine ? f === v || f.slice(-v.length - 1) === "/" + v : f.indexOf(v) >= 0;
        });
      }
      return b.searchState.indexOf(v) >= 0 ||
        b.searchFuncs.some(function (f) { return f.indexOf(v) >= 0; }) ||
        b.searchFiles.some(function (f) { return f.indexOf(v) >= 0; });
    }
    function matchesQuery(b, terms) {
      return terms.every(function (term) { return matchesTerm(b, term) !== term.negated; });
    }
    function describe(terms) {
      return terms.map(function (t) {
        var what = t.key === "goroutine" ? fmt(L.goroutine, [t.value]) : t.key ? fmt(L.termContaining, [t.key, t.value]) : '"' + t.value + '"';
        return t.negated ? fmt(L.termNot, [what]) : what;
      }).join(", ");
    }

    function frameItem(f, crashIndex) {
      var li = el("li", f[4] === "u" ? "user" : f[4] === "r" ? "runtime" : "stdlib");
      li.appendChild(el("span", "fn", f[0]));
      li.appendChild(el("span", "args", "(" + f[1] + ")"));
      var where = f[3] > 0 ? f[2] + ":" + f[3] : f[2];
      var src = int(f[5]);
      var loc;
      if (src >= 0) { loc = el("a", "loc", where); loc.href = "#src-" + src; }
      else loc = el("span", "loc", where);
      li.appendChild(loc);
      var url = typeof f[6] === "string" ? f[6] : "";
      if (url.indexOf("https://cs.opensource.google/go/go/+/refs/tags/") === 0 || url.indexOf("https://github.com/") === 0) {
        var web = el("a", "web", "\u2197");
        web.href = url;
        web.rel = "noreferrer noopener";
        web.target = "_blank";
        web.title = L.sourceOnWeb;
        li.appendChild(document.createTextNode(" "));
        li.appendChild(web);
      }
      return li;
    }

    function createdText(c) {
      var file = String(c[1]);
      var base = file.slice(file.lastIndexOf("/") + 1);
      return fmt(L.createdAtSite, [c[0], base + (int(c[2]) > 0 ? ":" + int(c[2]) : "")]);
    }

    function idsBox(b) {
      var box = el("p", "ids");
      var runs = idRuns(b);
      var shown = runs.slice(0, 3).map(function (r) { return r[0] === r[1] ? thousands(r[0]) : thousands(r[0]) + "\u2013" + thousands(r[1]); });
      box.appendChild(el("span", null, fmt(b.count === 1 ? L.idsOne : L.idsMany, [thousands(int(b.count))])));
      box.appendChild(el("span", "mono id", shown.join(", ") + (runs.length > 3 ? ", \u2026" : "")));
      if (runs.length > 3) {
        var all = el("button", "all-ids", L.allIds);
        all.type = "button";
        all.addEventListener("click", function () {
          var list = el("span", "mono id-list");
          runs.forEach(function (r, i) {
            if (i) list.appendChild(document.createTextNode(", "));
            list.appendChild(el("span", "id", r[0] === r[1] ? String(r[0]) : r[0] + "\u2013" + r[1]));
          });
          box.replaceChild(list, all.previousSibling);
          all.remove();
        });
        box.appendChild(document.createTextNode(" "));
        box.appendChild(all);
      }
      return box;
    }

    function body(b, details) {
      var box = el("div", "body");
      var ol = el("ol", "frames");
      b.frames.forEach(function (f, i) {
        if (b.elided && b.elided[1] === i) ol.appendChild(el("li", "runtime", b.elided[0]));
        ol.appendChild(frameItem(f, index));
      });
      if (b.elided && b.elided[1] >= b.frames.length) ol.appendChild(el("li", "runtime", b.elided[0]));
      box.appendChild(ol);
      if (b.created) {
        var cb = el("p", "created");
        var words = String(L.createdBy).split("{0}");
        cb.appendChild(el("span", null, words[0]));
        cb.appendChild(el("span", "fn", b.created[0]));
        if (words[1]) cb.appendChild(el("span", null, words[1]));
        cb.appendChild(el("span", "mono", "  " + b.created[1] + (b.created[2] > 0 ? ":" + b.created[2] : "")));
        box.appendChild(cb);
      }
      if (b.creators.length) {
        var p = el("p", "created");
        p.appendChild(el("span", null, L.spawnedBy + " "));
        b.creators.forEach(function (c, i) {
          if (i) p.appendChild(el("span", null, ", "));
          p.appendChild(el("span", null, fmt(L.goroutine, [int(c[0])]) + " (" + thousands(int(c[1])) + ")"));
          var rank = int(c[2]);
          if (rank > 0) {
            p.appendChild(el("span", null, " " + L.inBucket + " "));
            var a = el("a", null, "#" + rank);
            a.href = "#b-" + index + "-" + rank;
            a.addEventListener("click", function (event) { event.preventDefault(); reveal(rank); });
            p.appendChild(a);
          }
        });
        box.appendChild(p);
      }
      if (b.why.length) box.appendChild(el("p", "why", b.why.join(" \u00b7 ")));
      if (b.ids) box.appendChild(idsBox(b));
      details.appendChild(box);
    }

    function row(b) {
      var details = el("details", "bucket" + (b.crashing ? " crashing" : "") + (b.program ? "" : " runtime-only"));
      details.id = "b-" + index + "-" + int(b.rank);
      var summary = el("summary");
      summary.appendChild(el("span", "rank", "#" + int(b.rank) + " "));
      summary.appendChild(el("span", "count", thousands(int(b.count))));
      var state = b.state + (b.wait ? ", " + b.wait : "") + (b.locked ? ", " + L.lockedToThread : "");
      if (state) summary.appendChild(el("span", "state", "[" + state + "]"));
      if (b.crashing) summary.appendChild(el("span", "by", L.crashing));
      var top = b.top >= 0 ? b.frames[b.top] : null;
      if (top) {
        var where = el("span", "where");
        where.appendChild(el("span", "fn" + (top[4] === "u" ? " user" : ""), top[0]));
        summary.appendChild(where);
      }
      if (b.created) summary.appendChild(el("span", "by", createdText(b.created)));
      details.appendChild(summary);
      var built = false;
      details.addEventListener("toggle", function () {
        if (details.open && !built) { built = true; body(b, details); }
      });
      return details;
    }

    function render() {
      list.textContent = "";
      var fragment = document.createDocumentFragment();
      matches.slice(0, limit).forEach(function (b) { fragment.appendChild(row(b)); });
      list.appendChild(fragment);
      var shown = Math.min(limit, matches.length);
      var goroutines = matches.reduce(function (sum, b) { return sum + b.count; }, 0);
      status.textContent = matches.length === 0 && terms.length
        ? fmt(L.noMatch, [describe(terms), thousands(buckets.length)])
        : fmt(L.showing, [thousands(shown), thousands(matches.length), thousands(goroutines), thousands(total)]);
      more.hidden = matches.length <= limit;
      if (fold && !showRuntime) {
        if (terms.length) fold.remove();
        else if (more.hidden) more.after(fold);
        else fold.remove();
      }
    }

    function reveal(rank) {
      if (buckets[rank - 1] && buckets[rank - 1].rt && !showRuntime) { showRuntime = true; if (fold) fold.remove(); }
      if (matches.indexOf(buckets[rank - 1]) < 0) { filter.value = ""; terms = []; matches = unfiltered(); }
      var at = matches.indexOf(buckets[rank - 1]);
      if (at >= limit) limit = at + PAGE;
      render();
      var target = document.getElementById("b-" + index + "-" + rank);
      if (target) { target.open = true; target.scrollIntoView({ block: "center" }); }
    }

    var timer = 0;
    filter.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        terms = parseQuery(filter.value.toLowerCase());
        matches = terms.length ? buckets.filter(function (b) { return matchesQuery(b, terms); }) : unfiltered();
        limit = PAGE;
        render();
      }, 80);
    });
    more.addEventListener("click", function () { limit += PAGE * 5; render(); });
    render();
  });
${HEAT_SCRIPT}
  root.setAttribute("data-ready", "1");
})();
`;
