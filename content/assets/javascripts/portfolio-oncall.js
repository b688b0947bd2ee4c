/* "Hvem kontakter jeg nu?": the procedure's rule applied to the reader's current time in Danish
 * time (Europe/Copenhagen), with weekends, the public holidays computed at build time for the
 * years in "helligdage_år", and the procedure's own closing days ("lukkedage"). The same rule is
 * in macros/views/oncall.py, whose tests pin every boundary. Outside those years the page says it does
 * not know the holidays. Without JavaScript the page shows the full timetable instead.
 */
(function () {
  "use strict";

  var source = document.getElementById("pt-oncall-data");
  var box = document.getElementById("pt-oncall-now");
  var clock = document.getElementById("pt-oncall-clock");
  if (!source || !box || !clock) {
    return;
  }
  var rule = JSON.parse(source.textContent);
  var WEEKDAYS = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];

  function danishNow(now) {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23", weekday: "short"
    }).formatToParts(now).forEach(function (part) { parts[part.type] = part.value; });
    var date = parts.year + "-" + parts.month + "-" + parts.day;
    var weekday = new Date(Date.UTC(+parts.year, +parts.month - 1, +parts.day)).getUTCDay();
    var closed = rule.helligdage.indexOf(date) !== -1 ? "helligdag"
      : rule.lukkedage.indexOf(date) !== -1 ? "lukkedag" : null;
    return {
      date: date,
      clock: parts.hour + ":" + parts.minute,
      weekday: WEEKDAYS[weekday],
      closed: closed,
      known: rule.helligdage_år[0] <= +parts.year && +parts.year <= rule.helligdage_år[1],
      day: closed ? "helligdag" : WEEKDAYS[weekday]
    };
  }

  function answer(now) {
    for (var i = 0; i < rule.kontakter.length; i++) {
      var contact = rule.kontakter[i];
      if (contact.åbningstider.length === 0) {
        return { contact: contact, until: null };
      }
      for (var j = 0; j < contact.åbningstider.length; j++) {
        var hours = contact.åbningstider[j];
        if (hours.dage.indexOf(now.day) !== -1 && hours.fra <= now.clock && now.clock < hours.til) {
          return { contact: contact, until: hours.til };
        }
      }
    }
    return null;
  }

  function morning(now) {
    return now.clock < rule.gælder_fra ? "i dag" : "i morgen";
  }

  function show() {
    var now = danishNow(new Date());
    var found = answer(now);
    var waits = now.clock >= rule.gælder_til || now.clock < rule.gælder_fra;
    var day = now.weekday + (now.closed ? " (" + now.closed + ")" : "");
    clock.textContent = "Dansk tid lige nu: " + day + " kl. " + now.clock + "." + (now.known ? ""
      : " Siden kender kun helligdagene i " + rule.helligdage_år[0] + "–" + rule.helligdage_år[1] +
        ": er det helligdag i dag, så se rækken Helligdag i tabellen Åbningstider.");
    clock.hidden = false;
    var key = (found ? found.contact.navn : "") + "|" + waits;
    if (box.dataset.shown === key) {
      return;  // Why: role="status" is read aloud on each change; repeat it only when it differs
    }
    box.dataset.shown = key;
    box.textContent = "";
    var lead = document.createElement("p");
    lead.className = "pt-oncall__call";
    if (found) {
      lead.append("Ring til " + found.contact.navn + " på ");
      var link = document.createElement("a");
      link.href = "tel:" + found.contact.tel;
      link.textContent = found.contact.telefon;
      lead.append(link, found.until ? ". De svarer til kl. " + found.until + "." : ".");
    } else if (waits) {
      lead.append("Ingen svarer nu. Send formularen; den behandles kl. " + rule.gælder_fra + " " +
        morning(now) + ".");
    } else {
      lead.append("Ingen svarer på telefonen lige nu. Send formularen nu.");
    }
    box.append(lead);
    if (waits && found) {
      var late = document.createElement("p");
      late.textContent = "En formular, der sendes nu, behandles først kl. " + rule.gælder_fra +
        " " + morning(now) + ".";
      box.append(late);
    }
    box.hidden = false;
  }

  show();
  // Why: the page may stay open on a duty phone; the answer changes at the boundaries.
  setInterval(show, 60 * 1000);
})();
