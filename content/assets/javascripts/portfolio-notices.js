/* Outage notices against the reader's clock: the banner on every page shows what is under way
 * or starts within 48 hours, and the status page sorts notices into aktuelle, planlagte and
 * afsluttede. The build did the same for its own moment; a notice is about now.
 */
(function () {
  "use strict";

  var now;

  function stateOf(element) {
    var end = element.dataset.ptEnd ? Date.parse(element.dataset.ptEnd) : null;
    if (end !== null && end <= now) {
      return "afsluttet";
    }
    return now < Date.parse(element.dataset.ptStart) ? "planlagt" : "aktuel";
  }

  function updateBanner() {
    var banner = document.querySelector(".pt-banner");
    if (!banner) {
      return;
    }
    var ahead = Number(banner.dataset.ptAheadHours) * 60 * 60 * 1000;
    var shown = 0;
    banner.querySelectorAll("li[data-pt-start]").forEach(function (item) {
      var state = stateOf(item);
      var soon = state === "planlagt" && Date.parse(item.dataset.ptStart) - now <= ahead;
      item.hidden = !(state === "aktuel" || soon);
      item.querySelector(".pt-banner__now").textContent = state === "aktuel" ? "Nu" : "Planlagt";
      shown += item.hidden ? 0 : 1;
    });
    var bar = banner.closest(".md-banner");
    if (bar) {
      bar.hidden = shown === 0;
    }
  }

  function sortStatusPage() {
    var sections = {};
    document.querySelectorAll(".pt-notices[data-pt-state]").forEach(function (section) {
      sections[section.dataset.ptState] = section;
    });
    if (!sections.aktuel) {
      return;
    }
    var notices = Array.prototype.slice.call(document.querySelectorAll(".pt-notice[data-pt-start]"));
    notices.sort(function (a, b) {
      return Date.parse(b.dataset.ptStart) - Date.parse(a.dataset.ptStart);
    });
    notices.forEach(function (notice) {
      var state = stateOf(notice);
      // Planned ones soonest first, the others newest first.
      if (state === "planlagt") {
        sections[state].insertBefore(notice, sections[state].querySelector(".pt-notice"));
      } else {
        sections[state].appendChild(notice);
      }
    });
    Object.keys(sections).forEach(function (key) {
      var section = sections[key];
      section.querySelector(".pt-notices__none").hidden =
        section.querySelector(".pt-notice") !== null;
    });
    var stamp = document.getElementById("pt-notices-stamp");
    if (stamp) {
      var parts = {};
      new Intl.DateTimeFormat("da-DK", {
        timeZone: "Europe/Copenhagen", day: "numeric", month: "long", year: "numeric",
        hour: "2-digit", minute: "2-digit", hourCycle: "h23"
      }).formatToParts(new Date(now)).forEach(function (part) { parts[part.type] = part.value; });
      stamp.textContent = "Ordnet efter, hvordan meddelelserne står nu, " + parts.day + ". " +
        parts.month + " " + parts.year + " kl. " + parts.hour + ":" + parts.minute + ".";
    }
  }

  function refresh() {
    now = Date.now();
    updateBanner();
    sortStatusPage();
  }

  refresh();
  // Why: a page left open on a duty phone must show a shutdown as it begins.
  setInterval(refresh, 60 * 1000);
})();
