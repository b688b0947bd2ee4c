/* Søgning: the header's search box and the search page, over the Pagefind index of the site.
 *
 * The index is built after MkDocs (macros/adapter/search.py) with Danish stemming, so
 * "kommune", "kommunerne" and "kommunernes" find the same pages; it is loaded in fragments, only
 * those a query needs. Results show the title, the group and the colour in words, and can be
 * narrowed by kind, group, programme and colour. Text from the index is only ever put into the
 * page as text (the excerpt's <mark> highlights are rebuilt as elements), and the query and the
 * filters live in the address, so a search can be shared. The best 20 hits are shown first;
 * "Vis flere" shows the next ones.
 */
(function () {
  "use strict";

  var PAGE = 20;

  var form = document.getElementById("pt-search");
  if (!form) {
    return;
  }
  var query = form.elements.namedItem("q");
  var status = document.getElementById("pt-search-status");
  var list = document.getElementById("pt-search-results");
  var more = document.getElementById("pt-search-more");
  // The filters are the form's selects: the page names them once (search-page.html).
  var filters = Array.prototype.slice.call(form.querySelectorAll("select"));
  var latest = 0;
  var hits = [];
  var words = "";
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

  // Pagefind escapes < and > in excerpts, and nothing else ("AT&T" stays as it is).
  function decoded(text) {
    return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
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
    // The facts are the page's filter values (one of each); a group's own page is not told
    // which group it is.
    var facets = data.filters || {};
    var facts = ["slags", "gruppe", "farve"].map(function (name) {
      return (facets[name] || [])[0];
    }).filter(function (fact) { return fact && fact !== data.meta.title; });
    if (facts.length) {
      item.appendChild(element("p", "pt-search-result__facts", facts.join(" · ")));
    }
    item.appendChild(excerpt(data.excerpt));
    return item;
  }

  function chosenFilters() {
    var chosen = {};
    filters.forEach(function (select) {
      if (select.value) {
        chosen[select.name] = select.value;
      }
    });
    return chosen;
  }

  function remember(chosen) {
    var parameters = new URLSearchParams(chosen);
    if (words) {
      parameters.set("q", words);
    }
    var search = parameters.toString();
    history.replaceState(null, "", search ? "?" + search : location.pathname);
  }

  function counted() {
    if (!words) {
      return "Skriv et eller flere ord for at søge.";
    }
    var count = hits.length;
    var found = count === 1 ? "Ét resultat" : count ? count + " resultater" : "Ingen resultater";
    var shown = list.children.length < count ? "; de " + list.children.length + " bedste vises" : "";
    return found + " for »" + words + "«" + shown + ".";
  }

  function showNext(number) {
    var next = hits.slice(list.children.length, list.children.length + PAGE);
    return Promise.all(next.map(function (hit) { return hit.data(); })).then(function (pages) {
      if (number !== latest) {
        return;
      }
      pages.forEach(function (data) { list.appendChild(result(data)); });
      more.hidden = list.children.length >= hits.length;
      status.textContent = counted();
    });
  }

  function failed() {
    status.textContent = "Søgningen kunne ikke gennemføres. Prøv igen, eller brug porteføljeoversigten.";
  }

  function search() {
    var number = ++latest;
    var chosen = chosenFilters();
    words = query.value.trim();
    remember(chosen);
    if (!words) {
      hits = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = counted();
      return Promise.resolve();
    }
    return pagefind.then(function (index) {
      return index.search(words, { filters: chosen });
    }).then(function (found) {
      if (number !== latest) {
        return undefined;
      }
      hits = found.results;
      list.replaceChildren();
      return showNext(number);
    }).catch(failed);
  }

  function fillFilter(select, counts) {
    Object.keys(counts || {}).sort(function (a, b) { return a.localeCompare(b, "da"); })
      .forEach(function (value) {
        var option = element("option", "", value);
        option.value = value;
        select.appendChild(option);
      });
  }

  // A filter value from the address that the index does not know falls back to "Alle …".
  function restore() {
    var parameters = new URLSearchParams(location.search);
    query.value = parameters.get("q") || "";
    filters.forEach(function (select) {
      select.value = parameters.get(select.name) || "";
      if (select.selectedIndex < 0) {
        select.value = "";
      }
    });
  }

  status.textContent = "Søgningen indlæses …";
  pagefind.then(function (index) { return index.filters(); }).then(function (counts) {
    filters.forEach(function (select) { fillFilter(select, counts[select.name]); });
    restore();
    form.hidden = false;
    return search();
  }).catch(function () {
    status.textContent = "Søgningen kunne ikke indlæses. Brug porteføljeoversigten i stedet.";
  });

  more.addEventListener("click", function () { showNext(latest).catch(failed); });
  form.addEventListener("input", search);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });
})();
