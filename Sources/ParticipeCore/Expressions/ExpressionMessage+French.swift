extension ExpressionMessage {
    package var french: String {
        switch self {
        case .empty: "expression vide ; une valeur était attendue"
        case .chainedComparison:
            "les comparaisons ne s'enchaînent pas ; écrivez « a < b and b < c » au lieu de « a < b < c »"
        case .callOfNonFunction: "seul un nom de fonction peut être appelé, comme dans « count(...) »"
        case .tooDeep(let limit):
            "expression trop imbriquée (plus de \(limit) niveaux) ; découpez-la en valeurs calculées"
        case .unclosed(let closing, let opening, let column, let found):
            "« \(closing) » était attendu pour fermer le « \(opening) » ouvert à la colonne \(column)"
                + (found.map { ", trouvé : \($0.french)" } ?? "")
        case .expected(let what, let after, let found):
            found == nil
                ? "fin de l'expression inattendue : \(what.french)\(after.map { " après \($0.french)" } ?? "")"
                : "\(what.french)\(after.map { " après \($0.french)" } ?? ""), trouvé : \(found?.french ?? "")"
        case .unmatched(let closing, let opening): "« \(closing) » inattendu, sans « \(opening) » correspondant"
        case .unexpected(let token):
            "\(token.french) inattendu ; un opérateur ou la fin de l'expression était attendu"
        case .numberTooLarge(let spelling): "le nombre « \(spelling) » est trop grand"
        case .unknownEscape(let escaped):
            "échappement inconnu « \\\(escaped) » dans un texte ; seuls \\', \\\" et \\\\ sont permis"
        case .unclosedText(let quote): "le texte n'est jamais refermé ; ajoutez un \(quote) pour le terminer"
        case .notAnOperator(let spelling):
            switch spelling {
            case "&&": "« && » n'est pas un opérateur ; utilisez « and »"
            case "||": "« || » n'est pas un opérateur ; utilisez « or »"
            case "=": "« = » n'est pas un opérateur ; utilisez « == » pour comparer"
            default: "« ! » n'est pas un opérateur ; utilisez « not », ou « != » pour comparer"
            }
        case .unexpectedCharacter(let character, let isLetter):
            isLetter
                ? "caractère inattendu « \(character) » ; les noms n'utilisent que des lettres ASCII, des chiffres et « _ »"
                : "caractère inattendu « \(character) »"
        case .mixedList(let element, let type):
            "une liste ne peut pas mêler les types \(Self.frenchName(of: element)) et \(Self.frenchName(of: type))"
        case .noField(let name, let fields): "pas de champ « \(name) » dans cette fiche (champs : \(fields))"
        case .notOneOfTheChoices(let name, let choices): "« \(name) » n'est pas l'un des choix (choix : \(choices))"
        case .memberNeedsRecords(let name, let got):
            "« .\(name) » s'applique à une fiche ou à une liste de fiches, reçu : \(Self.frenchName(of: got))"
        case .memberNeedsRecord(let name, let got):
            "« .\(name) » s'applique à une fiche, reçu : \(Self.frenchName(of: got))"
        case .notNeedsCondition(let got):
            "« not » attend vrai ou faux, reçu : \(Self.frenchDescribe(got)) ; "
                + "utilisez « empty(...) » pour tester l'absence de réponse"
        case .negateNeedsNumber(let got): "« - » attend un nombre, reçu : \(Self.frenchDescribe(got))"
        case .logicNeedsCondition(let op, let onTheLeft, let got):
            "« \(op) » attend vrai ou faux à sa \(onTheLeft ? "gauche" : "droite"), reçu : \(Self.frenchDescribe(got))"
        case .cannotCompare(let left, let right):
            "impossible de comparer les types \(Self.frenchDescribe(left)) et \(Self.frenchDescribe(right))"
        case .cannotOrder(let op, let left, let right):
            "« \(op) » ne peut pas ordonner les types \(Self.frenchDescribe(left)) et \(Self.frenchDescribe(right)) ; "
                + "il compare des nombres, des dates ou des textes"
        case .cannotCombine(let op, let left, let right):
            "impossible \(Self.frenchVerbs[op] ?? "de combiner") les types \(Self.frenchDescribe(left)) et \(Self.frenchDescribe(right)) "
                + "avec « \(op) »"
        case .argumentCount(let function, let counts, let got):
            "« \(function) » \(Self.frenchArity(counts)), reçu : \(got)"
        case .unknownFunction(let name, let suggestion):
            "fonction inconnue « \(name) »" + (suggestion.map { " ; vouliez-vous dire « \($0) » ?" } ?? "")
        case .needs(let function, let need, let got):
            "« \(function) » attend \(need.french), reçu : \(Self.frenchDescribe(got))"
        case .singleChoiceMembership:
            "un choix unique contient un seul identifiant : comparez-le avec « == » plutôt qu'avec « in » ou « contains »"
        case .textContainsText(let got): "un texte ne peut contenir qu'un texte, pas : \(Self.frenchDescribe(got))"
        case .membershipNeedsContainer(let got):
            "« in » et « contains » attendent une liste ou un texte, reçu : \(Self.frenchDescribe(got))"
        case .cannotLookFor(let element, let container):
            "impossible de chercher le type \(Self.frenchDescribe(element)) dans le type \(Self.frenchDescribe(container))"
        case .notAChoice(let literal, let name, let choices):
            "« \(literal) » n'est pas \(name.map { "un choix de \($0)" } ?? "l'un des choix") (choix : \(choices))"
        case .fieldNameTaken(let name):
            "« \(name) » est le numéro que les documents donnent à chaque élément d'une liste : choisissez un autre nom"
        case .fieldNameLiteral:
            "le nom du champ doit s'écrire comme un texte de lettres, chiffres et « _ », par exemple 'jours_avant'"
        case .invalidDate(let text):
            "« \(text) » n'est pas une date valide ; écrivez-la AAAA-MM-JJ, par exemple « 2026-03-01 »"
        case .branchesDiffer(let first, let second):
            "les deux branches de « if » doivent être du même type, reçu : "
                + "\(Self.frenchName(of: first)) et \(Self.frenchName(of: second))"
        }
    }

    /// A type as the French messages name it: « nombre », « liste de textes ».
    package static func frenchName(of type: ValueType) -> String {
        switch type {
        case .any: "valeur quelconque"
        case .boolean: "booléen"
        case .number: "nombre"
        case .text: "texte"
        case .date: "date"
        case .choice: "choix"
        case .choices: "liste de choix"
        case .points: "points"
        case .list(let element): "liste de \(frenchPlural(of: element))"
        case .record: "fiche"
        }
    }

    private static func frenchPlural(of type: ValueType) -> String {
        switch type {
        case .any: "valeurs"
        case .boolean: "booléens"
        case .number: "nombres"
        case .text: "textes"
        case .date: "dates"
        case .choice: "choix"
        case .choices: "listes de choix"
        case .points: "points"
        case .list(let element): "listes de \(frenchPlural(of: element))"
        case .record: "fiches"
        }
    }

    /// `describe` in French: a single choice is a text.
    private static func frenchDescribe(_ type: ValueType) -> String {
        switch type {
        case .choice: "choix (texte)"
        default: frenchName(of: type)
        }
    }

    private static let frenchVerbs = [
        "+": "d'additionner", "-": "de soustraire", "*": "de multiplier", "/": "de diviser",
        "%": "de prendre le reste de la division entre",
    ]

    /// « prend 1 ou 2 arguments », for the wrong-count diagnostic.
    private static func frenchArity(_ counts: ClosedRange<Int>) -> String {
        let (low, high) = (counts.lowerBound, counts.upperBound)
        let noun = { (count: Int) in count <= 1 ? "argument" : "arguments" }
        if high == Int.max { return "prend au moins \(low) \(noun(low))" }
        if low == high { return low == 0 ? "ne prend pas d'argument" : "prend \(low) \(noun(low))" }
        if high == low + 1 { return "prend \(low) ou \(high) \(noun(high))" }
        return "prend de \(low) à \(high) arguments"
    }
}

