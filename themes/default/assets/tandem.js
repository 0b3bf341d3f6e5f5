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
