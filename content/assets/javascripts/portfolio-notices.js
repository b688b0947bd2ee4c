/* Outage notices against the reader's clock: the banner on every page shows what is under way
 * or starts within 48 hours, and the status page sorts notices into aktuelle, planlagte and
 * afsluttede. The build did the same for its own moment; a notice is about now.
 */
(function () {
  "use strict";

  var now = Date.now();

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
    document.querySelectorAll(".pt-notice[data-pt-start]").forEach(function (notice) {
      var target = sections[stateOf(notice)];
      if (notice.parentElement !== target) {
        target.appendChild(notice);
      }
    });
    Object.keys(sections).forEach(function (key) {
      var section = sections[key];
      section.querySelector(".pt-notices__none").hidden =
        section.querySelector(".pt-notice") !== null;
    });
    var stamp = document.getElementById("pt-notices-stamp");
    if (stamp) {
      stamp.textContent = "Sorteret efter browserens ur: " + new Date(now).toLocaleString("da-DK", {
        timeZone: "Europe/Copenhagen", dateStyle: "long", timeStyle: "short"
      }) + ".";
    }
  }

  updateBanner();
  sortStatusPage();
})();
