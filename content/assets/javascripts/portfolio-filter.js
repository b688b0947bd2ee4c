/* Porteføljeoversigt: filters, free-text search and sorting of the table of indsatser.
 *
 * Progressive enhancement: without JavaScript the whole table and the pre-filtered pages per
 * colour and group still work. The filter state lives in the URL (?gruppe=…&farve=…), so a
 * filtered view can be shared and is restored on load. The row count is announced through a
 * role="status" element. Each column's heading becomes a button named by the heading itself (the
 * heading's aria-sort says how the table is sorted), and a reader who opens an indsats and comes
 * back finds the focus on the row they left from.
 */
(function () {
  "use strict";

  var ALL_FILTERS = ["gruppe", "program", "farve", "sektion", "organisation"];
  var LISTS = ["organisation"];  // a row names several organisations, separated by spaces
  var EMPTY = "9999";  // data-sort of a cell without a date, see initiative-table.html
  var form = document.getElementById("pt-filter");
  var table = document.getElementById("pt-indsatser");
  if (!form || !table) {
    return;
  }
  // Why: a filter without choices is left out of the form (no organisations, for one).
  var FILTERS = ALL_FILTERS.filter(function (name) { return form.elements.namedItem(name); });
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var count = document.getElementById("pt-count");
  var collator = new Intl.Collator("da", { numeric: true, sensitivity: "base" });
  var sorting = { key: "", descending: false };
  var texts = new Map(rows.map(function (row) { return [row, normalise(row.textContent)]; }));

  function normalise(text) {
    return text.toLocaleLowerCase("da").replace(/\s+/g, " ");
  }

  function field(name) {
    return form.elements.namedItem(name);
  }

  function matches(row, wanted, words) {
    var text = texts.get(row);
    return FILTERS.every(function (name) {
      if (!wanted[name]) {
        return true;
      }
      var value = row.dataset[name] || "";
      return LISTS.indexOf(name) === -1
        ? value === wanted[name]
        : value.split(" ").indexOf(wanted[name]) !== -1;
    }) && words.every(function (word) { return text.indexOf(word) !== -1; });
  }

  function apply() {
    var wanted = {};
    FILTERS.forEach(function (name) { wanted[name] = field(name).value; });
    var words = normalise(field("tekst").value).split(" ").filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      row.hidden = !matches(row, wanted, words);
      shown += row.hidden ? 0 : 1;
    });
    var noun = rows.length === 1 ? " indsats" : " indsatser";
    count.textContent = shown === rows.length
      ? "Viser alle " + rows.length + noun
      : "Viser " + shown + " af " + rows.length + noun;
    writeUrl();
  }

  function writeUrl() {
    var params = new URLSearchParams();
    FILTERS.concat(["tekst"]).forEach(function (name) {
      if (field(name).value) {
        params.set(name, field(name).value);
      }
    });
    if (sorting.key) {
      params.set("sorter", sorting.key);
      if (sorting.descending) {
        params.set("orden", "faldende");
      }
    }
    var query = params.toString();
    // Why keep the state: it remembers the row a reader opened (see rememberRow).
    var address = (query ? "?" + query : location.pathname) + location.hash;
    history.replaceState(history.state, "", address);
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    FILTERS.concat(["tekst"]).forEach(function (name) {
      var value = params.get(name);
      if (value === null) {
        return;
      }
      var input = field(name);
      input.value = value;
      if (input.value !== value) {
        input.value = "";  // not among the options, e.g. a group that was renamed
      }
    });
    return { key: params.get("sorter") || "", descending: params.get("orden") === "faldende" };
  }

  function cellValue(row, column) {
    var cell = row.cells[column];
    return cell.getAttribute("data-sort") || cell.textContent.trim();
  }

  function sortBy(key, descending) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var column = headers.findIndex(function (th) { return th.dataset.sortKey === key; });
    if (column === -1) {
      return;
    }
    sorting = { key: key, descending: descending };
    var sign = descending ? -1 : 1;
    rows.slice().sort(function (a, b) {
      var first = cellValue(a, column);
      var second = cellValue(b, column);
      if ((first === EMPTY) !== (second === EMPTY)) {
        return first === EMPTY ? 1 : -1;  // rows without a value stay last either way
      }
      return sign * collator.compare(first, second);
    }).forEach(function (row) { body.appendChild(row); });
    headers.forEach(function (th, index) {
      if (index === column) {
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
  }

  function addSortButtons() {
    // Why a description and no label: the button's name is the column's, which a screen reader
    // reads for every cell of the column; what the button does is said once beside it.
    var hint = document.createElement("span");
    hint.id = "pt-sort-hint";
    hint.hidden = true;
    hint.textContent = "Sorterer tabellen efter kolonnen";
    table.parentNode.insertBefore(hint, table);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "pt-sort";
      button.textContent = th.textContent;
      button.setAttribute("aria-describedby", hint.id);
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var key = th.dataset.sortKey;
        sortBy(key, sorting.key === key && !sorting.descending);
        writeUrl();
      });
    });
  }

  // Back from an indsats: the browser keeps the page's place but not its focus, so the row's link
  // is remembered in the history entry and focused again when the page is shown.
  function rememberRow(event) {
    var link = event.target.closest("a");
    if (link && body.contains(link)) {
      var state = Object.assign({}, history.state, { ptRow: link.getAttribute("href") });
      history.replaceState(state, "", location.href);
    }
  }

  function returnToRow() {
    var href = history.state && history.state.ptRow;
    var link = href && Array.prototype.find.call(body.querySelectorAll("a"), function (a) {
      return a.getAttribute("href") === href;
    });
    if (link && !link.closest("tr").hidden) {
      link.focus();
    }
  }

  addSortButtons();
  var restored = readUrl();
  if (restored.key) {
    sortBy(restored.key, restored.descending);
  }
  form.hidden = false;
  form.addEventListener("input", apply);  // selects fire it too; "change" would announce twice
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  apply();
  body.addEventListener("click", rememberRow);
  // Why only after Back or Forward: a reload starts the page afresh, at its top.
  var navigation = performance.getEntriesByType("navigation")[0];
  if (navigation && navigation.type === "back_forward") {
    returnToRow();
  }
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      returnToRow();  // restored from the back/forward cache: no script ran again
    }
  });
})();
