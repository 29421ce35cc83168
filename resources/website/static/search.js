/* Search of the published stories, in the browser: no server, no network (works from file:// too).
   The index is loaded by search-index.js as window.ZACNI_SEARCH: [{u: url, t: title, l: lead,
   k: the folded words of the story}]. Words are compared folded (lowercase, no Polish diacritics),
   each typed word as the start of a word of the story, so "pszczol" finds "pszczołami". */
(function () {
  "use strict";

  function fold(text) {
    return text.toLowerCase().replace(/ł/g, "l").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function words(text) {
    return fold(text).split(/[^0-9a-z]+/).filter(function (w) { return w.length > 0; });
  }

  function matches(entry, query) {
    var own = " " + entry.k + " ";
    return query.every(function (word) { return own.indexOf(" " + word) !== -1; });
  }

  function show(results, query, list, summary) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (query.length === 0) {
      summary.textContent = "Wpisz słowo, np. nazwę miejsca albo pasji. Polskie znaki można pominąć.";
      return;
    }
    summary.textContent = results.length === 0 ? "Nic nie znaleziono." : "Znalezione historie: " + results.length + ".";
    results.forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.u;
      link.textContent = entry.t;
      item.appendChild(link);
      if (entry.l) {
        var lead = document.createElement("p");
        lead.textContent = entry.l;
        item.appendChild(lead);
      }
      list.appendChild(item);
    });
  }

  function start() {
    var input = document.getElementById("q");
    var list = document.getElementById("wyniki");
    var summary = document.getElementById("wyniki-opis");
    var form = document.getElementById("szukaj");
    if (!input || !list || !summary) { return; }
    var index = window.ZACNI_SEARCH || [];
    function run() {
      var query = words(input.value);
      show(index.filter(function (entry) { return matches(entry, query); }), query, list, summary);
    }
    var given = new URLSearchParams(window.location.search).get("q");
    if (given) { input.value = given; }
    input.addEventListener("input", run);
    if (form) {
      form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    }
    run();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
