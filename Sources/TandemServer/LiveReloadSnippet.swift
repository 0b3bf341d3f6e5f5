import TandemCore

/// The script the server adds before `</body>` of every page it builds (through
/// `BuildOptions.bodySuffix`; `tandem build` never adds it). It listens to the
/// hub's Server-Sent Events: `reload` reloads the page, `build-error` shows the
/// error panel (the same markup as `ErrorOverlay.html`).
public enum LiveReloadSnippet {
    public static let html = """
        <script data-tandem-live-reload>
        (function () {
          var id = "\(ErrorOverlay.elementID)";
          function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; }); }
          function show(errors) {
            var old = document.getElementById(id);
            if (old) old.remove();
            if (!errors.length) return;
            var panel = document.createElement("div");
            panel.id = id;
            panel.setAttribute("role", "alertdialog");
            panel.setAttribute("aria-labelledby", id + "-title");
            panel.setAttribute("style", "\(ErrorOverlay.style)");
            var items = errors.map(function (e) {
              return "<li><code>" + esc(e.location) + "</code> " + esc(e.severity) + ": " + esc(e.message) +
                (e.excerpt ? '<pre style="\(ErrorOverlay.excerptStyle)">' + esc(e.excerpt) + "</pre>" : "") +
                (e.hint ? "<br><small>" + esc(e.hint) + "</small>" : "") + "</li>";
            }).join("");
            panel.innerHTML = '<h2 id="' + id + '-title" style="margin:0 0 .5em;font-size:1.2em">Tandem: the build failed</h2>' +
              '<p style="margin:0 0 .5em">The site shows the last good build. Fix the file and the page reloads by itself.</p>' +
              '<ul style="margin:0;padding-left:1.2em">' + items + '</ul>' +
              '<button type="button" style="margin-top:.8em">Close</button>';
            panel.querySelector("button").onclick = function () { panel.remove(); };
            document.body.appendChild(panel);
            panel.querySelector("button").focus();
          }
          var source = new EventSource("\(LiveReloadHub.eventsPath)");
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("build-error", function (event) { show(JSON.parse(event.data)); });
        })();
        </script>
        """

    /// For the translation review's pages: they reload after every good build,
    /// and the reload asks the server for a review of the new site. A page whose
    /// form is being sent ("Mark as current") does not: the answer is on its way,
    /// and a reload would cut it off.
    public static let reviewHTML = """
        <script data-tandem-live-reload>
        (function () {
          var leaving = false;
          addEventListener("submit", function () { leaving = true; });
          new EventSource("\(LiveReloadHub.eventsPath)").addEventListener("reload", function () { if (!leaving) location.reload(); });
        })();
        </script>
        """
}
