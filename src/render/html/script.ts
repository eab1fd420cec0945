// The report's only script: builds bucket rows from the embedded JSON as they are needed
// (a few hundred at a time; a bucket's frames when it is first opened), filters them, and
// switches the theme. Every value from the crash text reaches the page through
// `textContent` or as a number checked to be one: never as markup, never as a URL.
// Package paths are cut by names/package-path.ts itself, embedded as source.

import { packageEnd } from "../../names/package-path.js";

export const SCRIPT = `
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var root = document.documentElement;
  var L = data.labels;

  var themes = ["auto", "light", "dark"];
  var theme = "auto";
  try { theme = localStorage.getItem("panicscope-theme") || "auto"; } catch (e) {}
  if (themes.indexOf(theme) < 0) theme = "auto";
  var themeButton = document.getElementById("theme");
  function applyTheme() { root.setAttribute("data-theme", theme); themeButton.textContent = L.theme + ": " + theme; }
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
  function thousands(n) { return String(n).replace(/\\B(?=(\\d{3})+(?!\\d))/g, "\\u2009"); }
  ${packageEnd.toString()}
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
    });
    var matches = buckets;
    var limit = PAGE;
    var total = buckets.reduce(function (sum, b) { return sum + b.count; }, 0);

    function matchesQuery(b, terms) {
      return terms.every(function (term) {
        var colon = term.indexOf(":");
        var key = colon > 0 ? term.slice(0, colon) : "";
        var value = colon > 0 ? term.slice(colon + 1) : term;
        var inFuncs = function () { return b.searchFuncs.some(function (f) { return f.indexOf(value) >= 0; }); };
        var inPkgs = function () { return b.searchPkgs.some(function (p) { return p.indexOf(value) >= 0; }); };
        if (key === "state") return b.searchState.indexOf(value) >= 0;
        if (key === "func") return inFuncs();
        if (key === "pkg" || key === "package") return inPkgs();
        return b.searchState.indexOf(term) >= 0 || b.searchFuncs.some(function (f) { return f.indexOf(term) >= 0; });
      });
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
      return li;
    }

    function body(b, details) {
      var box = el("div", "body");
      if (b.why.length) box.appendChild(el("p", "why", b.why.join(" \\u00b7 ")));
      if (b.ids) {
        var ids = el("p", "ids");
        ids.appendChild(el("span", null, L.goroutines + " "));
        ids.appendChild(el("span", "mono", b.ids));
        box.appendChild(ids);
      }
      if (b.creators.length) {
        var p = el("p", "created");
        p.appendChild(el("span", null, L.spawnedBy + " "));
        b.creators.forEach(function (c, i) {
          if (i) p.appendChild(el("span", null, ", "));
          p.appendChild(el("span", null, "goroutine " + int(c[0]) + " (" + thousands(int(c[1])) + ")"));
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
      var ol = el("ol", "frames");
      b.frames.forEach(function (f, i) {
        if (b.elided && b.elided[1] === i) ol.appendChild(el("li", "runtime", b.elided[0]));
        ol.appendChild(frameItem(f, index));
      });
      if (b.elided && b.elided[1] >= b.frames.length) ol.appendChild(el("li", "runtime", b.elided[0]));
      box.appendChild(ol);
      if (b.created) {
        var cb = el("p", "created");
        cb.appendChild(el("span", null, L.createdBy[0]));
        cb.appendChild(el("span", "fn", b.created[0]));
        if (L.createdBy[1]) cb.appendChild(el("span", null, L.createdBy[1]));
        cb.appendChild(el("span", "mono", "  " + b.created[1] + (b.created[2] > 0 ? ":" + b.created[2] : "")));
        box.appendChild(cb);
      }
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
      if (b.created) summary.appendChild(el("span", "by", L.createdBy[0] + b.created[0] + (L.createdBy[1] || "")));
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
      var words = L.showing;
      status.textContent = words[0] + thousands(shown) + words[1] + thousands(matches.length) +
        words[2] + thousands(goroutines) + words[3] + thousands(total) + words[4];
      more.hidden = matches.length <= limit;
    }

    function reveal(rank) {
      if (matches.indexOf(buckets[rank - 1]) < 0) { filter.value = ""; matches = buckets; }
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
        var terms = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
        matches = terms.length ? buckets.filter(function (b) { return matchesQuery(b, terms); }) : buckets;
        limit = PAGE;
        render();
      }, 80);
    });
    more.addEventListener("click", function () { limit += PAGE * 5; render(); });
    render();
  });
  root.setAttribute("data-ready", "1");
})();
`;
