/* A procedure page's last resort, for one kommune: the reader picks their kommune once and the
 * first screen shows its line. The choice is kept in the address (?kommune=<kommunens id>, so it
 * can be bookmarked on a duty phone) and in the browser for the next visit. The line is copied
 * from the page's own table of every kommune, which is what readers without JavaScript see.
 */
(function () {
  "use strict";

  var form = document.getElementById("pt-duty-form");
  var table = document.getElementById("pt-duty-list");
  if (!form || !table) {
    return;
  }
  var select = form.elements.kommune;
  var chosen = document.getElementById("pt-duty-chosen");
  var KEY = "pt-kommune";

  function remembered() {
    try {
      return window.localStorage.getItem(KEY) || "";
    } catch (error) {
      return "";  // Why: storage can be switched off; the address still carries the choice.
    }
  }

  function remember(id) {
    try {
      if (id) {
        window.localStorage.setItem(KEY, id);
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch (error) {
      // Nothing to do: the choice then lasts as long as the address.
    }
  }

  function rowOf(id) {
    return Array.prototype.find.call(table.tBodies[0].rows, function (row) {
      return row.dataset.kommune === id;
    });
  }

  // The chosen kommune's contact and number, copied from its row (text, and the tel: link).
  function show(row) {
    chosen.textContent = "";
    chosen.hidden = !row;
    if (!row) {
      return;
    }
    var lead = document.createElement("strong");
    lead.textContent = "Kommunens nummer, hvis formularen også er nede:";
    var name = row.cells[0].textContent;
    var link = row.cells[2].querySelector("a");
    if (row.hasAttribute("data-pt-no-contact")) {
      chosen.append(lead, " " + name + " har ikke oplyst en kontakt. ");
    } else if (link) {
      chosen.append(lead, " " + name + ", " + row.cells[1].textContent + ": ", link.cloneNode(true), ". ");
    } else {
      chosen.append(lead, " " + name + ", " + row.cells[1].textContent + ". " +
        row.cells[2].textContent + ". ");
    }
    var change = document.createElement("button");
    change.type = "button";
    change.className = "pt-link-button";
    change.textContent = "Skift kommune";
    change.addEventListener("click", function () {
      select.scrollIntoView({ block: "center" });
      select.focus();
    });
    chosen.append(change);
  }

  // Why only a known kommune is kept: an old bookmark with a renamed id must not throw away the
  // reader's own choice.
  function choose(id) {
    var row = id ? rowOf(id) : null;
    select.value = row ? id : "";
    show(row);
    var url = new URL(window.location.href);
    if (row) {
      url.searchParams.set("kommune", id);
    } else {
      url.searchParams.delete("kommune");
    }
    window.history.replaceState(null, "", url);
  }

  select.addEventListener("change", function () {
    remember(select.value);
    choose(select.value);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  var fromAddress = new URL(window.location.href).searchParams.get("kommune") || "";
  fromAddress = fromAddress.normalize("NFC");
  var start = rowOf(fromAddress) ? fromAddress : remembered();
  if (start) {
    choose(start);
  }
})();
