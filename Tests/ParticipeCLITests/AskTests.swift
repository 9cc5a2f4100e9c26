import Foundation
import ParticipeTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `participe ask` end to end: the built binary, fed through a pipe as a script or a test would.
@Suite(.serialized) struct AskTests {
    /// Answers every question of the demo kit, one line each (a paragraph ends with an empty line).
    static let everyType = [
        "Ville de Test",  // text
        "Une ville.", "Sur deux lignes.", "",  // paragraph
        "1",  // single
        "12 500",  // integer
        "",  // boolean: Enter accepts the default [oui]
        "25 000,50",  // number
        "01/03/2026",  // date
        "2026-04-30",  // date revealed by the previous answer
        "1,3",  // multiple
        "5000",  // number revealed and required by the previous answer
        "3",  // scale
        "2 1 3",  // ranking
        "70", "",  // points: Enter gives the rest to the last choice
        "Anne", "1", "0,5", "Bruno", "dpo", "", "",  // list: two items, then an empty line
        "Offre A", "40000", "4", "3", "",  // scores: one candidate, then an empty name
    ]

    static let expectedAnswers = """
        kit: demo
        version: "2"
        language: fr
        answers:
          identite:
            nom: Ville de Test
            presentation: |-
              Une ville.
              Sur deux lignes.
            type: commune
            population: 12500
            public: true
          projet:
            budget: 25000.5
            ouverture: 2026-03-01
            cloture: 2026-04-30
            modules: [idees, budget_participatif]
            enveloppe: 5000
            maturite: 3
            priorites: [tracer, toucher, decider]
            ponderation:
              technique: 70
              prix: 30
            equipe:
              - nom: Anne
                role: pilote
                temps: 0.5
              - nom: Bruno
                role: dpo
            offres:
              - candidate: Offre A
                price: 40000
                scores:
                  fonctionnel: 4
                  accessibilite: 3

        """

