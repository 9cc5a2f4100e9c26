import ParticipeCore

/// The frame of every page: language, title, skip link, header with its navigation and language switch,
/// the main landmark, the stylesheet and the small script (progressive: every page works without it).
struct PageLayout {
    struct Link {
        var title: String
        var href: String
        var current = false
    }

    var language: Language
    var title: String
    var navigation: [Link] = []
    /// The same page in the other language.
    var switchHref: String?

    func say(_ wording: WorkshopWording) -> String { wording.text(in: language) }

    func page(_ main: Markup) -> Markup {
        let links = navigation.map { link in
            link.current
                ? Markup("<li><a href=\"\(link.href)\" aria-current=\"page\">\(link.title)</a></li>")
                : Markup("<li><a href=\"\(link.href)\">\(link.title)</a></li>")
        }
        let other: Language = language == .french ? .english : .french
        let switchLink: Markup =
            switchHref.map { href in
                Markup(
                    "<p class=\"lang\"><a href=\"\(href)\" lang=\"\(other.code)\" hreflang=\"\(other.code)\">\(WorkshopWording.languageName.text(in: other))</a></p>"
                )
            } ?? .empty
        let nav: Markup =
            navigation.isEmpty
            ? .empty : "<nav aria-label=\"\(say(.navigationLabel))\"><ul>\(links)</ul></nav>"
        return """
            <!DOCTYPE html>
            <html lang="\(language.code)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) — Participe</title>
            <link rel="stylesheet" href="/assets/participe.css">
            <script src="/assets/participe.js" defer></script>
            </head>
            <body>
            <a class="skip" href="#main">\(say(.skipLink))</a>
            <header aria-label="Participe">
            <p class="brand"><a href="/">Participe</a></p>
            \(nav)
            \(switchLink)
            </header>
            <main id="main" tabindex="-1" aria-label="\(title)">
            \(main)
            </main>
            </body>
            </html>

            """
    }
}
