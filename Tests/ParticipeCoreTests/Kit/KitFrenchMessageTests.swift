import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// The messages of a kit loaded in French: the first error of `kit`, and every warning.
private func frenchMessages(_ kit: String, files: [String: String] = [:]) throws -> [String] {
    let fixture = try KitFixture(kit, files: files)
    var texts = SourceTexts()
    do {
        let loaded = try KitLoader(reader: YAMLReader(language: .french)).load(
            directory: fixture.directory, texts: &texts)
        return loaded.warnings.map(\.message)
    } catch {
        return error.diagnostics.map(\.message)
    }
}

@Suite("Kit loader: kit authors read French")
struct KitFrenchMessageTests {
    @Test func anUnknownQuestionTypeWithItsSuggestion() throws {
        let kit = kitText(sections: "sections: [{id: s, title: S, questions: [{id: q, type: integr, label: Q}]}]\n")
        #expect(
            try frenchMessages(kit) == [
                "type de question inconnu « integr » ; vouliez-vous dire « integer » ? (types : text, paragraph, "
                    + "integer, number, boolean, date, time, single, multiple, scale, ranking, points, list, scores)"
            ])
    }

    @Test func aLanguageParticipeDoesNotSpeak() throws {
        let kit = kitText().replacingOccurrences(of: "languages: [fr]", with: "languages: [fr, de]")
        #expect(try frenchMessages(kit) == ["Participe ne parle pas « de » : les langues d'un kit sont parmi fr, en"])
    }

    @Test func aDuplicateNameSharesOneNamespace() throws {
        let kit = kitText("computed:\n  - {id: projet, value: \"1\"}\n")
        #expect(
            try frenchMessages(kit) == [
                "nom « projet » en double (sections, valeurs calculées, grilles et matrices partagent les mêmes noms ; "
                    + "première définition à la ligne 14)"
            ])
    }

    @Test func aDuplicateQuestionInItsSection() throws {
        let kit = kitText(
            sections: "sections: [{id: s, title: S, questions: [{id: q, type: text, label: Q}, "
                + "{id: q, type: text, label: R}]}]\n")
        #expect(
            try frenchMessages(kit) == [
                "identifiant de question « q » en double dans la section « s » (première définition à la ligne 5)"
            ])
    }

    @Test func aConditionThatIsNotOne() throws {
        let kit = kitText(
            sections: "sections: [{id: s, title: S, questions: [{id: q, type: text, label: Q, when: \"1 + 2\"}]}]\n")
        #expect(
            try frenchMessages(kit) == [
                "« when » doit être une condition (vrai ou faux), mais cette expression est de type nombre"
            ])
    }

    @Test func anUnknownNameInAnExpression() throws {
        let kit = kitText("computed:\n  - {id: total, value: \"projet.budjet * 2\"}\n")
        #expect(
            try frenchMessages(kit) == [
                "question inconnue « projet.budjet » ; vouliez-vous dire « projet.budget » ?"
            ])
    }

    @Test func aTypeErrorInAnExpression() throws {
        let kit = kitText("computed:\n  - {id: total, value: \"identite.nom * 2\"}\n")
        #expect(
            try frenchMessages(kit) == [
                "impossible de multiplier les types texte et nombre avec « * »"
            ])
    }

    @Test func aCycle() throws {
        let kit = kitText("computed:\n  - {id: a, value: \"b + 1\"}\n  - {id: b, value: \"a + 1\"}\n")
        #expect(
            try frenchMessages(kit) == [
                "cycle : la valeur calculée « a » → la valeur calculée « b » → la valeur calculée « a » ; "
                    + "une valeur ne peut pas dépendre d'elle-même"
            ])
    }

    @Test func anUnknownReferenceInConcerns() throws {
        let kit = kitText(
            """
            rules:
              - {id: R1, severity: warning, when: "true", message: M, concerns: [projet.budjet]}

            """)
        #expect(
            try frenchMessages(kit) == [
                "question inconnue « projet.budjet » dans « concerns » ; vouliez-vous dire « projet.budget » ?"
            ])
    }

    @Test func anUnknownSeverity() throws {
        let kit = kitText("rules:\n  - {id: R1, severity: warnig, when: \"true\", message: M}\n")
        #expect(
            try frenchMessages(kit) == [
                "gravité inconnue « warnig » : utilisez blocker, warning ou advice ; vouliez-vous dire « warning » ?"
            ])
    }

    @Test func aKeyThatDoesNotApplyToTheType() throws {
        let kit = kitText(
            sections: "sections: [{id: s, title: S, questions: [{id: q, type: text, label: Q, total: 10}]}]\n")
        #expect(try frenchMessages(kit) == ["« total » ne s'applique pas à une question de type « text »"])
    }

    @Test func aMinimumAboveTheMaximum() throws {
        let kit = kitText(
            sections: "sections: [{id: s, title: S, questions: [{id: q, type: number, label: Q, "
                + "validation: {min: 10, max: 2}}]}]\n")
        #expect(try frenchMessages(kit) == ["« min » (10) est plus grand que « max » (2)"])
    }

    @Test func aMissingTemplateFile() throws {
        let kit = kitText("documents:\n  - {id: d, title: D, template: modeles/absent.md}\n")
        let messages = try frenchMessages(kit)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("fichier de modèle « modeles/absent.md » introuvable (cherché à « ") == true)
    }

    @Test func anUnclosedInterpolation() throws {
        let kit = kitText(
            "rules:\n  - {id: R1, severity: warning, when: \"true\", message: \"Budget {{ projet.budget\"}\n")
        #expect(try frenchMessages(kit) == ["« {{ » ouvre une interpolation qui n'est jamais refermée par « }} »"])
    }

    @Test func aMissingValueTranslationIsAFrenchWarning() throws {
        let kit = kitText(
            sections: baseSections, "computed:\n  - {id: titre, value: {fr: \"'Titre'\"}}\n"
        ).replacingOccurrences(of: "languages: [fr]", with: "languages: [fr, en]")
        #expect(try frenchMessages(kit).contains("la valeur calculée « titre » n'a pas d'expression pour « en »"))
    }

    @Test func theDecoderNamesThePartsOfAKitInFrench() throws {
        let kit = kitText("grids:\n  - {id: g, title: G, levels: [{id: n, when: 'true'}]}\n")
        #expect(try frenchMessages(kit).contains("clé « label » manquante dans un niveau de grille"))
    }

    @Test func aMissingIncludedFileIsReportedWhereItIsNamed() throws {
        let fixture = try KitFixture(kitText("include: [absent.yaml]\n"))
        var texts = SourceTexts()
        let diagnostics: [Diagnostic]
        do {
            _ = try KitLoader(reader: YAMLReader(language: .french)).load(directory: fixture.directory, texts: &texts)
            diagnostics = []
        } catch {
            diagnostics = error.diagnostics
        }
        let path = fixture.directory + "/absent.yaml"
        #expect(diagnostics.map(\.message) == ["impossible de lire « \(path) » : ce fichier n'existe pas"])
        #expect(diagnostics.first?.location?.file == fixture.kitFile)
    }

    @Test func anEnglishLoaderKeepsItsEnglish() throws {
        let kit = kitText("rules:\n  - {id: R1, severity: warnig, when: \"true\", message: M}\n")
        #expect(
            try KitFixture(kit).errors().diagnostics.map(\.message) == [
                "unknown severity 'warnig': use blocker, warning or advice; did you mean 'warning'?"
            ])
    }

    /// Every message kind of the table, in French, as a kit author reads it.
    @Test(arguments: [
        (KitMessage.noLanguage, "« languages » doit nommer au moins une langue, comme [fr, en]"),
        (.noSection, "un kit a besoin d'au moins une section"),
        (
            .unknownValueLanguage(language: "de", languages: "fr, en"),
            "langue inconnue « de » dans « value » ; les langues du kit sont fr, en"
        ),
        (.noLevel, "une grille a besoin d'au moins un niveau"),
        (
            .unknownPriceFormula(name: "prop", hint: ""),
            "formule de prix inconnue « prop » : utilisez proportional, linear ou linear_range"
        ),
        (
            .unknownCategory(name: "X", hint: ""),
            "catégorie inconnue « X » (déclarez-la dans les « categories » du catalogue)"
        ),
        (
            .unknownCriterionKind(name: "x"),
            "sorte de critère inconnue « x » : utilisez scored, price ou eliminatory"
        ),
        (.valuesNotMapping, "« values » doit associer des noms à des expressions"),
        (.unknownPriority(name: "x", known: "P1, P2", hint: ""), "priorité inconnue « x » (priorités : P1, P2)"),
        (.fieldType(type: "list"), "un champ d'une liste ne peut pas être de type « list »"),
        (
            .fieldWhen,
            "un champ d'une liste ne peut pas avoir de « when » : chaque champ est demandé pour chaque élément"
        ),
        (.needsChoices(type: "single"), "une question de type « single » a besoin de « choices »"),
        (.listNeedsFields, "une question de type liste a besoin de « fields »"),
        (
            .scoresNeedCriteria,
            "une question de type scores a besoin de « criteria » : le catalogue des critères à noter"
        ),
        (.fieldRequired, "le « required » d'un champ doit être true ou false"),
        (.examplesShape, "« examples » doit être une liste, ou associer des langues à des listes"),
        (.unknownExamplesLanguage(language: "de"), "langue inconnue « de » dans « examples »"),
        (.scaleBounds, "une échelle a besoin d'un « min » inférieur à son « max »"),
        (.scaleLabelLevel(minimum: 1, maximum: 5), "un libellé d'échelle doit avoir pour clé un niveau de 1 à 5"),
        (
            .duplicate(.item, id: "A", place: .catalogue("c"), firstLine: 3),
            "identifiant d'élément « A » en double dans le catalogue « c » (première définition à la ligne 3)"
        ),
        (
            .unknownSectionOfPath(section: "x", in: "« from »", path: "x.y", hint: ""),
            "section inconnue « x » dans « from » (« x.y »)"
        ),
        (.unknownGlossaryEntry(id: "g", hint: ""), "entrée du glossaire inconnue « g »"),
        (.unknownSection(id: "s", hint: ""), "section inconnue « s »"),
        (.unknownCatalogue(id: "c", hint: ""), "catalogue inconnu « c »"),
        (.unknownCriteriaCatalogue(id: "c"), "catalogue inconnu « c » dans « criteria »"),
        (
            .wrongType(what: "« weight »", expected: .number, got: .text),
            "« weight » doit être de type nombre, mais cette expression est de type texte"
        ),
        (.unknownParent(parent: "P", catalogue: "c", hint: ""), "parent inconnu « P » dans le catalogue « c »"),
        (.declaredNotSingle(path: "s.q"), "le niveau déclaré « s.q » doit être une question « single »"),
        (
            .choiceNotLevel(choice: "a", path: "s.q", grid: "g"),
            "le choix « a » de « s.q » n'est pas un niveau de la grille « g »"
        ),
        (
            .weightsNotPoints(path: "s.q", type: "text"),
            "« weights » doit nommer une question « points » ; « s.q » est « text »"
        ),
        (
            .candidatesNotScores(path: "s.q", type: "text"),
            "« candidates » doit nommer une question « scores » ; « s.q » est « text »"
        ),
        (.emptyReference, "référence vide"),
        (
            .sectionNotQuestion(section: "s", example: "q"),
            "« s » est une section : nommez l'une de ses questions, comme « s.q »"
        ),
        (
            .notAChoice(reference: "s.q.x", question: "s.q", choices: "a, b"),
            "« s.q.x » n'est pas un choix de « s.q » (choix : a, b)"
        ),
        (.noPart(question: "s.q", part: "x"), "« s.q » n'a pas de partie nommée « x »"),
        (
            .gridMember(member: "x", grid: "g", members: ["level", "rank"]),
            "une grille n'a pas de « x » ; utilisez g.level, g.rank"
        ),
        (
            .matrixMember(member: "x", members: ["m.winner", "m.candidates"]),
            "une matrice n'a pas de « x » ; utilisez m.winner, m.candidates"
        ),
        (
            .unknownSectionOfReference(section: "projt", reference: "projt.budget", suggestion: "projet"),
            "section inconnue « projt » dans « projt.budget » ; vouliez-vous dire « projet » ?"
        ),
        (.unknownName(reference: "x", hint: ""), "nom inconnu « x »"),
        (
            .languagesDisagree(id: "v", type: .text, other: .number),
            "les langues de la valeur calculée « v » donnent des types différents (texte et nombre)"
        ),
        (
            .noKit(id: "demo", folders: ["Templates"], hint: ""),
            "aucun kit « demo » dans « Templates »"
        ),
        (.kitsAvailable(["a", "b"]), "kits disponibles : a, b"),
    ])
    func everyMessageHasItsFrenchWording(message: KitMessage, french: String) {
        #expect(message.text(in: .french) == french)
    }
}
