/* Allegiance briefing: tooltips, series switches, a sortable, filterable table. No network. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chart-tips").textContent);
  var tip = document.getElementById("tip");

  function place(event) {
    var x = event.pageX + 14, y = event.pageY + 14;
    var room = window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8;
    tip.style.left = Math.min(x, room) + "px";
    tip.style.top = y + "px";
  }
  function show(event, text) {
    tip.textContent = text;
    tip.hidden = false;
    place(event);
  }
  function hide() { tip.hidden = true; }

  Object.keys(data).forEach(function (id) {
    var texts = data[id];
    var group = document.getElementById(id);
    if (!group || !texts.length) { return; }
    // Markers are <use> elements in drawing order (scatter markers of
    // different sizes are <path> elements): one text each.
    var targets = [group];
    ["use", "path"].some(function (tag) {
      var marks = group.querySelectorAll(tag);
      if (texts.length > 1 && marks.length === texts.length) {
        targets = Array.prototype.slice.call(marks);
        return true;
      }
      return false;
    });
    targets.forEach(function (el, i) {
      var text = texts[Math.min(i, texts.length - 1)];
      el.style.cursor = "pointer";
      el.addEventListener("mousemove", function (e) { show(e, text); });
      el.addEventListener("mouseleave", hide);
    });
  });

  document.querySelectorAll("input[data-toggle]").forEach(function (box) {
    box.addEventListener("change", function () {
      box.getAttribute("data-toggle").split(" ").forEach(function (id) {
        var el = document.getElementById(id);
        if (el) { el.style.display = box.checked ? "" : "none"; }
      });
    });
  });

  document.querySelectorAll("table.sortable").forEach(function (table) {
    var body = table.tBodies[0];
    table.querySelectorAll("th.sortable").forEach(function (th, column) {
      th.addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        var numeric = th.classList.contains("num");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute("data-sort") || a.cells[column].textContent;
          var y = b.cells[column].getAttribute("data-sort") || b.cells[column].textContent;
          var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
          return up ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-filter"));
    var count = document.getElementById(input.getAttribute("data-count"));
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        var keep = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !keep;
        shown += keep ? 1 : 0;
      });
      if (count) { count.textContent = shown; }
    });
  });
})();
