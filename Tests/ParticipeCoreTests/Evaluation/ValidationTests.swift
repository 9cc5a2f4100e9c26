import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

@Suite("Evaluation: answers out of bounds and missing, with their positions")
struct ValidationTests {
    @Test(arguments: [
        ("identite:\n    population: ⟨0\n", "identite.population: 0 est inférieur au minimum 1"),
        (
            "identite:\n    population: ⟨80000000\n",
            "identite.population: 80\u{A0}000\u{A0}000 dépasse le maximum 70\u{A0}000\u{A0}000"
        ),
        ("projet:\n    budget: ⟨-1\n", "projet.budget: -1 est inférieur au minimum 0"),
        ("projet:\n    maturite: ⟨7\n", "projet.maturite: 7 n'est pas sur l'échelle de 1 à 4"),
        (
            "projet:\n    ouverture: ⟨2019-12-31\n",
            "projet.ouverture: la date 31 décembre 2019 précède le 1er janvier 2020"
        ),
        (
            "projet:\n    ponderation: ⟨{technique: 70, prix: 20}\n",
            "projet.ponderation: les points totalisent 90 au lieu de 100"
        ),
        (
            "projet:\n    ponderation: {technique: 110, prix: ⟨-10}\n",
            "projet.ponderation: les points de « prix » ne peuvent pas être négatifs"
        ),
        ("projet:\n    priorites: ⟨[tracer]\n", "projet.priorites: 1 élément(s), il en faut au moins 3"),
        ("identite:\n    nom: ⟨\"ligne 1\\nligne 2\"\n", "identite.nom: une seule ligne est attendue"),
        (
            "identite:\n    nom: ⟨" + String(repeating: "x", count: 81) + "\n",
            "identite.nom: 81 caractères, 80 au plus"
        ),
        (
            "projet:\n    equipe:\n      - nom: Anne\n        temps: ⟨2\n",
            "projet.equipe: élément 1, temps : 2 dépasse le maximum 1"
        ),
        ("projet:\n    equipe:\n      - nom: Anne\n      - ⟨role: dpo\n", "projet.equipe: élément 2 : « Nom » manque"),
        (
            "projet:\n    offres:\n      - candidate: A\n        scores: {technique: ⟨9}\n",
            "projet.offres: A, technique : la note 9 sort de l'échelle 0–5"
        ),
        (
            "projet:\n    offres:\n      - candidate: A\n        price: ⟨0\n",
            "projet.offres: A : le prix doit être positif"
        ),
        ("identite:\n    nom:⟨\n", "réponse obligatoire manquante : identite.nom (« Nom de l'organisme »)"),
    ])
    func anIssueWithItsPosition(marked: String, message: String) throws {
        // Other issues (required answers left out of these small files) may come too.
        let input = MarkedText(demoAnswersHeader + "answers:\n  " + marked)
        let (evaluation, fixture) = try evaluation(ofAnswers: input.text, kit: try demoKit())
        let issues = evaluation.issues
        let expected = "\(input.location(in: fixture.path)): error: \(message)"
        #expect(issues.map(\.diagnostic.description).contains(expected), "\(issues.map(\.diagnostic.description))")
    }

    @Test(arguments: [
        ("identite:\n    population: ⟨80000000\n", "identite.population: 80,000,000 is above the maximum 70,000,000"),
        ("projet:\n    budget: ⟨-1\n", "projet.budget: -1 is below the minimum 0"),
        (
            "projet:\n    ouverture: ⟨2019-12-31\n",
            "projet.ouverture: the date 31 December 2019 is before 1 January 2020"
        ),
        (
            "projet:\n    ponderation: ⟨{technique: 70, prix: 20}\n",
            "projet.ponderation: the points add up to 90 instead of 100"
        ),
        (
            "projet:\n    ponderation: {technique: 110, prix: ⟨-10}\n",
            "projet.ponderation: the points of 'prix' cannot be negative"
        ),
        ("projet:\n    priorites: ⟨[tracer]\n", "projet.priorites: 1 item(s), at least 3 needed"),
        ("identite:\n    nom: ⟨\"ligne 1\\nligne 2\"\n", "identite.nom: a single line is expected"),
        ("identite:\n    nom: ⟨" + String(repeating: "x", count: 81) + "\n", "identite.nom: 81 characters, at most 80"),
        (
            "projet:\n    equipe:\n      - nom: Anne\n        temps: ⟨2\n",
            "projet.equipe: item 1, temps: 2 is above the maximum 1"
        ),
        ("projet:\n    equipe:\n      - nom: Anne\n      - ⟨role: dpo\n", "projet.equipe: item 2: “Name” is missing"),
        (
            "projet:\n    offres:\n      - candidate: A\n        scores: {technique: ⟨9}\n",
            "projet.offres: A, technique: the score 9 is outside the scale 0–5"
        ),
        (
            "projet:\n    offres:\n      - candidate: A\n        price: ⟨0\n",
            "projet.offres: A: the price must be positive"
        ),
        ("identite:\n    nom:⟨\n", "required answer missing: identite.nom (“Name of the body”)"),
    ])
    func anIssueInEnglish(marked: String, message: String) throws {
        let input = MarkedText(demoAnswersHeader + "answers:\n  " + marked)
        let (evaluation, fixture) = try evaluation(ofAnswers: input.text, kit: try demoKit(), language: .english)
        let issues = evaluation.issues
        let expected = "\(input.location(in: fixture.path)): error: \(message)"
        #expect(issues.map(\.diagnostic.description).contains(expected), "\(issues.map(\.diagnostic.description))")
    }

    @Test func missingRequiredAnswersAbsentFromTheFileHaveNoPosition() throws {
        let (evaluation, _) = try evaluation(ofAnswers: demoAnswersHeader + "answers: {}\n", kit: try demoKit())
        #expect(evaluation.issues.map(\.kind) == [.missingRequired, .missingRequired, .missingRequired])
        #expect(evaluation.issues.map(\.location) == [nil, nil, nil])
        #expect(
            evaluation.issues.first?.message == "réponse obligatoire manquante : identite.nom (« Nom de l'organisme »)")
    }

    @Test func issuesInEnglish() throws {
        let (evaluation, _) = try evaluation(
            ofAnswers: demoAnswersHeader
                + "answers:\n  identite:\n    nom: V\n    type: etat\n  projet:\n    maturite: 0\n",
            kit: try demoKit(), language: .english)
        #expect(evaluation.issues.map(\.message) == ["projet.maturite: 0 is not on the scale from 1 to 4"])
    }
}
