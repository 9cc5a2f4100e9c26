import Testing

@testable import ParticipeCore

/// The parse error of `source` in French, or nil when it parses.
private func frenchParseError(_ source: String) -> String? {
    do throws(Diagnostic) {
        _ = try Expression.parse(source, at: origin, language: .french)
        return nil
    } catch {
        return error.message
    }
}

/// The messages of checking `source` against `TestScope`, in French.
private func frenchProblems(_ source: String) throws -> [String] {
    try Expression.parse(source, at: origin).check(in: TestScope(), language: .french).diagnostics.map(\.message)
}

@Suite("Expressions: kit authors read French")
struct ExpressionFrenchMessageTests {
    @Test(arguments: [
        ("", "expression vide ; une valeur était attendue"),
        ("n < m < 3", "les comparaisons ne s'enchaînent pas ; écrivez « a < b and b < c » au lieu de « a < b < c »"),
        ("1(2)", "seul un nom de fonction peut être appelé, comme dans « count(...) »"),
        ("n and", "fin de l'expression inattendue : une valeur était attendue après « and »"),
        ("n and )", "une valeur était attendue après « and », trouvé : « ) »"),
        ("ateliers.", "fin de l'expression inattendue : un nom de champ était attendu après « . »"),
        ("count(n", "« ) » était attendu pour fermer le « ( » ouvert à la colonne 6"),
        ("[1, 2 3", "« ] » était attendu pour fermer le « [ » ouvert à la colonne 1, trouvé : « 3 »"),
        ("n)", "« ) » inattendu, sans « ( » correspondant"),
        ("n m", "« m » inattendu ; un opérateur ou la fin de l'expression était attendu"),
        (
            "1" + String(repeating: "0", count: 400),
            "le nombre « 1" + String(repeating: "0", count: 400) + " » est trop grand"
        ),
        ("'a\\nb'", "échappement inconnu « \\n » dans un texte ; seuls \\', \\\" et \\\\ sont permis"),
        ("'ouvert", "le texte n'est jamais refermé ; ajoutez un ' pour le terminer"),
        ("n && m", "« && » n'est pas un opérateur ; utilisez « and »"),
        ("n || m", "« || » n'est pas un opérateur ; utilisez « or »"),
        ("n = 1", "« = » n'est pas un opérateur ; utilisez « == » pour comparer"),
        ("!b", "« ! » n'est pas un opérateur ; utilisez « not », ou « != » pour comparer"),
        ("é", "caractère inattendu « é » ; les noms n'utilisent que des lettres ASCII, des chiffres et « _ »"),
        ("n # 2", "caractère inattendu « # »"),
        (
            String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300),
            "expression trop imbriquée (plus de 200 niveaux) ; découpez-la en valeurs calculées"
        ),
    ])
    func parseErrors(source: String, french: String) {
        let error = frenchParseError(source)
        #expect(error == french, "\(error ?? "no error")")
    }

    @Test(arguments: [
        ("[1, 'a']", "une liste ne peut pas mêler les types nombre et texte"),
        ("[1, 2].x", "« .x » s'applique à une fiche ou à une liste de fiches, reçu : liste de nombres"),
        ("count(notes, item.x)", "« .x » s'applique à une fiche, reçu : nombre"),
        ("coalesce(priorites).transport", "« transport » n'est pas l'un des choix (choix : logement, mobilite)"),
        (
            "not n",
            "« not » attend vrai ou faux, reçu : nombre ; utilisez « empty(...) » pour tester l'absence de réponse"
        ),
        ("-t", "« - » attend un nombre, reçu : texte"),
        ("n and b", "« and » attend vrai ou faux à sa gauche, reçu : nombre"),
        ("n == t", "impossible de comparer les types nombre et texte"),
        (
            "b < n",
            "« < » ne peut pas ordonner les types booléen et nombre ; il compare des nombres, des dates ou des textes"
        ),
        ("t - n", "impossible de soustraire les types texte et nombre avec « - »"),
        ("round()", "« round » prend 1 ou 2 arguments, reçu : 0"),
        ("today(1)", "« today » ne prend pas d'argument, reçu : 1"),
        ("cout(notes)", "fonction inconnue « cout » ; vouliez-vous dire « count » ?"),
        ("sum(t)", "« sum » attend une liste, reçu : texte"),
        (
            "'jeunes' in objectifs.cible",
            "un choix unique contient un seul identifiant : comparez-le avec « == » plutôt qu'avec « in » ou « contains »"
        ),
        ("t contains n", "un texte ne peut contenir qu'un texte, pas : nombre"),
        ("1 in n", "« in » et « contains » attendent une liste ou un texte, reçu : nombre"),
        ("t in notes", "impossible de chercher le type texte dans le type liste de nombres"),
        (
            "objectifs.cible == 'elus'",
            "« elus » n'est pas un choix de objectifs.cible (choix : associations, habitants, jeunes)"
        ),
        (
            "date('2026-13-01')",
            "« 2026-13-01 » n'est pas une date valide ; écrivez-la AAAA-MM-JJ, par exemple « 2026-03-01 »"
        ),
        ("if(b, 1, 'a')", "les deux branches de « if » doivent être du même type, reçu : nombre et texte"),
        ("count(ateliers, item.age)", "pas de champ « age » dans cette fiche (champs : nom, ouvert, places)"),
        ("sum(notes, t)", "« sum » attend un nombre pour chaque élément, reçu : texte"),
    ])
    func typeErrors(source: String, french: String) throws {
        let problems = try frenchProblems(source)
        #expect(problems == [french], "\(problems)")
    }

    @Test func englishStaysTheDefault() throws {
        #expect(try check("t - n").messages == ["cannot subtract text and number with '-'"])
        #expect(parseError("n && m")?.message == "'&&' is not an operator; use 'and'")
    }

    @Test func aFunctionDefinedOutsideKeepsItsOwnWords() {
        let mismatch = ExpressionFunction.Mismatch("custom words", argument: 0)
        #expect(mismatch.text(in: .french) == "custom words")
        #expect(ExpressionFunction.Mismatch(.invalidDate("x")).message == ExpressionMessage.invalidDate("x").english)
    }
}
