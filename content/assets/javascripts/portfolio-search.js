/* Søgning: the header's search box and the search page, over the Pagefind index of the site.
 *
 * The index is built after MkDocs (macros/adapter/search.py) with Danish stemming, so
 * "kommune", "kommunerne" and "kommunernes" find the same pages; it is loaded in fragments, only
 * those a query needs. Results show the title, the group and the colour in words, and can be
 * narrowed by kind, group, programme and colour. Text from the index is only ever put into the
 * page as text (the excerpt's <mark> highlights are rebuilt as elements), and the query and the
 * filters live in the address, so a search can be shared. "/" focuses the search box anywhere.
 */
(function () {
  "use strict";

  var FILTERS = ["slags", "gruppe", "program", "farve"];
  var SHOWN = 20;
  var box = document.getElementById("pt-search-box");

  document.addEventListener("keydown", function (event) {
    var typing = event.target.closest("input, textarea, select, [contenteditable]");
    if (event.key === "/" && !typing && box && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      box.focus();
    }
  });

  var form = document.getElementById("pt-search");
  if (!form) {
    return;
  }
  var query = form.elements.namedItem("q");
  var status = document.getElementById("pt-search-status");
  var list = document.getElementById("pt-search-results");
  var latest = 0;
  // Why the page's address: import() would resolve a relative path against this script's own.
  var pagefind = import(new URL(form.dataset.index, document.baseURI).href).then(function (module) {
    return module.options({ excerptLength: 24 }).then(function () { return module; });
  });

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0" };

  function decoded(text) {
    return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, function (whole, name) {
      if (name[0] !== "#") {
        return ENTITIES[name.toLowerCase()] || whole;
      }
      var code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : +name.slice(1);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }

  // Pagefind's excerpt is escaped text with <mark> around the words found: decoded piece by
  // piece into text nodes, so nothing in it can become markup.
  function excerpt(html) {
    var paragraph = element("p", "pt-search-result__excerpt");
    html.split(/(<mark>.*?<\/mark>)/).forEach(function (piece) {
      var marked = /^<mark>(.*)<\/mark>$/.exec(piece);
      var text = decoded(marked ? marked[1] : piece);
      paragraph.appendChild(marked ? element("mark", "", text) : document.createTextNode(text));
    });
    return paragraph;
  }

  function result(data) {
    var item = element("li", "pt-search-result");
    var heading = element("h2", "pt-search-result__title");
    var link = element("a", "", data.meta.title || data.url);
    link.href = data.url;
    heading.appendChild(link);
    item.appendChild(heading);
    var facts = [data.meta.slags, data.meta.gruppe, data.meta.farve].filter(Boolean);
    if (facts.length) {
      item.appendChild(element("p", "pt-search-result__facts", facts.join(" · ")));
    }
    item.appendChild(excerpt(data.excerpt));
    return item;
  }

  function chosenFilters() {
    var chosen = {};
    FILTERS.forEach(function (name) {
      var value = form.elements.namedItem(name).value;
      if (value) {
        chosen[name] = value;
      }
    });
    return chosen;
  }

  function remember(words, chosen) {
    var parameters = new URLSearchParams(chosen);
    if (words) {
      parameters.set("q", words);
    }
    var search = parameters.toString();
    history.replaceState(null, "", search ? "?" + search : location.pathname);
  }

  function counted(count, words) {
    if (!words) {
      return "Skriv et eller flere ord for at søge.";
    }
    var found = count === 1 ? "Ét resultat" : count ? count + " resultater" : "Ingen resultater";
    return found + " for »" + words + "«" + (count > SHOWN ? "; de " + SHOWN + " bedste vises." : ".");
  }

  function show(words, found, number) {
    return Promise.all(found.results.slice(0, SHOWN).map(function (hit) { return hit.data(); }))
      .then(function (pages) {
        if (number !== latest) {
          return;
        }
        list.replaceChildren.apply(list, pages.map(result));
        status.textContent = counted(found.results.length, words);
      });
  }

  function search() {
    var number = ++latest;
    var words = query.value.trim();
    var chosen = chosenFilters();
    remember(words, chosen);
    if (!words) {
      list.replaceChildren();
      status.textContent = counted(0, words);
      return Promise.resolve();
    }
    return pagefind.then(function (index) {
      return index.search(words, { filters: chosen });
    }).then(function (found) {
      return number === latest ? show(words, found, number) : undefined;
    });
  }

  function fillFilter(name, counts) {
    var select = form.elements.namedItem(name);
    Object.keys(counts || {}).sort(function (a, b) { return a.localeCompare(b, "da"); })
      .forEach(function (value) {
        var option = element("option", "", value);
        option.value = value;
        select.appendChild(option);
      });
  }

  function restore() {
    var parameters = new URLSearchParams(location.search);
    query.value = parameters.get("q") || "";
    FILTERS.forEach(function (name) {
      form.elements.namedItem(name).value = parameters.get(name) || "";
    });
  }

  pagefind.then(function (index) { return index.filters(); }).then(function (filters) {
    FILTERS.forEach(function (name) { fillFilter(name, filters[name]); });
    restore();
    form.hidden = false;
    return search();
  }).catch(function () {
    status.textContent = "Søgningen kunne ikke indlæses. Brug porteføljeoversigten i stedet.";
  });

  form.addEventListener("input", search);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });
})();
