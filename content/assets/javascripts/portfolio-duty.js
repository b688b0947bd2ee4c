/* A procedure page's last resort, for one kommune: the reader picks their kommune once and the
 * first screen shows its line. The choice is kept in the address (?kommune=odense-kommune, so it
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

  // The chosen kommune's name, contact and number, copied from its row (text, and the tel: link).
  function show(id) {
    var row = id ? rowOf(id) : null;
    chosen.textContent = "";
    chosen.hidden = !row;
    if (!row) {
      return;
    }
    var lead = document.createElement("strong");
    lead.textContent = "Er formularen også nede?";
    var link = row.cells[2].querySelector("a");
    chosen.append(lead, " " + row.cells[0].textContent + ", " + row.cells[1].textContent +
      (link ? ": " : ". "));
    chosen.append(link ? link.cloneNode(true) : row.cells[2].textContent + ".", " ");
    var change = document.createElement("a");
    change.href = "#" + select.id;
    change.textContent = "Skift kommune";
    chosen.append(change);
  }

  function choose(id, keepAddress) {
    var row = id ? rowOf(id) : null;
    var known = row ? id : "";
    select.value = known;
    show(known);
    remember(known);
    if (!keepAddress) {
      var url = new URL(window.location.href);
      if (known) {
        url.searchParams.set("kommune", known);
      } else {
        url.searchParams.delete("kommune");
      }
      window.history.replaceState(null, "", url);
    }
  }

  select.addEventListener("change", function () { choose(select.value, false); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  var fromAddress = new URL(window.location.href).searchParams.get("kommune");
  form.hidden = false;
  choose(fromAddress || remembered(), !fromAddress && !remembered());
})();
