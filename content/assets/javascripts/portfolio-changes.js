/* "Hvad er ændret": show the changes since a chosen date instead of each group's previous
 * status date. The chosen date lives in the URL (?siden=2018-01-01), so the view can be shared.
 * Without JavaScript the page shows the groups' defaults, with older changes folded away.
 */
(function () {
  "use strict";

  var form = document.getElementById("pt-since-form");
  if (!form) {
    return;
  }
  var input = document.getElementById("pt-since");
  var count = document.getElementById("pt-changes-count");
  // Each change is a list item that starts with its day: <time datetime="2018-02-19">.
  var items = Array.prototype.slice.call(document.querySelectorAll(".pt-changes li > time[datetime]"))
    .map(function (time) { return time.parentElement; });

  function dayOf(item) {
    return item.querySelector("time").getAttribute("datetime");
  }

  function show(since) {
    var shown = 0;
    items.forEach(function (item) {
      item.hidden = Boolean(since) && dayOf(item) < since;  // the chosen day counts
      shown += item.hidden ? 0 : 1;
    });
    document.querySelectorAll(".pt-changes__older").forEach(function (details) {
      details.open = Boolean(since);
      details.classList.toggle("pt-changes__older--chosen", Boolean(since));
    });
    document.querySelectorAll(".pt-changes__group").forEach(function (section) {
      var visible = items.filter(function (item) {
        return !item.hidden && section.contains(item);
      }).length;
      var none = section.querySelector(".pt-changes__none");
      if (!none) {
        none = document.createElement("p");
        none.className = "pt-changes__none";
        none.textContent = "Intet nyt siden da.";
        section.querySelector(".pt-changes__since").after(none);
      }
      none.hidden = Boolean(since) ? visible > 0 : !none.dataset.ptBuilt;
      var older = section.querySelector(".pt-changes__older");
      if (older) {
        older.hidden = Boolean(since) && !older.querySelector("li:not([hidden])");
      }
    });
    var label = since
      ? "Siden " + new Date(since + "T00:00:00Z").toLocaleDateString("da-DK", {
          day: "numeric", month: "long", year: "numeric", timeZone: "UTC"
        })
      : null;
    document.querySelectorAll(".pt-changes__since").forEach(function (text) {
      text.textContent = label || text.dataset.ptDefault;
    });
    count.textContent = since
      ? "Viser " + shown + (shown === 1 ? " ændring" : " ændringer") + " " + label.toLowerCase()
      : "";
    var query = since ? "?siden=" + since : location.pathname;
    history.replaceState(null, "", query + location.hash);
  }

  var given = new URLSearchParams(location.search).get("siden") || "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(given)) {
    input.value = given;
  }
  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.addEventListener("change", function () { show(input.value); });
  form.addEventListener("reset", function () { setTimeout(function () { show(""); }, 0); });
  if (input.value) {
    show(input.value);
  }
})();
