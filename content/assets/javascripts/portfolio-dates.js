/* Overdue and upcoming, recomputed for the reader's today.
 *
 * The build computes them for its own date and prints the stamp ("opgjort pr."). On a live site
 * (data-pt-live="true": the as-of date was simply the build day), a page read days later would
 * otherwise show a stale state, so this script recomputes every milestone that is still open
 * from its deadline (data-pt-deadline-end) and updates the stamp. A snapshot site with a fixed
 * date (data-pt-live="false") is left as built.
 */
(function () {
  "use strict";

  var stamp = document.querySelector(".pt-stamp[data-pt-live='true']");
  if (!stamp) {
    return;
  }
  var DAY = 24 * 60 * 60 * 1000;
  var now = new Date();
  var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  var builtFor = Date.parse(stamp.dataset.ptAsOf);
  if (!(today > builtFor)) {
    return;
  }
  var windowDays = Number(stamp.dataset.ptWindow);
  var STATES = {
    overdue: "Overskredet",
    upcoming: "Kommende",
    later: "Senere"
  };

  function stateFor(end) {
    if (end < today) {
      return "overdue";
    }
    return (end - today) / DAY <= windowDays ? "upcoming" : "later";
  }

  document.querySelectorAll(".pt-due[data-pt-deadline-end]").forEach(function (element) {
    var state = stateFor(Date.parse(element.dataset.ptDeadlineEnd));
    element.className = "pt-due pt-due--" + state;
    element.textContent = STATES[state];
  });
  var shown = new Date(today).toLocaleDateString("da-DK", {
    day: "numeric", month: "long", year: "numeric", timeZone: "UTC"
  });
  document.querySelectorAll(".pt-stamp__date").forEach(function (element) {
    element.textContent = shown + " (i dag; sitet er bygget " + element.textContent + ")";
  });
})();
