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

// Site search: the header's "browse sections" link becomes a search box. The index of
// this language is split into small files under search-index/ (see SearchShards.swift): a
// manifest, word and word-pair shards, and document shards; a query fetches the manifest,
// the shards that can hold its words, then the documents of the results shown. Matching
// ignores accents and case ("municipalizacion" finds "Municipalización"); every word must
// start a word of the page (words of one or two letters must be whole words).
(function () {
  "use strict";
  var box = document.querySelector(".search[data-index]");
  if (!box || !window.fetch) return;
  var fold = function (text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  };
  var manifestURL = box.getAttribute("data-index");
  var folder = manifestURL.slice(0, manifestURL.lastIndexOf("/") + 1);
  var files = {};
  var latest = 0;
  var form = box.querySelector("form");
  var input = box.querySelector("input[type=search]");
  var list = box.querySelector(".search-results");
  var status = box.querySelector("[role=status]");
  if (!form || !input || !list || !status) return;
  form.hidden = false;
  var fallback = box.querySelector(".search-fallback");
  if (fallback) fallback.hidden = true;
  form.addEventListener("submit", function (event) { event.preventDefault(); var first = list.querySelector("a"); if (first) first.click(); });

  function get(name) {
    if (!files[name]) {
      files[name] = fetch(name === "index.json" ? manifestURL : folder + name).then(function (r) { return r.json(); });
      files[name].catch(function () { delete files[name]; });
    }
    return files[name];
  }
  // The shards (by number) whose key ranges [starts[i], starts[i + 1]) meet [low, high).
  function shardsFor(starts, low, high) {
    var found = [];
    for (var i = 0; i < starts.length; i++) {
      if ((i === 0 || starts[i] < high) && (i + 1 === starts.length || starts[i + 1] > low)) found.push(i);
    }
    return found;
  }
  // A word matches the keys it starts (it may still be being typed); short words, whole keys only.
  function matches(key, word) { return word.length < 3 ? key === word : key.lastIndexOf(word, 0) === 0; }
  function range(word) { return [word, word + (word.length < 3 ? " \uffff" : "\uffff")]; }
  // page number -> in title, for the keys of the shards that match.
  function postings(shards, keep) {
    var pages = {};
    shards.forEach(function (shard) {
      for (var key in shard) {
        if (!keep(key)) continue;
        var page = 0;
        shard[key].split(",").forEach(function (item) {
          page += parseInt(item, 36);
          pages[page] = pages[page] || item.charCodeAt(item.length - 1) === 33;
        });
      }
    });
    return pages;
  }
  function fetchShards(prefix, starts, word) {
    var r = range(word);
    return Promise.all(shardsFor(starts, r[0], r[1]).map(function (n) { return get(prefix + n + ".json"); }));
  }
  function snippet(text, word) {
    var at = fold(text).indexOf(word);
    if (at < 0) return text.slice(0, 140);
    var start = Math.max(0, at - 50);
    return (start > 0 ? "…" : "") + text.slice(start, start + 140) + "…";
  }
  // The twelve best pages: the phrase in the title (10), the phrase anywhere (5), one per word in the title.
  function rank(manifest, words) {
    var wordShards = words.map(function (w) { return fetchShards("w", manifest.w, w); });
    var pairShards = words.slice(1).map(function (w, i) { return fetchShards("p", manifest.p, words[i]); });
    return Promise.all([Promise.all(wordShards), Promise.all(pairShards)]).then(function (loaded) {
      var found = loaded[0].map(function (shards, i) { return postings(shards, function (key) { return matches(key, words[i]); }); });
      var phrases = loaded[1].map(function (shards, i) {
        return postings(shards, function (key) {
          var space = key.indexOf(" ");
          return matches(key.slice(0, space), words[i]) && matches(key.slice(space + 1), words[i + 1]);
        });
      });
      var hits = [];
      Object.keys(found[0]).forEach(function (key) {
        if (!found.every(function (pages) { return key in pages; })) return;
        var inTitle = found.filter(function (pages) { return pages[key]; }).length;
        var phrase = words.length === 1 || phrases.every(function (pages) { return key in pages; });
        var titlePhrase = words.length === 1 ? inTitle === 1 : phrases.every(function (pages) { return pages[key]; });
        hits.push({ page: Number(key), score: (titlePhrase ? 10 : 0) + (phrase ? 5 : 0) + inTitle });
      });
      return hits.sort(function (a, b) { return b.score - a.score || a.page - b.page; }).slice(0, 12);
    });
  }
  function search() {
    var words = fold(input.value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    var ticket = ++latest;
    if (!words.length) { list.hidden = true; list.replaceChildren(); status.textContent = ""; return; }
    get("index.json").then(function (manifest) {
      return rank(manifest, words).then(function (hits) {
        // Document shard i holds pages manifest.d[i] up to the next shard's first page.
        var shardOf = hits.map(function (hit) {
          var i = manifest.d.length - 1;
          while (i > 0 && manifest.d[i] > hit.page) i--;
          return i;
        });
        return Promise.all(shardOf.map(function (i) { return get("d" + i + ".json"); })).then(function (documents) {
          return hits.map(function (hit, n) { return documents[n][hit.page - manifest.d[shardOf[n]]]; });
        });
      });
    }).then(function (entries) {
      if (ticket !== latest) return;
      list.replaceChildren();
      entries.forEach(function (e) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = e[1];
        a.textContent = e[0];
        li.appendChild(a);
        if (e[2]) { var s = document.createElement("span"); s.className = "meta"; s.textContent = " · " + e[2]; li.appendChild(s); }
        var p = document.createElement("p");
        p.textContent = snippet(e[3], words[0]);
        li.appendChild(p);
        list.appendChild(li);
      });
      if (!entries.length) {
        var none = document.createElement("li");
        none.textContent = box.getAttribute("data-none");
        list.appendChild(none);
      }
      list.hidden = false;
      status.textContent = countText(entries.length);
    });
  }
  // The form for this count (data-results-one, -other… from the theme's plural forms), "{count}" filled in.
  function countText(n) {
    var category = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en").select(n) : (n === 1 ? "one" : "other");
    var text = box.getAttribute("data-results-" + category) || box.getAttribute("data-results-other") || box.getAttribute("data-results") || "";
    return text.indexOf("{count}") >= 0 ? text.replace("{count}", n) : n + " " + text;
  }
  input.addEventListener("input", search);
  input.addEventListener("focus", function () { get("index.json"); });
  form.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && links.length) { event.preventDefault(); links[Math.min(at + 1, links.length - 1)].focus(); }
    else if (event.key === "ArrowUp" && links.length) { event.preventDefault(); if (at <= 0) input.focus(); else links[at - 1].focus(); }
    else if (event.key === "Escape") { list.hidden = true; input.focus(); }
  });
  list.addEventListener("keydown", function (event) { form.dispatchEvent(new KeyboardEvent("keydown", event)); });
})();
