/// The stylesheet and the script every page loads, served from `/assets/` so that the Content-Security-Policy
/// can forbid inline styles and scripts.
enum Assets {
    /// Contrast: text #1a1a1a on white (17:1), links #0b4f9c (8:1), errors #a4161a (7:1); focus always
    /// visible with a 3 px outline.
    static let stylesheet = """
        :root { color-scheme: light; --accent: #0b4f9c; --error: #a4161a; --warn: #7a4b00; --muted: #4a4a4a; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; }
        header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .5rem 1.5rem;
          border-bottom: 1px solid #ccc; background: #f4f6fa; }
        header .brand { font-weight: 700; margin: 0; }
        header nav ul { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; margin: 0; padding: 0; }
        header .lang { margin: 0 0 0 auto; }
        main { max-width: 62rem; padding: 1rem 1.5rem 4rem; }
        a { color: var(--accent); }
        a[aria-current="page"] { font-weight: 700; }
        :focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
        .skip { position: absolute; left: -10000px; }
        .skip:focus { position: static; display: block; padding: .5rem; }
        fieldset { border: 1px solid #bbb; border-radius: 4px; margin: 0 0 1.25rem; padding: .75rem 1rem; }
        legend { font-weight: 600; padding: 0 .25rem; }
        label { display: block; font-weight: 600; }
        .choice label, label.choice { display: inline; font-weight: 400; }
        .choice { margin: .15rem 0; }
        input[type=text], input[type=date], input[type=time], select, textarea { font: inherit; padding: .35rem;
          border: 1px solid #6b6b6b; border-radius: 3px; max-width: 100%; }
        input[type=text], textarea { width: 100%; }
        input.short { width: 10rem; }
        textarea { min-height: 6rem; }
        button, .button { font: inherit; padding: .45rem 1rem; border: 1px solid var(--accent); border-radius: 3px;
          background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
        button.secondary { background: #fff; color: var(--accent); }
        .question { margin-bottom: 1.5rem; }
        .hint, .meta { color: var(--muted); font-size: .95rem; }
        .error { color: var(--error); font-weight: 600; }
        .field-error input, .field-error textarea { border-color: var(--error); border-width: 2px; }
        .rule { border-left: 4px solid #888; padding: .25rem .75rem; margin: .5rem 0; background: #f7f7f7; }
        .rule.blocker { border-color: var(--error); }
        .rule.warning { border-color: #b26b00; }
        .notice { border: 1px solid #888; padding: .5rem 1rem; background: #f4f6fa; }
        .notice.success { border-color: #2e6b30; }
        .notice.problem { border-color: var(--error); }
        .conflict { border: 2px solid var(--error); padding: .75rem 1rem; margin: .5rem 0; }
        .diverge { border: 1px dashed #b26b00; padding: .25rem .75rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        td.number { text-align: right; }
        progress { width: 8rem; }
        code.link { word-break: break-all; background: #f4f4f4; padding: .1rem .3rem; }
        form.inline { display: inline; }
        .actions { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; margin: 1rem 0; }
        iframe.preview { width: 100%; height: 36rem; border: 1px solid #bbb; }
        """

    /// Autosave of a section a few seconds after the last change, the points' running total, and the
    /// dashboard's refresh; each only where the page asks for it.
    static let script = """
        "use strict";
        (function () {
          function total(group) {
            var sum = 0;
            group.querySelectorAll("input[data-points]").forEach(function (input) {
              var n = parseFloat(input.value.replace(/\\s/g, "").replace(",", "."));
              if (!isNaN(n)) { sum += n; }
            });
            var out = group.querySelector("output[data-total]");
            if (out) { out.textContent = String(Math.round(sum * 100) / 100); }
          }
          document.querySelectorAll("fieldset[data-points-total]").forEach(function (group) {
            group.addEventListener("input", function () { total(group); });
            total(group);
          });
          var form = document.querySelector("form[data-autosave]");
          if (form && window.fetch) {
            var timer = null;
            var status = document.getElementById("autosave-status");
            form.addEventListener("input", function () {
              clearTimeout(timer);
              timer = setTimeout(function () {
                var data = new URLSearchParams(new FormData(form));
                data.set("autosave", "1");
                fetch(form.action, { method: "POST", body: data, credentials: "same-origin",
                  headers: { "Content-Type": "application/x-www-form-urlencoded" } })
                  .then(function (response) { return response.json(); })
                  .then(function (result) {
                    Object.keys(result.versions || {}).forEach(function (name) {
                      var field = form.querySelector("input[name='" + name + "']");
                      if (field) { field.value = result.versions[name]; }
                    });
                    Object.keys(result.shown || {}).forEach(function (name) {
                      var field = form.querySelector("input[name='" + name + "']");
                      if (field) { field.value = result.shown[name]; }
                    });
                    if (status) { status.textContent = result.message; }
                  })
                  .catch(function () { if (status) { status.textContent = form.dataset.autosaveFailed; } });
              }, 2500);
            });
          }
          var live = document.querySelector("[data-refresh]");
          if (live && window.fetch) {
            setInterval(function () {
              if (document.hidden) { return; }
              fetch(window.location.href, { credentials: "same-origin" })
                .then(function (response) { return response.text(); })
                .then(function (html) {
                  var next = new DOMParser().parseFromString(html, "text/html").querySelector("[data-refresh]");
                  if (next) { live.innerHTML = next.innerHTML; }
                });
            }, parseInt(live.dataset.refresh, 10) * 1000);
          }
        })();
        """
}
