/* Pacte: sortable tables and the commitments filters.
 * Runs on every page view, also after Material's instant navigation (document$). */
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    var sort = cell.getAttribute("data-sort");
    return (sort !== null ? sort : cell.textContent || "").trim();
  }

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
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var collator = new Intl.Collator(document.documentElement.lang || undefined, {
          numeric: true,
          sensitivity: "base",
        });
        rows.sort(function (a, b) {
          var result = collator.compare(cellValue(a, index), cellValue(b, index));
          return ascending ? result : -result;
        });
        rows.forEach(function (row) {
          body.appendChild(row);
        });
      });
    });
  }

  function setUpFilters(form) {
    if (form.dataset.pacteReady === "ready") return;
    form.dataset.pacteReady = "ready";
    var table = form.parentNode.querySelector("table.pacte-all-commitments");
    if (!table) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var shown = form.querySelector("[data-pacte-shown]");
    var params = new URLSearchParams(window.location.search);
    var names = ["member", "document", "status", "vstatus", "theme", "q"];
    // the page opens on what is in force (the options marked selected); an address that
    // gives any filter is taken as it is, the others left empty
    var given = names.some(function (name) {
      return params.has(name);
    });
    names.forEach(function (name) {
      var field = form.elements.namedItem(name);
      if (field && given) field.value = params.get(name) || "";
    });
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

    function apply() {
      var member = form.elements.namedItem("member").value;
      var documentId = form.elements.namedItem("document").value;
      var status = form.elements.namedItem("status").value;
      var vstatus = form.elements.namedItem("vstatus").value;
      var theme = form.elements.namedItem("theme").value;
      var words = form.elements.namedItem("q").value.trim().toLowerCase();
      var count = 0;
      rows.forEach(function (row) {
        var ok =
          (!member || row.getAttribute("data-member").indexOf(" " + member + " ") >= 0) &&
          (!documentId || row.getAttribute("data-document") === documentId) &&
          (!status || row.getAttribute("data-status") === status) &&
          (!vstatus || row.getAttribute("data-vstatus") === vstatus) &&
          (!theme || row.getAttribute("data-themes").indexOf("|" + theme + "|") >= 0) &&
          (!words || row.textContent.toLowerCase().indexOf(words) >= 0);
        row.hidden = !ok;
        if (ok) count += 1;
      });
      if (shown) shown.textContent = String(count);
    }

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    form.addEventListener("reset", function () {
      window.setTimeout(apply, 0);
    });
    form.hidden = false;
    apply();
  }

  function nameSearchDialog() {
    // Material's search is a dialog without a name: give it the search box's own label
    var dialog = document.querySelector(".md-search[role='dialog']:not([aria-label])");
    var input = document.querySelector(".md-search__input[aria-label]");
    if (dialog && input) dialog.setAttribute("aria-label", input.getAttribute("aria-label"));
  }

  // a member page: what bound the organisation on the day chosen (or given as ?date=)
  function setUpOnDate(form) {
    if (form.dataset.pacteReady === "ready") return;
    form.dataset.pacteReady = "ready";
    var page = form.parentNode;
    var data = page.querySelector("script[data-pacte-periods]");
    var result = page.querySelector("[data-pacte-on-date-result]");
    if (!data || !result) return;
    var periods = JSON.parse(data.textContent);
    var field = form.elements.namedItem("date");
    var words = result.dataset;

    function element(tag, text, href) {
      var node = document.createElement(href ? "a" : tag);
      if (href) node.setAttribute("href", href);
      if (text) node.textContent = text;
      return node;
    }

    function show() {
      var day = field.value;
      result.textContent = "";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
      var shown = new Date(day + "T00:00:00").toLocaleDateString(
        document.documentElement.lang || undefined,
        { day: "numeric", month: "long", year: "numeric" }
      );
      result.appendChild(element("h3", words.heading + " " + shown));
      var bound = periods.filter(function (p) {
        return p.from <= day && (p.until === null || day <= p.until);
      });
      if (!bound.length) {
        result.appendChild(element("p", words.none));
        return;
      }
      var list = element("ul");
      bound.forEach(function (p) {
        var item = element("li");
        item.appendChild(element("a", p.title + " (" + p.version + ")", p.url));
        if (p.commitments.length) {
          var inner = element("ul");
          p.commitments.forEach(function (c) {
            var line = element("li");
            line.appendChild(element("a", c.text, c.url));
            var rest = [c.due ? words.due + " " + c.due : "", c.status].filter(Boolean);
            line.appendChild(document.createTextNode(" · " + rest.join(" · ")));
            inner.appendChild(line);
          });
          item.appendChild(inner);
        } else {
          item.appendChild(document.createTextNode(" · " + words.noCommitments));
        }
        list.appendChild(item);
      });
      result.appendChild(list);
    }

    var given = new URLSearchParams(window.location.search).get("date");
    if (given && /^\d{4}-\d{2}-\d{2}$/.test(given)) field.value = given;
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

  function init() {
    nameSearchDialog();
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
