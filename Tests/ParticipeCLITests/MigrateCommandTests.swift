import Foundation
import ParticipeTestSupport
import Testing

/// `participe migrate` end to end: answers written for version 1 of a kit brought to version 2, through every
/// kind of change (`Tests/Fixtures/versions`).
@Suite("participe migrate")
struct MigrateCommandTests {
    static let folder = Fixtures.path("versions")
    static let kits = folder + "/v2"

    func participe(_ arguments: String..., in directory: String) throws -> CommandResult {
        try runParticipe(arguments + ["--templates", Self.kits], in: directory)
    }

    @Test func everyKindOfChangeAndNothingLost() throws {
        let work = try TemporaryDirectory()
        try work.write(try String(contentsOfFile: Self.folder + "/reponses-v1.yaml", encoding: .utf8), to: "r.yaml")
        let run = try participe("migrate", "r.yaml", in: work.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        assertLines(
            run.stdout,
            """
            r.yaml : réponses mises à jour de la version 1 à la version 2
            Déplacées ou renommées (4)
              contexte.commune → identite.nom
              contexte.habitants → identite.population
              contexte.type → identite.type
              contexte.budget_connu → budget.etat
            Choix renommés ou valeurs converties (4)
              identite.type : departement → conseil_departemental
              contexte.outils : [site, reseaux] → [site, facebook, instagram]
              budget.etat : true → connu
              contexte.delai : 45 → moyen
            Mises de côté en commentaire dans le fichier (1)
              contexte.ancien : la question a été retirée du kit ; la question est reprise dans la section Contexte
            Questions obligatoires encore sans réponse (1)
              identite.courriel

            """)
        // In place: the file is now version 2, its comments kept, the removed answer kept aside as a comment.
        assertLines(
            try work.read("r.yaml"),
            try String(contentsOfFile: Self.folder + "/reponses-v2-attendues.yaml", encoding: .utf8))
        let check = try participe("check", "r.yaml", in: work.path)
        #expect(check.exitCode == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("réponse obligatoire manquante : identite.courriel"))
        let again = try participe("migrate", "r.yaml", in: work.path)
        assertResult(again, exitCode: 0, stdout: "r.yaml est déjà à la version 2 de son kit : rien à faire\n")
    }

    @Test func anOldFileIsRefusedWithTheCommandThatBringsItForward() throws {
        let run = try participe("check", "reponses-v1.yaml", "--lang", "en", in: Self.folder)
        #expect(run.exitCode == 2)
        #expect(
            run.stderr.contains(
                "reponses-v1.yaml:3:10: error: these answers were written for version 1 of the kit 'budget', which is "
                    + "now version 2: 'participe migrate reponses-v1.yaml' brings them forward"), "\(run.stderr)")
        for command in ["generate", "ask"] {
            let other = try participe(command, "reponses-v1.yaml", in: Self.folder)
            #expect(other.exitCode == 2)
            #expect(other.stderr.contains("participe migrate reponses-v1.yaml"), "\(command): \(other.stderr)")
        }
    }

    /// A conversion reads the former answer as the kind it was (`non` is a yes/no answer); an answer of another
    /// kind is kept aside, never guessed at; a section the kit no longer has goes whole; comments at the end of a
    /// line go with their answer.
    @Test func aConversionNeverGuessesAndCommentsTravel() throws {
        let work = try TemporaryDirectory()
        try work.write(
            """
            kit: budget
            version: "1"  # d'origine
            answers:
              contexte:
                commune: Plouzané  # nom officiel
                budget_connu: non
                delai: "deux mois"
              autre: {x: 1}

            """, to: "r.yaml")
        let run = try participe("migrate", "r.yaml", in: work.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        assertLines(
            try work.read("r.yaml"),
            """
            kit: budget
            version: "2"  # d'origine
            # Réponses mises de côté au passage de la version 1 à la version 2 (à reprendre ou supprimer) :
            #   contexte.delai : la réponse ne convient plus (« contexte.delai » attend un nombre entier (trouvé : « deux mois »))
            #     delai: "deux mois"
            #   autre.x : le kit n'a plus cette question
            #     x: 1
            answers:
              identite:
                nom: Plouzané  # nom officiel
              budget:
                etat: a_estimer

            """)
    }

    @Test func aVersionWithoutMigrationAndAnotherOutputFile() throws {
        let work = try TemporaryDirectory()
        let text = try String(contentsOfFile: Self.folder + "/reponses-v1.yaml", encoding: .utf8)
        try work.write(text.replacingOccurrences(of: "version: \"1\"", with: "version: \"0.9\""), to: "vieux.yaml")
        let run = try participe("migrate", "vieux.yaml", "--lang", "en", in: work.path)
        #expect(run.exitCode == 2)
        #expect(
            run.stderr.contains(
                "error: the kit 'budget' (version 2) has no migration from version 0.9 (migrations from: 1)"),
            "\(run.stderr)")
        try work.write(text, to: "v1.yaml")
        let copy = try participe("migrate", "v1.yaml", "-o", "v2.yaml", in: work.path)
        #expect(copy.exitCode == 0)
        #expect(try work.read("v1.yaml") == text, "the source stays as it was")
        #expect(try work.read("v2.yaml").contains("version: \"2\""))
    }

    @Test func theShippedKitsVersion1AnswersComeForwardAndAskOnlyForWhatCheckAsks() throws {
        let work = try TemporaryDirectory()
        let fixture = Fixtures.path("migrations/outil-numerique/1/en-town-consultation.yaml")
        try work.write(try String(contentsOfFile: fixture, encoding: .utf8), to: "r.yaml")
        let run = try runParticipe(["migrate", work.path("r.yaml"), "--lang", "en"], in: Fixtures.packageRoot)
        #expect(run.exitCode == 0, "\(run.stderr)")
        // Hidden questions (those of a participatory budget the town does not run) are not asked for.
        assertLines(
            run.stdout,
            """
            \(work.path("r.yaml")): answers brought from version 1 to version 3
            Choices renamed or values converted (1)
              outil.hebergement: france → union_europeenne

            """)
        let check = try runParticipe(["check", work.path("r.yaml")], in: Fixtures.packageRoot)
        #expect(check.exitCode == 0, "\(check.stderr)")
    }
}