    @Test func everyQuestionTypeThenTheSummaryAndTheDocuments() throws {
        let folder = try TemporaryDirectory()
        let run = try folder.participe(["ask", "--kit", "demo", "-o", "a.yaml"], input: Self.everyType + ["o"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(try folder.read("a.yaml") == Self.expectedAnswers)
        #expect(run.stdout.contains("== Section 1/2 : Identité\nQui porte le projet ?"))
        #expect(run.stdout.contains("Section 2/2 · 9/15"))
        #expect(run.stdout.contains("[oui] > \n"))
        #expect(run.stdout.contains("2. Prix (reste 30) [30] > \n"))
        #expect(run.stdout.contains("Élément 3 — Nom (Entrée pour finir la liste) > \n"))
        #expect(run.stdout.contains("Questionnaire terminé."))
        #expect(run.stdout.contains("Bilan : 0 bloquant(s)"))
        #expect(run.stdout.contains("Générer les documents maintenant ? [o/N] o"))
        #expect(FileManager.default.fileExists(atPath: folder.path("out/synthese.md")))
        #expect(!run.stdout.contains("\u{1B}["), "no colours when standard output is not a terminal")
        try folder.expectChecks("a.yaml", status: 0)
    }

    @Test func invalidInputIsAskedAgainAndNeverSaved() throws {
        let folder = try TemporaryDirectory()
        let input = [
            String(repeating: "x", count: 81), "Ville",  // longer than max_length
            ">",  // paragraph: skip
            "4", "mairie", "commune",  // not a choice number, not an id
            "douze", "0", "1,5", "12",  // not a number, below the minimum, not whole
            "peut-être", "non",  // boolean
            ">", "2019-12-31", "31/02/2026", "2026-03-01",  // date below its minimum, then impossible
            ">", "1,1", "9", "2",  // multiple: twice the same, out of range
            ">", "1 2", "3 2 1",  // ranking: too few
            "50", "20",  // points add up to 70: asked again from the start
            "60", "",
            ":q",
        ]
        let run = try folder.participe(["ask", "--kit", "demo", "-o", "a.yaml"], input: input)
        #expect(run.exitCode == 0, "\(run.stderr)")
        for message in [
            "✗ identite.nom: 81 caractères, 80 au plus",
            "✗ choisissez un numéro entre 1 et 3",
            "✗ choix inconnu « mairie » : tapez un numéro de 1 à 3",
            "✗ un nombre entier est attendu",
            "✗ identite.population: 0 est inférieur au minimum 1",
            "✗ répondez oui ou non",
            "✗ projet.ouverture: la date 31 décembre 2019 précède le 1er janvier 2020",
            "✗ la date 31/02/2026 n'existe pas dans le calendrier",
            "✗ « 1 » est donné deux fois",
            "✗ projet.priorites: 2 élément(s), il en faut au moins 3",
            "✗ projet.ponderation: les points totalisent 70 au lieu de 100",
        ] {
            #expect(run.stdout.contains(message), "\(message)")
        }
        let saved = try folder.read("a.yaml")
        #expect(saved.contains("nom: Ville\n") && saved.contains("population: 12\n") && saved.contains("public: false"))
        #expect(saved.contains("ponderation:\n      technique: 60\n      prix: 40"))
        #expect(saved.contains("priorites: [decider, tracer, toucher]"))
        #expect(!saved.contains("xxxx") && !saved.contains("2019"))
        // The command to resume keeps the kit folder, or it would not find the kit again.
        #expect(
            run.stdout.hasSuffix(
                "Réponses enregistrées dans a.yaml. Pour reprendre : participe ask a.yaml --templates \(Fixtures.kits)\n"
            ))
        try folder.expectChecks("a.yaml", status: 0)
    }

    @Test func backSkipReviewDiagnosticsAndCommands() throws {
        let folder = try TemporaryDirectory()
        let input = [
            "Ville A",
            ">",  // presentation skipped
            "<",  // back to presentation
            "Rédigée après coup.", "",
            ">",  // type is required: refused
            ":h", ":d", "?",
            "2",
            ":r", "1", "Ville B",  // review: change the name, then back to population
            "<", "",  // back to type, Enter keeps the choice
            "100",
            ":q",
        ]
        let run = try folder.participe(["ask", "--kit", "demo", "-o", "a.yaml"], input: input)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("✗ cette question est obligatoire : elle ne peut pas être passée"))
        #expect(run.stdout.contains("  :q        enregistrer et quitter"))
        #expect(run.stdout.contains("réponse obligatoire manquante : identite.type"))
        #expect(run.stdout.contains("2. Intercommunalité — EPCI à fiscalité propre."))
        #expect(run.stdout.contains("  1. Nom de l'organisme : Ville A"))
        #expect(run.stdout.contains("[Ville A] > Ville B"))
        #expect(run.stdout.contains("[Intercommunalité] > \n"))
        let saved = try folder.read("a.yaml")
        #expect(
            saved.contains("nom: Ville B\n    presentation: Rédigée après coup.\n    type: epci\n    population: 100\n")
        )
        try folder.expectChecks("a.yaml", status: 0)
    }

    @Test func quitThenResumeWhereItStopped() throws {
        let folder = try TemporaryDirectory()
        var run = try folder.participe(["ask", "--kit", "demo", "-o", "a.yaml"], input: ["Ville", "", "3", ":q"])
        #expect(run.exitCode == 0)
        try folder.expectChecks("a.yaml", status: 0)
        // Resumed where it stopped: after the last answer, the optional presentation left behind.
        run = try folder.participe(["ask", "a.yaml"], input: [":q"])
        #expect(run.stdout.contains("Reprise : 2/13 questions déjà renseignées."))
        #expect(!run.stdout.contains("Présentation\n"))
        #expect(run.stdout.contains("Section 1/2 · 2/13\nPopulation (habitants)\n"), "not required for a State")
        run = try folder.participe(["ask", "a.yaml"], input: ["", ""] + Self.everyType.dropFirst(7) + ["n"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Questionnaire terminé."))
        try folder.expectChecks("a.yaml", status: 0)
    }

    @Test func killedBetweenTwoAnswersLosesNothingAndResumes() throws {
        let folder = try TemporaryDirectory()
        let process = try folder.askKeepingInputOpen(Array(Self.everyType.prefix(6)))
        // The sixth line answers the population; wait for it to be saved, then kill with standard input still open.
        try folder.waitFor("population: 12500", in: "a.yaml")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        try folder.expectChecks("a.yaml", status: 0)
        let saved = try folder.read("a.yaml")
        #expect(saved.contains("type: commune") && saved.contains("population: 12500"))
        let run = try folder.participe(["ask", "a.yaml"], input: Array(Self.everyType.dropFirst(6)) + ["n"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Reprise : 4/13 questions déjà renseignées."))
        #expect(try folder.read("a.yaml") == Self.expectedAnswers)
        try folder.expectChecks("a.yaml", status: 0)
    }

    @Test func killedInTheMiddleOfAListKeepsTheCompletedItems() throws {
        let folder = try TemporaryDirectory()
        // Up to the first member of the team, complete, and the second one's name.
        let process = try folder.askKeepingInputOpen(
            Self.everyType.prefix(while: { $0 != "Bruno" }) + ["Bruno"])
        try folder.waitFor("nom: Anne", in: "a.yaml")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let saved = try folder.read("a.yaml")
        #expect(saved.contains("equipe:\n      - nom: Anne\n        role: pilote\n        temps: 0.5\n"))
        #expect(!saved.contains("Bruno"), "an item not completed is not saved")
        try folder.expectChecks("a.yaml", status: 1)
    }

    @Test func quitInTheMiddleOfAListKeepsTheCompletedItems() throws {
        let folder = try TemporaryDirectory()
        let input = Array(Self.everyType.prefix(while: { $0 != "Bruno" })) + ["Claire", ":q"]
        let run = try folder.participe(["ask", "--kit", "demo", "-o", "a.yaml"], input: input)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let saved = try folder.read("a.yaml")
        #expect(saved.contains("equipe:\n      - nom: Anne\n        role: pilote\n        temps: 0.5\n"))
        #expect(!saved.contains("Claire"), "an item not completed is not saved")
        try folder.expectChecks("a.yaml", status: 1)
    }

    @Test func endOfInputKeepsTheAnswers() throws {
        let folder = try TemporaryDirectory()
        let run = try folder.participe(["ask", "--kit", "demo", "-o", "a.yaml"], input: ["Ville"])
        #expect(run.exitCode == 0)
        #expect(run.stdout.hasSuffix("Pour reprendre : participe ask a.yaml --templates \(Fixtures.kits)\n"))
        #expect(try folder.read("a.yaml").contains("nom: Ville"))
        try folder.expectChecks("a.yaml", status: 1)
    }

    @Test func aMistypedCommandIsRefusedAndNeverSaved() throws {
        let folder = try TemporaryDirectory()
        let input = [
            "Ville",
            ":x", ":r7", ":aller",  // presentation: no command (`:aller` needs a question), refused
            "::x", "Ligne 1", ":zz", "::deux",  // a paragraph: a colon typed as `::`, an unknown command refused
            ":q",  // on a continuation line: quits, keeping the lines typed so far
        ]
        let run = try folder.participe(["ask", "--kit", "demo", "-o", "a.yaml"], input: input)
        #expect(run.exitCode == 0, "\(run.stderr)")
        for command in [":x", ":r7", ":aller", ":zz"] {
            #expect(run.stdout.contains("✗ commande inconnue « \(command) », rien n'est enregistré"), "\(command)")
        }
        #expect(
            run.stdout.contains(
                "« :aller », rien n'est enregistré (tapez :: pour une réponse qui commence par « : »)\n"
                    + "Commandes, à toute invite :\n  <         revenir à la question précédente\n"))
        let saved = try folder.read("a.yaml")
        #expect(saved.contains("nom: Ville\n    presentation: |-\n      :x\n      Ligne 1\n      :deux\n"), "\(saved)")
        #expect(!saved.contains("aller") && !saved.contains("zz") && !saved.contains(":r"))
        #expect(run.stdout.hasSuffix("Pour reprendre : participe ask a.yaml --templates \(Fixtures.kits)\n"))
        try folder.expectChecks("a.yaml", status: 1)
    }

    @Test func anUnknownCommandInAListFieldIsRefusedAndAColonTyped() throws {
        let folder = try TemporaryDirectory()
        try folder.write(Self.smallKit, to: "kits/mini/kit.yaml")
        let input = ["Anne", ":zz 7", "1", "n", "::B", "2", "", "", ":q"]
        let run = try folder.participe(["ask", "--kit", "mini", "-o", "m.yaml", "--templates", "kits"], input: input)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Élément 1 — Rôle (facultatif) > :zz 7\n✗ commande inconnue « :zz 7 »"))
        let saved = try folder.read("m.yaml")
        #expect(
            saved.contains("- nom: Anne\n        role: pilote\n        actif: false\n      - nom: \":B\"\n"), "\(saved)"
        )
        #expect(!saved.contains("zz"))
    }

    /// A kit small enough to script: a list whose fields have choices, help and a yes/no, and a rule.
    static let smallKit = """
        id: mini
        version: "1"
        languages: [fr]
        title: Mini
        sections:
          - id: s
            title: Section
            questions:
              - id: membres
                type: list
                label: Membres
                help: "Aide de la liste."
                fields:
                  - {id: nom, type: text, label: Nom, required: true}
                  - id: role
                    type: single
                    label: Rôle
                    help: "Aide du rôle."
                    choices: [{id: pilote, label: Pilote, help: "Conduit le projet."}, {id: dpo, label: DPO}]
                  - {id: actif, type: boolean, label: Actif}
              - id: budget
                type: number
                label: Budget
              - id: note
                type: text
                label: Note
          - id: s2
            title: Suite
            questions:
              - {id: fin, type: text, label: Fin, required: true}
        rules:
          - id: petit-budget
            severity: warning
            when: "s.budget < 100"
            message: "Budget trop faible."
            action: "Prévoyez plus."
            concerns: [s.budget]
        """

    @Test func aListFieldShowsItsChoicesItsYesNoAndItsOwnHelp() throws {
        let folder = try TemporaryDirectory()
        try folder.write(Self.smallKit, to: "kits/mini/kit.yaml")
        let run = try folder.participe(
            ["ask", "--kit", "mini", "-o", "m.yaml", "--templates", "kits"],
            input: ["Anne", "?", "2", "?", "o", "", ":q"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains(
                "Élément 1 — Nom (Entrée pour finir la liste) > Anne\n  1. Pilote\n  2. DPO\n"
                    + "Le numéro d'un choix. ? pour l'aide.\nÉlément 1 — Rôle (facultatif) > ?\n"
                    + "Aide du rôle.\n  1. Pilote — Conduit le projet.\nÉlément 1 — Rôle (facultatif) > 2\n"),
            "\(run.stdout)")
        #expect(!run.stdout.contains("Aide de la liste."), "the field's help, not the question's")
        #expect(run.stdout.contains("> 2\noui ou non (o/n).\nÉlément 1 — Actif (facultatif) > ?\n"))
        #expect(try folder.read("m.yaml").contains("- nom: Anne\n        role: dpo\n        actif: true\n"))
    }

    @Test func diagnosticsCoverTheSectionsReachedThenTheQuestionIsShownAgain() throws {
        let folder = try TemporaryDirectory()
        try folder.write(Self.smallKit, to: "kits/mini/kit.yaml")
        let run = try folder.participe(
            ["ask", "--kit", "mini", "-o", "m.yaml", "--templates", "kits"], input: ["", ":d", "50", ":q"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("s2.fin"), "a section not reached yet is left out")
        #expect(
            run.stdout.contains(
                "Bilan : 0 bloquant(s), 0 avertissement(s), 0 conseil(s)\n\nSection 1/2 · 0/4\nBudget\n"),
            "\(run.stdout)")
        let check = try folder.participe(["check", "m.yaml", "--templates", "kits"], input: [])
        #expect(check.stdout.contains("s2.fin"), "check covers every section")
    }

    @Test func theNewFileListsTheChoicesOfAListsFields() throws {
        let folder = try TemporaryDirectory()
        let run = try runParticipe(
            ["new", "demo", "-o", "n.yaml", "--templates", Fixtures.kits], environment: TemporaryDirectory.environment,
            in: folder.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(
            try folder.read("n.yaml").contains(
                "    #   - nom: …\n    #     role: …\n    #         pilote : Pilote\n    #         dpo : DPO\n"
                    + "    #     temps: …\n    equipe: []\n"))
    }

    @Test func aRuleShowsUnderTheAnswerThatMakesItFire() throws {
        let folder = try TemporaryDirectory()
        try folder.write(Self.smallKit, to: "kits/mini/kit.yaml")
        let run = try folder.participe(
            ["ask", "--kit", "mini", "-o", "m.yaml", "--templates", "kits"], input: ["", "50", "Une note", ":q"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains("> 50\n! [petit-budget] Budget trop faible.\n  → Prévoyez plus.\n"), "\(run.stdout)")
        #expect(!run.stdout.contains("> Une note\n!"), "shown once, under the answer that made it fire")

        // In the demo kit, a team without a DPO: the blocker shows as soon as the list is answered.
        let team = Array(Self.everyType.prefix(while: { $0 != "Bruno" })) + ["", ":q"]
        let demo = try folder.participe(["ask", "--kit", "demo", "-o", "a.yaml"], input: team)
        #expect(demo.stdout.contains("(Entrée pour finir la liste) > \n✗ [pas-de-dpo] Aucun DPO dans l'équipe.\n"))
    }

    @Test func inEnglish() throws {
        let folder = try TemporaryDirectory()
        let run = try folder.participe(
            ["ask", "--kit", "demo", "-o", "a.yaml", "--lang", "en"],
            input: ["Lorient", "", "2", "12,500", "n", "1,500.5", "01/03/2026", "2026-03-01", ":q"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Name of the body (required)"))
        #expect(run.stdout.contains("== Section 1/2: "), "English puts no space before a colon")
        #expect(!run.stdout.contains(" : "), "no French typography in English")
        #expect(run.stdout.contains("[yes] > n"))
        #expect(run.stdout.contains("✗ a date is expected: YYYY-MM-DD"))
        let saved = try folder.read("a.yaml")
        #expect(
            saved.contains("language: en") && saved.contains("population: 12500") && saved.contains("budget: 1500.5"))
        #expect(
            run.stdout.hasSuffix(
                "Answers saved in a.yaml. To resume: participe ask a.yaml --templates \(Fixtures.kits)\n"))
    }

    @Test func refusesWhatItCannotDo() throws {
        let folder = try TemporaryDirectory()
        var run = try folder.participe(["ask", "missing.yaml"], input: [])
        #expect(run.exitCode == 2)
        #expect(run.stderr.contains("« missing.yaml » n'existe pas"))
        run = try folder.participe(["ask"], input: [])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("donnez un fichier de réponses ou --kit"))
        try folder.write("kit: demo\nversion: \"2\"\nanswers:\n  identite:\n    inconnu: 1\n", to: "bad.yaml")
        run = try folder.participe(["ask", "bad.yaml"], input: [])
        #expect(run.exitCode == 2)
        #expect(try folder.read("bad.yaml").contains("inconnu"), "an unreadable file is never overwritten")
    }
}

/// `participe` run in the test's folder, with the fixture kits, a fixed date and a French locale.
extension TemporaryDirectory {
    fileprivate static let common = ["--templates", Fixtures.kits, "--date", "2026-01-15"]
    fileprivate static let environment = ["LANG": "fr_FR.UTF-8", "NO_COLOR": "1"]

    /// Runs `participe` here with `input` as standard input, one line each.
    fileprivate func participe(_ arguments: [String], input: [String]) throws -> CommandResult {
        try runParticipe(
            arguments + Self.common, stdin: input.map { $0 + "\n" }.joined(), environment: Self.environment, in: path)
    }

    /// `participe ask` fed `lines` through a pipe left open, so that the test can kill it while it waits for more.
    fileprivate func askKeepingInputOpen(_ lines: [String]) throws -> Process {
        try startParticipe(
            ["ask", "--kit", "demo", "-o", "a.yaml"] + Self.common, stdin: lines.map { $0 + "\n" }.joined(),
            environment: Self.environment, in: path)
    }

    /// `participe check` reads the file: exit 0 or 1, never 2.
    fileprivate func expectChecks(_ file: String, status: Int32, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let run = try participe(["check", file], input: [])
        #expect(run.exitCode == status, "\(run.stdout)\(run.stderr)", sourceLocation: sourceLocation)
    }

    fileprivate func waitFor(_ text: String, in file: String) throws {
        for _ in 0..<200 {
            if let content = try? read(file), content.contains(text) { return }
            usleep(50_000)
        }
        Issue.record("'\(text)' never appeared in \(file)")
    }
}

/// `participe ask`: leaving a question for later, going where one wants, changing list items.
@Suite(.serialized) struct AskNavigationTests {
    @Test func aRequiredQuestionLeftForLaterStaysABlockerAndTheInterviewGoesOn() throws {
        let folder = try TemporaryDirectory()
        let run = try folder.participe(
            ["ask", "--kit", "demo", "-o", "a.yaml"], input: ["Ville", "", ":p", ":q"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("« Type d'organisme » : à confirmer."))
        #expect(run.stdout.contains(":p\n« Type d'organisme » : à confirmer. Elle reste un point bloquant"))
        #expect(run.stdout.contains("Population (habitants)"), "the interview goes on after :p")
        let saved = try folder.read("a.yaml")
        #expect(saved.contains("language: fr\npending: [identite.type]\nanswers:\n"), "\(saved)")
        let check = try folder.participe(["check", "a.yaml", "--format", "json"], input: [])
        #expect(check.exitCode == 1)
        #expect(check.stdout.contains("\"validation.to-confirm\""))
        #expect(check.stdout.contains("réponse obligatoire à confirmer (laissée pour plus tard) : identite.type"))
        // Resumed, the question left for later is not asked again by itself; answered, it is no longer pending.
        let resumed = try folder.participe(["ask", "a.yaml"], input: [":q"])
        #expect(!resumed.stdout.contains("Type d'organisme"), "\(resumed.stdout)")
        #expect(
            resumed.stdout.contains("Section 1/2 · 1/13\nPrésentation\n"),
            "the first open question after the last answer")
        _ = try folder.participe(["ask", "a.yaml"], input: [":aller identite.type", "1", ":q"])
        let after = try folder.read("a.yaml")
        #expect(!after.contains("pending:"), "\(after)")
        #expect(after.contains("type: commune"))
    }

    @Test func goToASectionOrAQuestionAndGoOnFromThere() throws {
        let folder = try TemporaryDirectory()
        let run = try folder.participe(
            ["ask", "--kit", "demo", "-o", "a.yaml"],
            input: [
                "Ville", ":s 2", ":s 9", ":aller nulle.part", ":aller identite.population", "500", ":q",
            ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("> :s 2\n\n== Section 2/2 : Projet\n"))
        #expect(run.stdout.contains("✗ aucune section « 9 » ; sections : 1. identite, 2. projet"))
        #expect(run.stdout.contains("✗ aucune question « nulle.part »"))
        #expect(
            run.stdout.contains(
                "Population (habitants) (obligatoire)\nUn nombre entier.\n> 500\n\nSection 1/2 · 2/13\nOrganisme public ?"
            ))
        #expect(try folder.read("a.yaml").contains("population: 500"))
    }

    @Test func reviewAnotherSectionOrAllOfThem() throws {
        let folder = try TemporaryDirectory()
        _ = try folder.participe(
            ["ask", "--kit", "demo", "-o", "a.yaml"], input: ["Ville", "", "1", "12", "", "300", ":q"])
        let run = try folder.participe(["ask", "a.yaml"], input: [":r tout", "", ":r 2", "1", "400", ":q"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Section 1 · Identité\n  1. Nom de l'organisme : Ville"))
        #expect(run.stdout.contains("Section 2 · Projet\n"))
        #expect(run.stdout.contains("> :r 2\n  1. Budget : 300"))
        #expect(try folder.read("a.yaml").contains("budget: 400"))
    }

    @Test func diagnosticsOfEverySection() throws {
        let folder = try TemporaryDirectory()
        try folder.write(
            "kit: demo\nversion: \"2\"\nlanguage: fr\nanswers:\n  projet:\n    modules: [budget_participatif]\n",
            to: "a.yaml")
        let run = try folder.participe(["ask", "a.yaml"], input: [":d", ":d tout", ":q"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let parts = run.stdout.components(separatedBy: "> :d tout")
        #expect(parts.count == 2)
        #expect(!parts[0].contains("projet.enveloppe"))
        #expect(parts[1].contains("projet.enveloppe"))
    }

    @Test func listItemsAreChangedAndDeleted() throws {
        let folder = try TemporaryDirectory()
        try folder.write(
            """
            kit: demo
            version: "2"
            language: fr
            answers:
              projet:
                equipe:
                  - {nom: Anne, role: pilote, temps: 0.5}
                  - {nom: Bruno, role: pilote}

            """, to: "a.yaml")
        let run = try folder.participe(
            ["ask", "a.yaml"],
            input: [":aller projet.equipe", ":suppr 3", ":suppr 1", ":modifier 1", "", "2", "0,2", "", ":q"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  1. Anne · Pilote · 0,5\n  2. Bruno · Pilote\n"))
        #expect(run.stdout.contains("✗ numéro d'élément de 1 à 2 attendu"))
        #expect(run.stdout.contains("Élément 1 supprimé."))
        #expect(run.stdout.contains("Élément 1 — Nom [Bruno] > \n"))
        let saved = try folder.read("a.yaml")
        #expect(saved.contains("equipe:\n      - nom: Bruno\n        role: dpo\n        temps: 0.2\n"), "\(saved)")
        #expect(!saved.contains("Anne"))
    }

    /// The same commands on a terminal (a pseudo-terminal through `script`): left for later, a jump, a list item
    /// changed and another deleted, all saved.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func theCommandsOnATerminal() throws {
        let folder = try TemporaryDirectory()
        try folder.write(
            "kit: demo\nversion: \"2\"\nlanguage: fr\nanswers:\n  projet:\n    equipe:\n"
                + "      - {nom: Anne, role: pilote}\n      - {nom: Bruno, role: pilote}\n", to: "a.yaml")
        let input = try folder.write(
            ["Ville", "", ":p", ":aller projet.equipe", ":suppr 1", ":modifier 1", "Bruna", "", "", "", ":q"]
                .map { $0 + "\n" }.joined(), to: "input.txt")
        let command = [try ParticipeBinary.path(), "ask", "a.yaml", "--templates", kitsFolder]
            .map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "\(command) < '\(input)'", "/dev/null"]
        process.environment = ["LANG": "fr_FR.UTF-8", "NO_COLOR": "1", "TERM": "dumb", "PATH": "/usr/bin:/bin"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stdout)")
        let saved = try folder.read("a.yaml")
        #expect(saved.contains("pending: [identite.presentation]") == false)
        #expect(saved.contains("nom: Ville"), "\(saved)")
        #expect(saved.contains("pending: [identite.type]"), "\(saved)")
        #expect(saved.contains("equipe:\n      - nom: Bruna\n        role: pilote\n"), "\(saved)")
        #expect(!saved.contains("Anne"))
    }

    @Test func aParagraphGoesOnAfterACommandThatStaysOnTheQuestion() throws {
        let folder = try TemporaryDirectory()
        let run = try folder.participe(
            ["ask", "--kit", "demo", "-o", "a.yaml"], input: ["Ville", "Ligne 1", "?", "Ligne 2", "", ":q"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Les lignes tapées sont gardées ; la suite s'y ajoute"))
        #expect(try folder.read("a.yaml").contains("presentation: |-\n      Ligne 1\n      Ligne 2\n"))
    }

    @Test func laterOnAnAnsweredQuestionSaysSoAndKeepsTheAnswer() throws {
        let folder = try TemporaryDirectory()
        let run = try folder.participe(
            ["ask", "--kit", "demo", "-o", "a.yaml"], input: ["Ville", ":aller identite.nom", ":p", ":q"])
        #expect(
            run.stdout.contains("✗ cette question a déjà une réponse : :p ne vaut que pour une question sans réponse"))
        let saved = try folder.read("a.yaml")
        #expect(saved.contains("nom: Ville") && !saved.contains("pending"))
    }

    @Test func theLastItemDeletedLeavesAnEmptyListAndPendingKeepsItsComment() throws {
        let folder = try TemporaryDirectory()
        try folder.write(
            """
            kit: demo
            version: "2"
            language: fr
            pending: [identite.nom, identite.type]  # décidé en COPIL
            answers:
              projet:
                equipe:
                  - {nom: Anne, role: pilote}

            """, to: "a.yaml")
        let run = try folder.participe(
            ["ask", "a.yaml"], input: [":aller projet.equipe", ":suppr 1", "", ":aller identite.nom", "Ville", ":q"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let saved = try folder.read("a.yaml")
        #expect(saved.contains("pending: [identite.type]  # décidé en COPIL\n"), "\(saved)")
        #expect(saved.contains("    equipe: []\n"), "\(saved)")
    }

    @Test func anExclusiveChoiceIsAnnouncedAndHasItsOwnCode() throws {
        let folder = try TemporaryDirectory()
        try folder.write(
            """
            id: seul
            version: "1"
            languages: [fr, en]
            title: {fr: Seul, en: Alone}
            sections:
              - id: s
                title: {fr: Section, en: Section}
                questions:
                  - id: outils
                    type: multiple
                    label: {fr: Outils, en: Tools}
                    choices:
                      - {id: site, label: {fr: Site, en: Site}}
                      - {id: aucun, label: {fr: Aucun, en: None}, exclusive: true}
            documents: []

            """, to: "kits/seul/kit.yaml")
        let run = try folder.participe(
            ["ask", "--kit", "seul", "-o", "a.yaml", "--templates", "kits"], input: ["1,2", "2", ""])
        #expect(run.stdout.contains("  2. Aucun (à choisir seul)"), "\(run.stdout)")
        #expect(run.stdout.contains("« Aucun » se choisit seul, sans autre choix"))
        try folder.write("kit: seul\nversion: \"1\"\nanswers:\n  s:\n    outils: [site, aucun]\n", to: "b.yaml")
        let check = try folder.participe(["check", "b.yaml", "--format", "json", "--templates", "kits"], input: [])
        #expect(check.stdout.contains("\"validation.exclusive-choice\""), "\(check.stdout)")
    }
}

/// A file already complete is opened to change answers: `ask` offers its sections instead of ending at once.
@Suite struct AskCompleteFileTests {
    @Test func aCompleteFileOffersItsSectionsToReview() throws {
        let folder = try TemporaryDirectory()
        let sample = try String(
            contentsOfFile: Fixtures.packageRoot + "/samples/outil-numerique/en-town-consultation.yaml", encoding: .utf8
        )
        try folder.write(sample, to: "town.yaml")
        let run = try runParticipe(
            ["ask", folder.path("town.yaml")], stdin: "12\n3\n1\n16\n\nn\n", in: Fixtures.packageRoot)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Every question is answered. To review a section's answers, type its number ("))
        #expect((run.stdout + run.stderr).contains("no section '12'"), "\(run.stdout)")
        #expect(run.stdout.contains("  1. How many months do the amounts below cover?: 14\u{00A0}months"))
        // The answer changed is saved, and the interview ends as a complete one does.
        #expect(try String(contentsOfFile: folder.path("town.yaml"), encoding: .utf8).contains("duree_mois: 16"))
        #expect(run.stdout.contains("Questionnaire complete"))
    }
}
