extension HTMLWriter {
    /// The body's colour (`RRGGBB`, at least 4.5:1 against white) on the title, the headings and the header's rule.
    static func colorRules(_ color: String) -> String {
        "h1, h2, h3, h4, h5, h6 { color: #\(color); }\nheader { border-bottom-color: #\(color); }\n"
    }

    /// The page's inline stylesheet: readable on screen, and A4 pages when printed.
    ///
    /// Colours keep a contrast ratio of at least 7:1 against their background (WCAG AAA for
    /// text): #1b1b1b and #0b3d91 on white, #1b1b1b on the #eef2f9 call-out and header cells.
    static let stylesheet = """
        :root { color-scheme: light; }
        body { font-family: "Marianne", Arial, "Helvetica Neue", sans-serif; font-size: 1rem; line-height: 1.5;
          color: #1b1b1b; background: #ffffff; max-width: 48rem; margin: 0 auto; padding: 1rem 1.5rem; }
        a { color: #0b3d91; }
        a:focus, main:focus { outline: 3px solid #0b3d91; outline-offset: 2px; }
        .skip-link { position: absolute; left: -999rem; }
        .redline-summary { border-left: 4px solid #0b3d91; background: #eef2f9; padding: 0.5rem 1rem; margin: 1rem 0; }
        ins.revision { display: block; text-decoration: underline; background: #e3f5e1;
          border-left: 4px solid #1e6b2e; padding-left: 0.5rem; }
        del.revision { display: block; text-decoration: line-through; background: #fbe4e4;
          border-left: 4px solid #9b1c1c; padding-left: 0.5rem; }
        ins.revision-inline { text-decoration: underline; background: #e3f5e1; }
        del.revision-inline { text-decoration: line-through; background: #fbe4e4; }
        tr.row-ins td { background: #e3f5e1; }
        tr.row-del td { background: #fbe4e4; }
        .skip-link:focus { position: static; display: inline-block; padding: 0.5rem; background: #ffffff; }
        header { border-bottom: 2px solid #0b3d91; margin-bottom: 1.5rem; }
        .document-meta { color: #3a3a3a; }
        h1, h2, h3, h4, h5, h6 { line-height: 1.25; }
        .toc ul { list-style: none; padding-left: 0; }
        .toc .toc-level-3 { padding-left: 1.5rem; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        th, td { border: 1px solid #6a6a6a; padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; }
        th { background: #eef2f9; }
        .align-left { text-align: left; }
        .align-center { text-align: center; }
        .align-right { text-align: right; }
        .callout { margin: 1rem 0; padding: 0.75rem 1rem; border: 1px solid #0b3d91;
          border-left: 6px solid #0b3d91; background: #eef2f9; }
        .callout > :first-child { margin-top: 0; }
        .callout > :last-child { margin-bottom: 0; }
        pre { white-space: pre-wrap; background: #f4f4f4; padding: 0.5rem; }
        code { font-family: "DejaVu Sans Mono", Consolas, monospace; }
        p, li { overflow-wrap: anywhere; }
        /* Columns take at least the width of their longest word: words are hyphenated by the page's language,
           never cut (data tables are exempt from reflow: a very wide one may scroll the page on a phone). */
        td, th { overflow-wrap: normal; word-break: normal; hyphens: auto; }
        hr { border: 0; border-top: 1px solid #6a6a6a; }
        .page-break { height: 0; }
        .logo { display: block; height: 4rem; width: auto; max-width: 16rem; margin: 0.5rem 0; }
        .cut-line { border-bottom: 1px dashed #3a3a3a; color: #3a3a3a; line-height: 1; margin: 1.5rem 0; }
        @page { size: A4; margin: 2cm 2cm 2.5cm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          /* Paragraph spacing as in the DOCX and ODT documents: a quarter-line rather than a whole one. */
          p { margin: 0 0 0.45em; }
          .skip-link { display: none; }
          a { color: #1b1b1b; }
          .page-break { break-after: page; page-break-after: always; }
          .cut-line { margin: 0.3rem 0 0.8rem; }
          h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          thead { display: table-header-group; }
          table { font-size: 9.5pt; }
          tr, .callout { break-inside: avoid; page-break-inside: avoid; }
        }

        """
}
