/* Pacte: the header's search, answered by the site's Pagefind bundles (search.py).
 *
 * There is one bundle per language of the texts, each stemmed in its language: each is
 * imported as a module of its own (a module holds one WebAssembly stemmer), searched on
 * the page's thread; the further parts of a language's pages, on a large site, are
 * merged into its first (Pagefind's mergeIndex: no other module, no other stemmer
 * downloaded). The answers are merged: versions in force and the other pages
 * first, then the versions no longer (or not yet) in force, each group by score. The
 * panel is Material's (classes md-search…) and so are its keys: "/", "s" or "f" open
 * it, Esc closes it, the arrows move through the results, Enter follows the first.
 * Nothing from the index is written as HTML: texts go in as text, and an excerpt keeps
 * only the <mark> that Pagefind puts around the words found.
 * The panel's settings (the bundles, the labels, the filters and the words of their
 * values) are not in the pages: the plugin writes them once for the site, in the file
 * that the panel's data-pacte-search names from the site's root, and they are fetched
 * with the bundles, on the first opening of the search; the filters are drawn from them.
 * The header stays in place through Material's instant navigation: this runs once.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var dialog = document.querySelector("[data-pacte-search]");
  var toggle = document.querySelector("[data-md-toggle=search]");
  if (!script || !dialog || !toggle || dialog.dataset.pacteReady) return;
  dialog.dataset.pacteReady = "ready";

  var PAGE = 10; // results drawn at a time
  var SUB_RESULTS = 2; // sections of a page shown under it
  var WEAK = 0.05; // an answer scoring under this share of the best is a weak one
  var root = new URL("../../", script.src); // this script is assets/pacte/pacte-search.js
  var settings = null; // the panel's settings, once fetched (configure)
  var labels = {};
  var form = dialog.querySelector("form");
  var input = dialog.querySelector(".md-search__input");
  var meta = dialog.querySelector(".md-search-result__meta");
  var failed = meta.dataset.pacteSearchFailed; // in the page: said if nothing can be fetched
  var list = dialog.querySelector(".md-search-result__list");
  var facets = dialog.querySelector("[data-pacte-search-filters]");
  var selects = []; // the filters, drawn from the settings
  var more = document.createElement("button");
  more.type = "button";
  more.className = "pacte-search-more";
  more.hidden = true;
  list.insertAdjacentElement("afterend", more);

  // Material's own words for the count of results, in the site's language
  var translations = {};
  var materialConfig = document.getElementById("__config");
  if (materialConfig) translations = JSON.parse(materialConfig.textContent).translations || {};
  function say(key, count) {
    return String(translations[key] || "").replace("#", String(count));
  }

  // --- the settings, then the bundles: loaded once, on the first opening of the search --

  // The settings: the file is named from the site's root, as the bundles in it are.
  function configure() {
    return fetch(new URL(dialog.dataset.pacteSearch, root).href)
      .then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.url);
        return response.json();
      })
      .then(function (loaded) {
        settings = loaded;
        labels = loaded.labels;
        more.textContent = labels.more;
        drawFacets();
        return loaded;
      });
  }

  var bundles = null;
  function load() {
    if (bundles === null) {
      bundles = configure().then(function () {
        return Promise.all(
          settings.bundles.map(function (paths) {
            var base = new URL(paths[0], root);
            var options = {
              baseUrl: root.pathname,
              noWorker: true, // one worker per language would cost its download
              excerptLength: 24,
            };
            return import(new URL("pagefind.js", base).href).then(function (pagefind) {
              var instance = pagefind.createInstance(
                Object.assign({ basePath: base.pathname }, options)
              );
              // the other parts of the language's pages: searched by the same module and
              // stemmer, their answers ranked with the first's
              var parts = paths.slice(1).map(function (path) {
                return instance.mergeIndex(new URL(path, root).pathname, options);
              });
              return Promise.all([instance.init()].concat(parts)).then(function () {
                return instance;
              });
            });
          })
        );
      });
      bundles.then(
        function () {
          if (meta.dataset.pacteState === "initializing") {
            meta.textContent = say("search.result.placeholder");
            meta.dataset.pacteState = "";
          }
        },
        function () {
          meta.textContent = failed;
        }
      );
    }
    return bundles;
  }
  meta.dataset.pacteState = "initializing";

  // --- filters: drawn from the settings, their values loaded when the reader opens them --

  var summary = facets.querySelector("summary");
  var summaryText = summary.textContent;
  var filled = null;
  facets.addEventListener("toggle", function () {
    if (facets.open && filled === null) {
      facets.dataset.pacteState = "loading";
      filled = load()
        .then(fillFacets)
        .catch(function () {
          filled = null; // tried again at the next opening
        })
        .then(function () {
          facets.dataset.pacteState = "";
        });
    }
  });

  // each filter a <label> that holds its <select>, the settings' words put in as text
  function drawFacets() {
    var box = facets.querySelector(".pacte-search-facets");
    settings.facets.forEach(function (facet) {
      var label = element("label", "", facet.label);
      var select = element("select");
      select.name = facet.name;
      select.dataset.pacteSearchFilter = facet.name;
      select.appendChild(new Option(facet.any, ""));
      select.addEventListener("change", ask);
      label.appendChild(select);
      box.appendChild(label);
      selects.push(select);
    });
  }

  function chosen() {
    var filters = {};
    selects.forEach(function (select) {
      if (select.value) filters[select.dataset.pacteSearchFilter] = select.value;
    });
    return filters;
  }

  function fillFacets(instances) {
    return Promise.all(
      instances.map(function (instance) {
        return instance.filters();
      })
    ).then(function (answers) {
      var counts = {};
      answers.forEach(function (filters) {
        Object.keys(filters || {}).forEach(function (name) {
          counts[name] = counts[name] || {};
          Object.keys(filters[name]).forEach(function (value) {
            counts[name][value] = (counts[name][value] || 0) + filters[name][value];
          });
        });
      });
      var collator = new Intl.Collator(document.documentElement.lang || undefined, {
        numeric: true,
        sensitivity: "base",
      });
      selects.forEach(function (select) {
        var name = select.dataset.pacteSearchFilter;
        var named = settings.values[name] || {};
        var values = Object.keys(counts[name] || {});
        var known = Object.keys(named).filter(function (value) {
          return values.indexOf(value) >= 0;
        });
        var others = values
          .filter(function (value) {
            return !(value in named);
          })
          .sort(collator.compare);
        known.concat(others).forEach(function (value) {
          select.appendChild(new Option(named[value] || value, value));
        });
        select.closest("label").hidden = values.length === 0;
      });
    });
  }

  // --- searching: the latest question wins ----------------------------------------------

  var asked = null; // the question of the results shown or coming
  var serial = 0;
  var found = []; // {result, tier}, in the order shown
  var drawn = 0;

  function ask() {
    var query = input.value.trim();
    var filters = chosen();
    var count = Object.keys(filters).length;
    summary.textContent = count ? summaryText + " (" + count + ")" : summaryText;
    var question = JSON.stringify([query, filters]);
    if (question === asked) return;
    asked = question;
    serial += 1;
    var mine = serial;
    if (!query && Object.keys(filters).length === 0) {
      found = [];
      drawn = 0;
      list.textContent = "";
      more.hidden = true;
      meta.textContent = say("search.result.placeholder");
      meta.dataset.pacteState = "";
      return;
    }
    // before the settings come, the count keeps saying that the search is initializing
    if (labels.searching) meta.textContent = labels.searching;
    meta.dataset.pacteState = "searching";
    search(query || null, filters)
      .then(function (merged) {
        if (mine !== serial) return null;
        return page(merged.slice(0, PAGE)).then(function (items) {
          if (mine !== serial) return;
          found = merged;
          drawn = items.length;
          list.textContent = "";
          items.forEach(function (item) {
            list.appendChild(item);
          });
          more.hidden = drawn >= found.length;
          meta.textContent =
            found.length === 0
              ? say("search.result.none")
              : found.length === 1
                ? say("search.result.one")
                : say("search.result.other", found.length);
          meta.dataset.pacteState = "";
        });
      })
      .catch(function () {
        if (mine === serial) meta.textContent = failed;
      });
  }

  // Every bundle searched twice: everything found, and among it the versions that are
  // not in force (a filter of their own), which go after the others. A bundle leaves out
  // the words it does not hold and matches the beginnings of words, so that it may
  // answer with pages that hold only a fragment of the question ("ha" in Italian for
  // "Hauts-de-France"): answers that score under WEAK of the best one go last, whatever
  // their status.
  function search(term, filters) {
    return load().then(function (instances) {
      return Promise.all(
        instances.map(function (instance) {
          var later = Object.assign({}, filters);
          later[settings.older] = "1";
          return Promise.all([
            instance.search(term, { filters: filters }),
            instance.search(term, { filters: later }),
          ]).then(function (answers) {
            var older = new Set(
              answers[1].results.map(function (result) {
                return result.id;
              })
            );
            return answers[0].results.map(function (result) {
              return { result: result, tier: older.has(result.id) ? 1 : 0 };
            });
          });
        })
      ).then(function (groups) {
        var merged = [].concat.apply([], groups);
        var best = 0;
        merged.forEach(function (answer) {
          best = Math.max(best, answer.result.score);
        });
        merged.forEach(function (answer) {
          if (answer.result.score < best * WEAK) answer.tier = 2;
        });
        return merged.sort(function (a, b) {
          return a.tier - b.tier || b.result.score - a.result.score;
        });
      });
    });
  }

  function page(slice) {
    return Promise.all(
      slice.map(function (answer) {
        return answer.result.data().then(function (data) {
          return item(data, answer.result.score);
        });
      })
    );
  }

  more.addEventListener("click", function () {
    var mine = serial;
    page(found.slice(drawn, drawn + PAGE)).then(
      function (items) {
        if (mine !== serial) return;
        var first = items[0];
        items.forEach(function (item) {
          list.appendChild(item);
        });
        drawn += items.length;
        more.hidden = drawn >= found.length;
        if (first) first.querySelector("a").focus();
      },
      function () {
        if (mine === serial) meta.textContent = failed;
      }
    );
  });

  // --- drawing a result, as Material draws its own -----------------------------------

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Pagefind's excerpt is the page's text with its < and > written &lt; and &gt;, and
  // <mark> around the words found: the text goes in as text, the marks as elements,
  // nothing else is read as HTML.
  function unescape(text) {
    return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  }

  function excerpt(text) {
    var paragraph = element("p");
    var inside = false;
    String(text || "")
      .split(/(<\/?mark>)/)
      .forEach(function (piece) {
        if (piece === "<mark>") inside = true;
        else if (piece === "</mark>") inside = false;
        else if (piece && inside) paragraph.appendChild(element("mark", "", unescape(piece)));
        else if (piece) paragraph.appendChild(document.createTextNode(unescape(piece)));
      });
    return paragraph;
  }

  function address(url) {
    return new URL(url, root).href;
  }

  function kicker(data) {
    var line = element("p", "pacte-search-kicker");
    var kinds = settings.values.kind;
    var parts = [];
    if (data.meta.kind && kinds[data.meta.kind]) parts.push(kinds[data.meta.kind]);
    if (data.meta.version) parts.push(labels.version + " " + data.meta.version);
    line.textContent = parts.join(" · ");
    var status = data.meta.status;
    if (status && settings.values.status[status]) {
      if (parts.length) line.appendChild(document.createTextNode(" · "));
      var badge = element("span", "pacte-status", settings.values.status[status]);
      badge.classList.add("pacte-status--" + status.replace(/[^a-z-]/g, ""));
      line.appendChild(badge);
    }
    return line;
  }

  function link(href, article) {
    var anchor = element("a", "md-search-result__link");
    anchor.href = href;
    anchor.tabIndex = -1;
    anchor.appendChild(article);
    return anchor;
  }

  function item(data, score) {
    var entry = element("li", "md-search-result__item");
    var article = element("article", "md-search-result__article md-typeset");
    article.setAttribute("data-md-score", score.toFixed(2));
    article.appendChild(element("div", "md-search-result__icon md-icon"));
    article.appendChild(element("h1", "", data.meta.title || data.url));
    var line = kicker(data);
    if (line.textContent) article.appendChild(line);
    article.appendChild(excerpt(data.excerpt));
    entry.appendChild(link(address(data.url), article));
    // the sections where the words are found most (an article of the text, say), but
    // for the one whose words the page's excerpt already shows
    var sections = (data.sub_results || [])
      .filter(function (sub) {
        return (
          sub.url.indexOf("#") >= 0 &&
          sub.title &&
          (sub.locations || []).length &&
          sub.excerpt !== data.excerpt
        );
      })
      .sort(function (a, b) {
        return b.locations.length - a.locations.length;
      })
      .slice(0, SUB_RESULTS);
    sections.forEach(function (sub) {
      var section = element("article", "md-search-result__article md-typeset");
      section.setAttribute("data-md-score", score.toFixed(2));
      section.appendChild(element("h2", "", sub.title));
      section.appendChild(excerpt(sub.excerpt));
      entry.appendChild(link(address(sub.url), section));
    });
    return entry;
  }

  // --- opening, closing, keys -----------------------------------------------------------

  function open() {
    if (!toggle.checked) toggle.click();
    if (document.activeElement !== input) input.focus();
  }

  function close() {
    if (toggle.checked) toggle.click();
    input.blur();
  }

  function follow() {
    var first = list.querySelector("a.md-search-result__link");
    if (first) first.click();
  }

  // keys typed in a field are the field's (as Material decides)
  function typing(element) {
    if (!element) return false;
    var tag = element.tagName;
    if (tag === "INPUT") return element.type !== "radio" && element.type !== "checkbox";
    return tag === "SELECT" || tag === "TEXTAREA" || element.isContentEditable;
  }

  toggle.addEventListener("change", function () {
    if (toggle.checked) {
      load();
      if (document.activeElement !== input) input.focus();
    } else {
      input.blur();
    }
  });
  input.addEventListener("focus", function () {
    if (!toggle.checked) toggle.click();
    load();
  });
  input.addEventListener("input", ask);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    follow();
  });
  form.addEventListener("reset", function () {
    // the fields are emptied once this event is over
    setTimeout(function () {
      ask();
      input.focus();
    });
  });
  // focus leaving the panel for the page closes it
  dialog.addEventListener("focusout", function (event) {
    var next = event.relatedTarget;
    if (toggle.checked && next && !dialog.contains(next)) close();
  });
  list.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a")) close();
  });

  window.addEventListener("keydown", function (event) {
    if (event.metaKey || event.ctrlKey || event.altKey || event.isComposing) return;
    var active = document.activeElement;
    if (!toggle.checked) {
      if ((event.key === "f" || event.key === "s" || event.key === "/") && !typing(active)) {
        event.preventDefault();
        open();
        input.select();
      }
      return;
    }
    switch (event.key) {
      case "Escape":
        event.preventDefault();
        close();
        break;
      case "Enter":
        if (active === input) {
          event.preventDefault();
          follow();
        }
        break;
      case "ArrowUp":
      case "ArrowDown": {
        if (active && active.tagName === "SELECT") return; // the arrows choose an option
        var stops = [input].concat(
          Array.prototype.slice.call(list.querySelectorAll("a.md-search-result__link"))
        );
        if (!more.hidden) stops.push(more);
        var at = Math.max(0, stops.indexOf(active));
        var step = event.key === "ArrowUp" ? -1 : 1;
        stops[(at + stops.length + step) % stops.length].focus();
        event.preventDefault();
        break;
      }
      default:
        // a letter typed on a result goes on in the field
        if (event.key.length === 1 && active && list.contains(active)) input.focus();
    }
  });

  // an address with ?q=… opens the search on that question, as Material does
  var question = new URLSearchParams(window.location.search).get("q");
  if (question) {
    input.value = question;
    open();
    ask();
  }
})();
