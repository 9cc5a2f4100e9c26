/// Small Markdown inputs covering each construct of the supported subset, for the differential
/// test against cmark-gfm. Raw HTML and the page-break marker are left out: there the reader
/// differs on purpose.
enum DifferentialCorpus {
    static let cases: [String] = headings + paragraphs + emphasis + lists + tables + others

    static let headings = [
        "# Titre\n## Sous-titre\n### Trois\n#### Quatre\n##### Cinq\n###### Six",
        "####### sept dièses\n#sans espace",
        "## Titre fermé ##\n# Titre #fin",
        "Titre setext\n===\n\nNiveau deux\n---",
        "   ## indenté de trois",
        "# Titre avec *emphase* et `code`",
    ]

    static let paragraphs = [
        "Un paragraphe\nsur deux lignes.\n\nUn autre.",
        "Ligne avec saut dur  \nsuite\\\nfin",
        "Échappements : \\*pas d'emphase\\*, \\_non\\_, \\# \\[x\\] \\` \\\\ \\| \\< \\&amp;",
        "Entités : &amp; &lt; &gt; &quot; &#233; &#x41; &copy; &nbsp;fin",
        "Caractères < > & \" ' en clair",
        "Espaces    multiples   et ligne finale  ",
        "Texte RTL : مرحبا بالعالم, emoji 👩‍👩‍👧 et « guillemets »",
    ]

    static let emphasis = [
        "*emphase* et _emphase_ puis **fort** et __fort__",
        "***fort et emphase*** et *__mélange__*",
        "un*dans*mot, un_dans_mot, 2*3*4",
        "*pas fermé et ** pas non plus",
        "**fort *imbriqué* dedans**",
        "*a **b** c*",
        "_ouvert* mélangé_",
        "**foo*bar*baz**",
        "*foo**bar**baz*",
        "Ponctuation : *« cité »* et **(entre parenthèses)**",
        "`code` et ``code avec ` dedans`` et ` espacé `",
        "`non fermé et *emphase*",
    ]

    static let lists = [
        "- un\n- deux\n- trois",
        "* étoile\n+ plus\n- tiret",
        "1. un\n2. deux\n3. trois",
        "3. commence à trois\n4. suite",
        "1) parenthèse\n2) deux",
        "- serré\n- liste\n\n- devient lâche",
        "- élément\n\n  second paragraphe\n- autre",
        "- niveau 1\n  - niveau 2\n    - niveau 3\n  - retour 2\n- retour 1",
        "1. numéro\n   - puce dedans\n   - deux\n2. suite",
        "- paresseux\ncontinuation paresseuse",
        "Paragraphe\n- interrompu par une liste",
        "Paragraphe\n2. pas une liste",
        "-    cinq espaces après le tiret",
        "-\n  vide au départ",
        "- a\n- b\n\n\n- c",
        "10. dix\n11. onze",
    ]

    static let tables = [
        "| Réf. | Exigence |\n| --- | --- |\n| EX-01 | Accessibilité RGAA |\n| EX-02 | Hébergement en France |",
        "| Gauche | Centre | Droite |\n|:--|:-:|--:|\n| a | b | c |",
        "a | b\n--- | ---\n1 | 2",
        "| Cellule avec \\| barre | `code` |\n| --- | --- |\n| x \\| y | **fort** |",
        "| Un | Deux |\n| --- | --- |\n| seule |\n| a | b | c |",
        "| Tableau | vide |\n| --- | --- |",
        "| T |\n| --- |\n| r |\n\nparagraphe après",
        "| a | b |\n| - | - |\n| 1 | 2 |\n> citation après",
        "| a | b |\n| --- | --- | --- |\n| pas un tableau |",
    ]

    static let others = [
        "> Une citation\n> sur deux lignes",
        "> Citation\n\n> autre citation",
        "> niveau 1\n>> niveau 2\n>>> niveau 3",
        "> - liste dans\n> - une citation",
        "> paresseuse\ncontinuation",
        "---\n***\n___\n- - -",
        "Texte\n***\nTexte",
        "[lien](https://example.org) et [titré](https://example.org/a?b=1&c=2 \"Titre\")",
        "[lien *emphasé*](<https://exemple.fr/chemin avec espaces>)",
        "<https://www.service-public.fr> et <contact@mairie.fr>",
        "[dangereux](javascript:alert(1)) [pas un lien] [vide]()",
        "```\ncode clôturé\n  indenté\n```",
        "~~~ swift\nlet x = 1\n~~~",
        "    code indenté\n    deuxième ligne",
        "Texte [avec [crochets] imbriqués](https://example.org)",
        "Lien [a](https://e.org/é) accentué",
    ]
}