extension ExpressionMessage.Expected {
    var french: String {
        switch self {
        case .value: "une valeur était attendue"
        case .fieldName: "un nom de champ était attendu"
        }
    }
}

extension ExpressionMessage.TokenText {
    var french: String {
        switch self {
        case .number(let number): "« \(NumberFormat.plain(number)) »"
        case .text(let text): "« \"\(text)\" »"
        case .word(let word): "« \(word) »"
        case .symbol(let symbol): "« \(symbol) »"
        case .end: "la fin de l'expression"
        }
    }
}

extension ExpressionMessage.Need {
    var french: String {
        switch self {
        case .list: "une liste"
        case .condition: "une condition (vrai ou faux)"
        case .numbers: "des nombres"
        case .number: "un nombre"
        case .numbersOrDates: "des nombres ou des dates"
        case .sameType(let type): "des valeurs d'un même type (\(ExpressionMessage.frenchName(of: type)))"
        case .minutes: "un nombre de minutes"
        case .text: "un texte"
        case .dateText: "un texte comme « 2026-03-01 »"
        case .date: "une date"
        case .twoDates: "deux dates"
        case .numberPerItem: "un nombre pour chaque élément"
        case .listOfNumbers: "une liste de nombres"
        case .orderable: "des nombres, des dates ou des textes selon lesquels trier"
        case .records: "une liste d'enregistrements (une question liste)"
        }
    }
}
