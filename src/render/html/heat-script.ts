// The part of the report's script that draws the execution trace's heat map (trace-section.ts
// embeds the numbers): one row of cells per P coloured by what kept it busy (its opacity how
// busy), a row of runnable goroutines, a row of GC and stop-the-world; the wheel zooms about
// the pointer, a double-click resets, the line below reads out the window under the pointer.
// Only numbers and the page's own labels are drawn; nothing from the trace becomes markup.

export const HEAT_SCRIPT = `
  function drawHeat(t) {
    var box = document.getElementById("trace-heat");
    var out = document.getElementById("trace-readout");
    if (!box || !out) return;
    var NS = "http://www.w3.org/2000/svg";
    var windows = Math.max(0, int(t.windows));
    // The map is 1000 units wide whatever the number of windows, so rows keep their height.
    var cell = 1000 / Math.max(1, windows), rowH = 16, gap = 2, left = 64;
    var rows = t.procs.length + 2;
    var width = left + 1000, height = rows * (rowH + gap);
    // The labels stay put in the outer image; the map itself is a nested image whose viewBox
    // the wheel narrows, so zooming never scrolls the P names away.
    var outer = document.createElementNS(NS, "svg");
    outer.setAttribute("viewBox", "0 0 " + width + " " + height);
    outer.setAttribute("role", "img");
    box.appendChild(outer);
    var mapW = 1000;
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("x", String(left));
    svg.setAttribute("width", String(mapW));
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", "0 0 " + mapW + " " + height);
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("class", "heat-map");
    function node(tag, attrs, cls, text, parent) {
      var n = document.createElementNS(NS, tag);
      for (var k in attrs) n.setAttribute(k, String(attrs[k]));
      if (cls) n.setAttribute("class", cls);
      if (text !== undefined) n.textContent = String(text);
      (parent || svg).appendChild(n);
      return n;
    }
    // A transparent ground, so the pointer is over the map between the rows too.
    node("rect", { x: 0, y: 0, width: mapW, height: height, fill: "transparent" });
    function label(y, text) { node("text", { x: 2, y: y + 12 }, "heat-label", text, outer); }
    function num(v) { return typeof v === "number" && isFinite(v) ? v : 0; }
    var kinds = ["user", "gcMark", "gcAssist", "syscall"];
    t.procs.forEach(function (p, row) {
      var y = row * (rowH + gap);
      label(y, "P" + int(p.id));
      node("rect", { x: 0, y: y, width: mapW, height: rowH }, "hm-idle");
      for (var w = 0; w < windows; w++) {
        var busy = 0, best = "user", most = -1;
        kinds.forEach(function (k) { var v = num(p[k][w]); busy += v; if (v > most) { most = v; best = k; } });
        if (busy <= 0) continue;
        node("rect", { x: w * cell, y: y, width: cell, height: rowH, "fill-opacity": Math.min(1, busy).toFixed(2) }, "hm-cell hm-" + best);
      }
    });
    var runY = t.procs.length * (rowH + gap);
    var maxRun = Math.max.apply(null, [1].concat(t.runnable.map(num)));
    label(runY, "runq");
    t.runnable.forEach(function (v, w) {
      var bar = (num(v) / maxRun) * rowH;
      if (bar > 0) node("rect", { x: w * cell, y: runY + rowH - bar, width: cell, height: bar }, "hm-runnable");
    });
    var gcY = runY + rowH + gap;
    label(gcY, "GC");
    t.gc.forEach(function (v, w) {
      var stw = num(t.stw[w]) > 0;
      if (num(v) > 0 || stw) node("rect", { x: w * cell, y: gcY, width: cell, height: rowH, "fill-opacity": stw ? 1 : Math.min(1, num(v)).toFixed(2) }, stw ? "hm-stw" : "hm-gc");
    });

    outer.appendChild(svg);

    // Zoom: the map's viewBox narrows about the pointer, never past 1/64 of it nor its edges.
    var view = { x: 0, w: mapW };
    function apply() { svg.setAttribute("viewBox", view.x + " 0 " + view.w + " " + height); }
    function at(ev) { var r = svg.getBoundingClientRect(); return view.x + ((ev.clientX - r.left) / r.width) * view.w; }
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var x = at(ev);
      var k = ev.deltaY < 0 ? 0.8 : 1.25;
      var w = Math.min(mapW, Math.max(mapW / 64, view.w * k));
      view.x = Math.min(mapW - w, Math.max(0, x - (x - view.x) * (w / view.w)));
      view.w = w;
      apply();
      box.setAttribute("data-zoom", (mapW / view.w).toFixed(2));
    }, { passive: false });
    svg.addEventListener("dblclick", function () { view = { x: 0, w: mapW }; apply(); box.setAttribute("data-zoom", "1.00"); });
    svg.addEventListener("mousemove", function (ev) {
      var w = Math.floor(at(ev) / cell);
      if (w < 0 || w >= windows) { out.textContent = ""; return; }
      var procs = t.procs.map(function (p) {
        return "P" + int(p.id) + " " + kinds.map(function (k) { return t.labels[k] + " " + Math.round(num(p[k][w]) * 100) + "%"; }).join(" ");
      }).join(" · ");
      out.textContent = fmt(t.labels.readout, [(w * num(t.windowNs) / 1e6).toFixed(1), procs, num(t.runnable[w]).toFixed(1)]);
    });
    box.setAttribute("data-zoom", "1.00");
  }
  if (data.trace) drawHeat(data.trace);
`;
