import ParticipeDocuments

/// The documents every writer is tested with.
enum SampleDocuments {
    static let metadata = DocumentMetadata(
        title: "Cahier des charges — plateforme de participation", author: "Ville de Saint-Exemple",
        date: "2025-03-14", language: "fr", subject: "Consultation citoyenne sur les mobilités")

    /// A realistic specification, as the `outil-numerique` kit's template produces it.
    static let specification = """
        # Cahier des charges — plateforme de participation

        ## 1. Contexte

        La **Ville de Saint-Exemple** (42 000 habitants) souhaite associer les habitantes et les habitants
        à la révision de son *plan de mobilité*. Le présent document décrit le besoin ; il s'appuie sur
        l'inventaire réalisé en janvier et sur les [recommandations de la CNDP](https://www.debatpublic.fr/).

        > **À retenir.** Le prestataire s'engage à restituer aux participants ce qu'il est advenu de leurs
        > contributions, au plus tard trois mois après la clôture.

        ### 1.1 Objectifs

        - Recueillir des propositions sur :
          - les pistes cyclables ;
          - le stationnement ;
          - les transports scolaires.
        - Toucher des publics éloignés du numérique.
        - Rendre compte des suites données.

        ### 1.2 Calendrier

        1. Lancement de la consultation : avril.
        2. Ateliers de quartier : mai et juin.
        3. Restitution publique : septembre.

        <!-- pagebreak -->

        ## 2. Exigences

        | N° | Exigence | Priorité |
        |---:|:---------|:--------:|
        | 1 | Conformité au RGAA 4.1 (accessibilité) | Obligatoire |
        | 2 | Hébergement des données dans l'Union européenne | Obligatoire |
        | 3 | Export des contributions en CSV \\| ODS | Souhaitée |
        | 4 | Modération *a priori* des contributions | Souhaitée |

        ### 2.1 Sécurité et données personnelles

        Le prestataire respecte le RGPD. Les données sont supprimées `12 mois` après la fin du dispositif,
        sauf obligation légale contraire.\\
        Contact : <dpo@saint-exemple.fr>.

        ---

        ## 3. Critères de choix

        5. Prix (30 %)
        6. Valeur technique (50 %)
        7. Accompagnement & formation (20 %)

        Les offres sont notées de 0 à 5 ; les notes sont \\*pondérées\\* puis additionnées.
        """

    /// Text that tries to break every output format, to be shown literally.
    static let hostileLine =
        "Tout *casse* <b>gras</b> <script>alert('x')</script> & \\&amp; < > ]]> \"guillemets\" 'apostrophes' "
        + "\u{1}\u{7}\u{8}\u{B}\u{C}\u{1F}\u{FFFE} مرحبا بالعالم שלום 👩‍👩‍👧‍👦 🇫🇷 {{moustache}} \\*échappé\\*"

    static let longWord = String(repeating: "anticonstitutionnellement", count: 400)

    static let hostile = """
        # Titre <i>hostile</i> & ]]>

        \(hostileLine)

        \(longWord)

        - <li>élément</li> & ]]>
          1. imbriqué \u{1}

        | <th> | & ]]> |
        |---|---|
        | \u{2} | مرحبا 👍 |

        \(String(repeating: ">", count: 5_000)) profond ]]> &

        [lien](https://example.org/?a=1&b=<2> "titre & ]]>") [js](javascript:alert(1))

        ```
        <code> & ]]>
        ```
        """
}
