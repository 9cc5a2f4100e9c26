import Testing

@testable import ParticipeCore

/// The interview's table: every message worded in both languages, each with its own typography.
@Suite struct InterviewMessageTests {
    /// One of each message.
    static let all: [InterviewMessage] =
        [
            .answerExpected, .wholeNumberExpected, .numberExpected, .yesOrNo, .dateDoesNotExist("2026-02-31"),
            .dateExpected, .timeExpected, .filledItemByItem, .choiceNumberOutOfRange(count: 3),
            .unknownChoice("mairie", count: 3), .givenTwice("1"), .numbersPerChoice(count: 2), .notANumber("x"),
            .zeroOrMoreExpected, .positivePrice, .scoreExpected(minimum: 0, maximum: 5),
            .eliminatoryNumbersExpected(count: 2), .failsExpected(count: 2, example: "FON-10"),
            .failsExpected(count: 0, example: "FON-10"), .fieldRequired,
            .pointsPrompt(number: 1, label: "Prix", remaining: "30"),
            .fieldPrompt(item: 1, label: "Nom", optional: true, first: true), .candidatePrompt(row: 1),
            .pricePrompt(candidate: "Offre A"),
            .failsPrompt(candidate: "Offre A", criteria: "1. RGAA", requirementExample: nil),
            .failsPrompt(candidate: "Offre A", criteria: "1. RGAA", requirementExample: "FON-10"),
            .regularisationPrompt(candidate: "Offre A"),
            .lotPrompt(candidate: "Offre A", lots: "1. Plateforme (plateforme)"), .lotExpected(count: 2),
            .requiredAnswerMissing(path: "identite.nom", label: "Nom"), .cannotSkipRequired,
            .resuming(answered: 2, total: 13), .welcome(file: "a.yaml"), .sectionHeading(section: 1, sections: 2),
            .position(section: 2, sections: 2, answered: 9, total: 15),
            .misconception, .requiredMark, .examples(["a", "b"]), .scaleRange(minimum: 1, maximum: 5),
            .helpAvailable, .noHelp, .glossaryEntry(term: "DPO", definition: "délégué"), .commandsTitle,
            .unknownCommand(":x"),
            .enterAcceptsBrackets, .firstQuestion, .itemsAlreadyEntered(2),
            .reviewLine(number: 1, label: "Nom", answer: "Ville"), .reviewPrompt, .reviewNumberExpected(count: 5),
        ] + InterviewCommand.allCases.map { .command($0) }
        + QuestionType.allCases.map { .howToAnswer($0, total: "100") }

    @Test func everyMessageIsWordedInBothLanguages() {
        for message in Self.all {
            #expect(!message.french.trimmingWhitespace.isEmpty, "\(message)")
            #expect(!message.english.trimmingWhitespace.isEmpty, "\(message)")
        }
    }

    /// French puts a space before a colon, English does not; `HH:MM` and `:h` are not colons of a sentence.
    @Test func eachLanguageHasItsOwnColons() throws {
        let frenchColon = try Regex(#"[\p{L}\p{N})»\]]: "#)
        let englishColon = try Regex(#" : "#)
        for message in Self.all {
            #expect(!message.french.contains(frenchColon), "\(message.french)")
            #expect(!message.english.contains(englishColon), "\(message.english)")
        }
    }

    @Test func theCommandsInFrench() {
        #expect(
            InterviewCommand.summary(language: .french) == [
                "  <         revenir à la question précédente",
                "  >         passer la question (si elle n'est pas obligatoire)",
                "  ?         l'aide de la question",
                "  :r        revoir les réponses de la section et en changer une (:r 3 une autre section, :r tout toutes)",
                "  :d        le diagnostic des sections parcourues (:d tout : de toutes)",
                "  :p        je ne sais pas encore : la question reste à confirmer, l'entretien continue",
                "  :source   la source de la réponse, tapée après elle (:source délibération du 12 mars ; :source - l'enlève)",
                "  :ac       la réponse, tapée avant, est à confirmer (à nouveau : elle ne l'est plus)",
                "  :s        aller à une section, par son numéro ou son identifiant (:s 7)",
                "  :aller    aller à une question (:aller section.question)",
                "  :modifier dans une liste, saisir à nouveau l'élément N (:modifier 2)",
                "  :suppr    dans une liste ou une grille de notes, supprimer l'élément N (:suppr 2)",
                "  :q        enregistrer et quitter",
                "  :h        cette liste",
            ])
        #expect(InterviewCommand.summary(language: .english).last == "  :h        this list")
    }

    /// The conversation's sentences that used French punctuation in English too.
    @Test func theConversationInEachLanguage() {
        let heading = InterviewMessage.sectionHeading(section: 1, sections: 2)
        #expect(heading.text(in: .french) == "== Section 1/2 : ")
        #expect(heading.text(in: .english) == "== Section 1/2: ")
        let review = InterviewMessage.reviewLine(number: 1, label: "Name of the body", answer: "Lorient")
        #expect(review.text(in: .french) == "  1. Name of the body : Lorient")
        #expect(review.text(in: .english) == "  1. Name of the body: Lorient")
        let entry = InterviewMessage.glossaryEntry(term: "DPO", definition: "data protection officer")
        #expect(entry.text(in: .french) == "  DPO : data protection officer")
        #expect(entry.text(in: .english) == "  DPO: data protection officer")
        #expect(InterviewMessage.examples(["Lorient", "Brest"]).text(in: .french) == "Exemples : Lorient ; Brest")
        #expect(InterviewMessage.examples(["Lorient", "Brest"]).text(in: .english) == "Examples: Lorient; Brest")
        #expect(InterviewMessage.misconception.text(in: .french) == "Idée reçue : ")
        #expect(InterviewMessage.misconception.text(in: .english) == "Misconception: ")
    }

    @Test func promptsInEnglish() throws {
        let kit = try DemoKit.load()
        let path = try #require(QuestionPath("projet.equipe"))
        let session = InterviewSession(kit: kit, sheet: AnswerSheet(for: kit), language: .english, today: DemoKit.today)
        var team = try #require(session.dialogue(for: path))
        #expect(team.prompt == "Item 1 — Name (Enter to end the list)")
        #expect(team.enter("Anne") == nil)
        #expect(team.prompt == "Item 1 — Role (optional)")
        #expect(team.enter("9")?.message == "choose a number between 1 and 2")
    }
}
