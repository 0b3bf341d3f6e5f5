// Tandem default theme. Progressive enhancement only: every page works without it.
(function () {
  "use strict";
  // Language chooser: point out the language the browser prefers, without redirecting.
  var choices = document.querySelectorAll(".language-choices [data-lang]");
  if (choices.length && navigator.languages) {
    var wanted = navigator.languages.map(function (l) { return l.toLowerCase().split("-")[0]; });
    for (var i = 0; i < wanted.length; i++) {
      for (var j = 0; j < choices.length; j++) {
        if (choices[j].getAttribute("data-lang") === wanted[i]) {
          choices[j].classList.add("suggested");
          return;
        }
      }
    }
  }
})();

// Site search: the header's "browse sections" link becomes a search box that
// reads this language's search-index.json. Matching ignores accents and case
// ("municipalizacion" finds "Municipalización"); every word must match.
(function () {
  "use strict";
  var box = document.querySelector(".search[data-index]");
  if (!box || !window.fetch) return;
  var fold = function (text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  };
  var index = null;
  var form = box.querySelector("form");
  var input = box.querySelector("input[type=search]");
  var list = box.querySelector(".search-results");
  var status = box.querySelector("[role=status]");
  if (!form || !input || !list || !status) return;
  form.hidden = false;
  var fallback = box.querySelector(".search-fallback");
  if (fallback) fallback.hidden = true;
  form.addEventListener("submit", function (event) { event.preventDefault(); var first = list.querySelector("a"); if (first) first.click(); });

  function load() {
    if (index) return Promise.resolve(index);
    return fetch(box.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (entries) {
      index = entries.map(function (e) {
        return { entry: e, title: fold(e.t), text: fold(e.x + " " + (e.h || []).join(" ") + " " + e.s) + " " + (e.k || "") };
      });
      return index;
    });
  }
  function snippet(text, word) {
    var at = fold(text).indexOf(word);
    if (at < 0) return text.slice(0, 140);
    var start = Math.max(0, at - 50);
    return (start > 0 ? "…" : "") + text.slice(start, start + 140) + "…";
  }
  function search() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    if (!words.length) { list.hidden = true; list.replaceChildren(); status.textContent = ""; return; }
    load().then(function (items) {
      var phrase = words.join(" ");
      var hits = items.map(function (item) {
        var all = item.title + " " + item.text;
        if (!words.every(function (w) { return all.indexOf(w) >= 0; })) return null;
        var score = (item.title.indexOf(phrase) >= 0 ? 10 : 0) + (all.indexOf(phrase) >= 0 ? 5 : 0) +
          words.filter(function (w) { return item.title.indexOf(w) >= 0; }).length;
        return { item: item, score: score };
      }).filter(Boolean).sort(function (a, b) { return b.score - a.score; }).slice(0, 12);
      list.replaceChildren();
      hits.forEach(function (hit) {
        var e = hit.item.entry;
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = e.u;
        a.textContent = e.t;
        li.appendChild(a);
        if (e.s) { var s = document.createElement("span"); s.className = "meta"; s.textContent = " · " + e.s; li.appendChild(s); }
        var p = document.createElement("p");
        p.textContent = snippet(e.x, words[0]);
        li.appendChild(p);
        list.appendChild(li);
      });
      if (!hits.length) {
        var none = document.createElement("li");
        none.textContent = box.getAttribute("data-none");
        list.appendChild(none);
      }
      list.hidden = false;
      status.textContent = countText(hits.length);
    });
  }
  // The form for this count (data-results-one, -other… from the theme's plural forms), "{count}" filled in.
  function countText(n) {
    var category = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en").select(n) : (n === 1 ? "one" : "other");
    var text = box.getAttribute("data-results-" + category) || box.getAttribute("data-results-other") || box.getAttribute("data-results") || "";
    return text.indexOf("{count}") >= 0 ? text.replace("{count}", n) : n + " " + text;
  }
  input.addEventListener("input", search);
  input.addEventListener("focus", load);
  form.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && links.length) { event.preventDefault(); links[Math.min(at + 1, links.length - 1)].focus(); }
    else if (event.key === "ArrowUp" && links.length) { event.preventDefault(); if (at <= 0) input.focus(); else links[at - 1].focus(); }
    else if (event.key === "Escape") { list.hidden = true; input.focus(); }
  });
  list.addEventListener("keydown", function (event) { form.dispatchEvent(new KeyboardEvent("keydown", event)); });
})();
