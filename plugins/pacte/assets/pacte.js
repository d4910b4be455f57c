/* Pacte: sortable tables, the commitments filters and a member's date field.
 * Runs on every page view, also after Material's instant navigation (document$).
 * Nothing read from the sources is ever inserted as HTML: texts go in with textContent,
 * and elements come from the page itself (its rows, or a <template> of it). */
(function () {
  "use strict";

  var DAY = /^\d{4}-\d{2}-\d{2}$/;

  function collator() {
    return new Intl.Collator(document.documentElement.lang || undefined, {
      numeric: true,
      sensitivity: "base",
    });
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    var sort = cell.getAttribute("data-sort");
    return (sort !== null ? sort : cell.textContent || "").trim();
  }

  // a table whose column headings sort its rows; a table drawn from data (the commitments
  // page when it has several pages) sorts its data instead (table.pacteSort)
  function makeSortable(table) {
    if (table.dataset.pacteSortable === "ready") return;
    table.dataset.pacteSortable = "ready";
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "pacte-sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) {
          other.setAttribute("aria-sort", "none");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        if (table.pacteSort) {
          table.pacteSort(index, ascending);
          return;
        }
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var compare = collator().compare;
        rows.sort(function (a, b) {
          var result = compare(cellValue(a, index), cellValue(b, index));
          return ascending ? result : -result;
        });
        rows.forEach(function (row) {
          body.appendChild(row);
        });
      });
    });
  }

  // --- the commitments page ---------------------------------------------------------

  // the rows files fetched, by address: fetched once, kept across instant navigation
  var rowFiles = {};

  function fetchRows(address) {
    var url = new URL(address, document.baseURI).href;
    if (!rowFiles[url]) {
      rowFiles[url] = fetch(url, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) throw new Error(url + ": " + response.status);
        return response.json();
      });
      rowFiles[url].catch(function () {
        delete rowFiles[url]; // tried again on the next request
      });
    }
    return rowFiles[url];
  }

  function optionLabels(select) {
    var labels = {};
    Array.prototype.forEach.call(select ? select.options : [], function (option) {
      if (option.value) labels[option.value] = option.textContent;
    });
    return labels;
  }

  // what the filters ask: one test for the rows of the page and those of the rows file
  function accepts(wanted, row) {
    return (
      (!wanted.member || row.members.indexOf(" " + wanted.member + " ") >= 0) &&
      (!wanted.document || row.document === wanted.document) &&
      (!wanted.status || row.status === wanted.status) &&
      (!wanted.vstatus || row.vstatus === wanted.vstatus) &&
      (!wanted.theme || row.themes.indexOf("|" + wanted.theme + "|") >= 0) &&
      (!wanted.words || row.words().indexOf(wanted.words) >= 0)
    );
  }

  function pageRow(row) {
    return {
      members: row.getAttribute("data-member") || "",
      document: row.getAttribute("data-document"),
      status: row.getAttribute("data-status"),
      vstatus: row.getAttribute("data-vstatus"),
      themes: row.getAttribute("data-themes") || "",
      words: function () {
        return row.textContent.toLowerCase();
      },
    };
  }

  // The rows of the rows file (paging.py: rows_file says what each field holds), with
  // what the filters test, and drawn as the page draws its own (commitment_row_template).
  function Rows(data, template, form) {
    var words = template.dataset;
    var named = Number(words.named) || 5;
    var statuses = optionLabels(form.elements.namedItem("status"));
    var vstatuses = optionLabels(form.elements.namedItem("vstatus"));
    var proto = template.content.querySelector("tr");
    var cells = Array.prototype.slice.call(proto.cells);
    var parts = {};
    Array.prototype.forEach.call(proto.querySelectorAll("[data-slot]"), function (node) {
      parts[node.getAttribute("data-slot")] = node;
    });
    var members = data.members;

    // the language a reader asked the commitments in (?lang=): a row whose version's
    // translations give its text in it (r[7]) shows that text, marked with the language
    var asked = new URLSearchParams(window.location.search).get("lang");
    this.rows = data.rows.map(function (r) {
      var version = data.versions[r[0]];
      var texts = r[7] || {};
      var translated = asked && typeof texts[asked] === "string" ? asked : null;
      var who = r[3];
      var kind = who === 0 ? "all" : who[0] === -1 ? "accepting" : "named";
      var bound = kind === "all" ? version[6] : kind === "accepting" ? who.slice(1) : who;
      var themes = version[5].map(function (index) {
        return data.themes[index];
      });
      var names = bound.map(function (index) {
        return members[index][1];
      });
      var by = names.join(", ");
      if (kind !== "named") {
        by = words[kind] + " (" + (bound.length > named ? bound.length : by) + ")";
      }
      // an article: its number, or [number, anchor] when its anchor is not article-NUMBER
      var article = typeof r[4] === "string" ? [r[4], "article-" + r[4]] : r[4];
      var row = {
        version: version,
        id: r[1],
        text: translated ? texts[translated] : r[2],
        lang: translated,
        kind: kind,
        bound: bound,
        by: by,
        article: article,
        due: r[5] || "",
        dueText: r[5] ? data.dates[r[5]] : "",
        statusText: r[6] ? statuses[r[6]] || r[6] : words.noStatus,
        members:
          " " +
          bound
            .map(function (index) {
              return members[index][0];
            })
            .join(" ") +
          " ",
        document: version[1],
        status: r[6],
        vstatus: version[4],
        themeList: themes,
        themes: "|" + themes.join("|") + "|",
      };
      var text = [r[2], by, names.join(" "), version[3], version[2], vstatuses[version[4]]];
      Object.keys(texts).forEach(function (code) {
        text.push(texts[code]); // found by its words in every language
      });
      text.push(article ? article[0] : "", row.dueText, row.statusText, themes.join(" "));
      var lower = text.join(" ").toLowerCase();
      row.words = function () {
        return lower;
      };
      return row;
    });

    // the value a column sorts a row by
    this.sortValue = function (row, index) {
      return [
        row.text,
        row.by,
        row.version[3] + " " + row.version[2],
        row.article ? row.article[0] : "",
        row.due,
        row.statusText,
        row.themeList.join(" "),
      ][index];
    };

    function part(name) {
      var node = parts[name].cloneNode(false);
      node.removeAttribute("data-slot");
      return node;
    }

    function text(value) {
      return document.createTextNode(value);
    }

    this.draw = function (row) {
      var tr = proto.cloneNode(false);
      var version = row.version;
      tr.setAttribute("data-member", row.members);
      tr.setAttribute("data-document", row.document);
      tr.setAttribute("data-status", row.status);
      tr.setAttribute("data-vstatus", row.vstatus);
      tr.setAttribute("data-themes", row.themes);
      var td = cells.map(function (cell) {
        return tr.appendChild(cell.cloneNode(false));
      });
      var link = part("text");
      link.setAttribute("href", version[0] + "#commitment-" + row.id);
      link.textContent = row.text;
      if (row.lang) link.setAttribute("lang", row.lang);
      td[0].appendChild(link);
      if (row.kind === "named") {
        row.bound.forEach(function (index, n) {
          var member = members[index];
          if (n) td[1].appendChild(text(", "));
          if (!member[3]) {
            td[1].appendChild(text(member[1]));
            return;
          }
          var a = part("member");
          a.setAttribute("href", member[3]);
          if (member[2]) a.setAttribute("title", member[2]);
          a.textContent = member[1];
          td[1].appendChild(a);
        });
      } else {
        var all = part("all");
        all.textContent = words[row.kind];
        var names = part("names");
        names.textContent = row.by.slice(words[row.kind].length + 1);
        td[1].appendChild(all);
        td[1].appendChild(text(" "));
        td[1].appendChild(names);
      }
      var document_ = part("document");
      document_.setAttribute("href", version[0]);
      document_.textContent = version[3];
      var status = part("vstatus");
      status.className += " pacte-status--" + version[4];
      status.textContent = vstatuses[version[4]] || version[4];
      td[2].appendChild(document_);
      td[2].appendChild(text(" (" + version[2] + ", "));
      td[2].appendChild(status);
      td[2].appendChild(text(")"));
      if (row.article) {
        var article = part("article");
        article.setAttribute("href", version[0] + "#" + row.article[1]);
        article.textContent = row.article[0];
        td[3].appendChild(article);
      } else {
        td[3].textContent = words.none;
      }
      td[4].setAttribute("data-sort", row.due);
      if (row.due) {
        var due = part("due");
        due.setAttribute("datetime", row.due);
        due.textContent = row.dueText;
        td[4].appendChild(due);
      } else {
        td[4].textContent = words.none;
      }
      var cstatus = part("status");
      if (row.status) cstatus.className += " pacte-cstatus--" + row.status;
      cstatus.textContent = row.statusText;
      td[5].appendChild(cstatus);
      row.themeList.forEach(function (theme, n) {
        if (n) td[6].appendChild(text(" "));
        var span = part("theme");
        span.textContent = theme;
        td[6].appendChild(span);
      });
      return tr;
    };
  }

  function setUpFilters(form) {
    if (form.dataset.pacteReady === "ready") return;
    form.dataset.pacteReady = "ready";
    var page = form.parentNode;
    var table = page.querySelector("table.pacte-all-commitments");
    if (!table) return;
    var body = table.tBodies[0];
    var pageRows = Array.prototype.slice.call(body.rows);
    var shown = form.querySelector("[data-pacte-shown]");
    var names = ["member", "document", "status", "vstatus", "theme", "q"];
    // more than one page: the filters work over the rows file, fetched when needed
    var rowsUrl = table.getAttribute("data-pacte-rows");
    var template = page.querySelector("template[data-pacte-row-template]");
    var more = page.querySelector("[data-pacte-more]");
    var range = page.querySelector("[data-pacte-range]");
    var step = Number(table.getAttribute("data-pacte-page-rows")) || 500;
    // with script, what the page shows is said by the count and the "show more" line
    if (range && rowsUrl) range.hidden = true;
    var rows = null; // the rows of the file, once fetched
    var limit = step; // how many of the rows that pass the filters are drawn
    var order = null; // the column the reader sorted by, and which way

    var params = new URLSearchParams(window.location.search);
    // the page opens on what is in force (the options marked selected); an address that
    // gives any filter is taken as it is, the others left empty
    var given = names.some(function (name) {
      return params.has(name);
    });
    names.forEach(function (name) {
      var field = form.elements.namedItem(name);
      if (field && given) field.value = params.get(name) || "";
    });

    function wanted() {
      var value = {};
      names.forEach(function (name) {
        value[name] = form.elements.namedItem(name).value;
      });
      value.words = value.q.trim().toLowerCase();
      return value;
    }

    // the rows of the page, shown or hidden; how many are shown
    function filterPage() {
      var filters = wanted();
      var count = 0;
      pageRows.forEach(function (row) {
        var ok = accepts(filters, pageRow(row));
        row.hidden = !ok;
        if (ok) count += 1;
      });
      return count;
    }

    function say(message, button) {
      if (!more) return;
      more.querySelector("[data-pacte-more-text]").textContent = message;
      more.querySelector("[data-pacte-more-button]").hidden = !button;
      more.hidden = !message;
    }

    function drawn(count, total) {
      say(count < total ? more.dataset.window.replace("{shown}", String(count)) : "", true);
    }

    // the rows of the file that pass the filters, sorted as asked, the first `limit` drawn
    function drawRows() {
      var filters = wanted();
      var found = rows.rows.filter(function (row) {
        return accepts(filters, row);
      });
      if (order) {
        var compare = collator().compare;
        var index = order.index;
        var sign = order.ascending ? 1 : -1;
        found.sort(function (a, b) {
          return sign * compare(rows.sortValue(a, index), rows.sortValue(b, index));
        });
      }
      var fragment = document.createDocumentFragment();
      found.slice(0, limit).forEach(function (row) {
        fragment.appendChild(rows.draw(row));
      });
      body.textContent = "";
      body.appendChild(fragment);
      shown.textContent = String(found.length);
      drawn(Math.min(limit, found.length), found.length);
    }

    // run THEN once the rows file is there (fetched the first time)
    function withRows(then) {
      if (rows) {
        then();
        return;
      }
      say(more.dataset.loading, false);
      fetchRows(rowsUrl).then(
        function (data) {
          if (!rows) rows = new Rows(data, template, form);
          then();
        },
        function () {
          say(more.dataset.failed, false);
        }
      );
    }

    function apply() {
      limit = step;
      if (!rowsUrl) {
        shown.textContent = String(filterPage());
        return;
      }
      withRows(drawRows);
    }

    var showAll = form.querySelector("[data-pacte-show-all]");
    if (showAll) {
      showAll.addEventListener("click", function () {
        names.forEach(function (name) {
          var field = form.elements.namedItem(name);
          if (field) field.value = "";
        });
        apply();
      });
    }
    if (rowsUrl) {
      table.pacteSort = function (index, ascending) {
        order = { index: index, ascending: ascending };
        withRows(drawRows);
      };
      more.querySelector("[data-pacte-more-button]").addEventListener("click", function () {
        // the first time, after the rows of the page that are shown
        var before = rows ? limit : pageRows.filter(function (row) {
          return !row.hidden;
        }).length;
        withRows(function () {
          limit = before + step;
          drawRows();
        });
      });
    }

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    form.addEventListener("reset", function () {
      window.setTimeout(apply, 0); // once the fields are back to their first values
    });
    form.hidden = false;
    if (rowsUrl && !given) {
      // what the page opens on: its own rows in force, out of all those in force
      var count = filterPage();
      var total = Number(table.getAttribute("data-pacte-default")) || count;
      shown.textContent = String(total);
      drawn(count, total);
    } else {
      apply();
    }
  }

  function nameSearchDialog() {
    // Material's search is a dialog without a name: give it the search box's own label
    var dialog = document.querySelector(".md-search[role='dialog']:not([aria-label])");
    var input = document.querySelector(".md-search__input[aria-label]");
    if (dialog && input) dialog.setAttribute("aria-label", input.getAttribute("aria-label"));
  }

  // --- a member's page: what bound the organisation on the day chosen (or ?date=) ----

  function setUpOnDate(form) {
    if (form.dataset.pacteReady === "ready") return;
    form.dataset.pacteReady = "ready";
    var page = form.closest("[data-pacte-member]") || form.parentNode;
    var result = page.querySelector("[data-pacte-on-date-result]");
    if (!result) return;
    // rows and groups of rows, each saying when its version bound the organisation
    var dated = Array.prototype.slice.call(page.querySelectorAll("[data-from]"));
    var field = form.elements.namedItem("date");
    var words = result.dataset;

    function boundOn(node, day) {
      var from = node.getAttribute("data-from");
      var until = node.getAttribute("data-until");
      return Boolean(from) && from <= day && (!until || day <= until);
    }

    function line(tag, text) {
      var node = document.createElement(tag);
      node.textContent = text;
      return result.appendChild(node);
    }

    function show() {
      var day = field.value;
      var chosen = DAY.test(day);
      var versions = 0;
      var commitments = 0;
      dated.forEach(function (node) {
        var bound = !chosen || boundOn(node, day);
        node.hidden = !bound;
        if (!chosen || !bound) return;
        if (node.closest(".pacte-member-documents")) versions += 1;
        else if (node.tagName === "TBODY") commitments += node.rows.length - 1;
        else commitments += node.querySelectorAll("li").length;
      });
      result.textContent = "";
      if (!chosen) return;
      var shownDay = new Date(day + "T00:00:00").toLocaleDateString(
        document.documentElement.lang || undefined,
        { day: "numeric", month: "long", year: "numeric" }
      );
      line("h3", words.heading + " " + shownDay);
      if (!versions) {
        line("p", words.none);
        return;
      }
      line(
        "p",
        words.versions + words.colon + versions + " · " + words.commitments + words.colon +
          commitments + ". " + words.filtered
      );
    }

    var given = new URLSearchParams(window.location.search).get("date");
    if (given && DAY.test(given)) field.value = given;
    field.addEventListener("change", function () {
      var url = new URL(window.location.href);
      if (field.value) url.searchParams.set("date", field.value);
      else url.searchParams.delete("date");
      window.history.replaceState(window.history.state, "", url);
      show();
    });
    field.addEventListener("input", show);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    form.hidden = false;
    show();
  }

  function setUpPrint(button) {
    if (button.dataset.pacteReady === "ready") return;
    button.dataset.pacteReady = "ready";
    button.addEventListener("click", function () {
      window.print();
    });
    button.hidden = false;
  }

  /* Commitment texts in the language a reader asks for (?lang=de): each text that has
     translations carries them (data-pacte-texts, a JSON object by language code); the
     page's list of languages (nav.pacte-text-languages) links to each choice. Texts
     are put in with textContent; a text without the asked language keeps its own. */
  function setUpTextLanguages(nav) {
    var asked = new URLSearchParams(window.location.search).get("lang");
    nav.querySelectorAll("a[hreflang]").forEach(function (link) {
      var url = new URL(window.location.href);
      url.searchParams.set("lang", link.getAttribute("hreflang"));
      link.href = url.pathname + url.search + url.hash;
      if (link.getAttribute("hreflang") === asked) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
    if (!asked) return;
    document.querySelectorAll("[data-pacte-texts]").forEach(function (node) {
      var texts;
      try {
        texts = JSON.parse(node.getAttribute("data-pacte-texts"));
      } catch (error) {
        return;
      }
      if (typeof texts[asked] !== "string") return;
      node.textContent = texts[asked];
      node.setAttribute("lang", asked);
    });
  }

  function init() {
    nameSearchDialog();
    document.querySelectorAll("nav.pacte-text-languages").forEach(setUpTextLanguages);
    document.querySelectorAll("[data-pacte-print]").forEach(setUpPrint);
    document.querySelectorAll("form[data-pacte-on-date]").forEach(setUpOnDate);
    document.querySelectorAll("table.pacte-sortable").forEach(makeSortable);
    document.querySelectorAll("form[data-pacte-filters]").forEach(setUpFilters);
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
