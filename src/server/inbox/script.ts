// The inbox's own script, beside the report's: the list's "select all" box. Everything else
// works without script (forms, links, <details>).

export const INBOX_SCRIPT = `
(function () {
  "use strict";
  var all = document.getElementById("select-all");
  if (!all) return;
  all.hidden = false;
  all.addEventListener("change", function () {
    document.querySelectorAll("input[name=id]").forEach(function (box) { box.checked = all.checked; });
  });
})();
`;
