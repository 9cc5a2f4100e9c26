/// What the validation of answers says: answers missing or out of bounds. The words are in
/// `ValidationMessage+French.swift` and `ValidationMessage+English.swift`.
///
/// Numbers and dates come formatted for the language (`ValueFormatter`).
enum ValidationMessage: Wording {
    case missingRequired(path: String, label: String)
    /// A required answer the team left "not known yet".
    case toConfirm(path: String, label: String)
    /// An answer given but marked to be confirmed, with where it comes from (possibly empty).
    case answerToConfirm(path: String, label: String, provenance: String)
    /// A dated fact the kit does not know on `date`: `known` says the days it covers, `value` the value used.
    case factNotInForce(label: String, date: String, known: String, value: String, source: String)
    /// An offer of a purchase divided into lots that names none of the lots in force (`named`: the one it names).
    case offerWithoutLot(candidate: String, named: String?, lots: [String], hint: String)
    /// A problem of the answer at `path`.
    case atPath(String, problem: String)
    case belowMinimum(String, minimum: String)
    case aboveMaximum(String, maximum: String)
    case offScale(String, minimum: Int, maximum: Int)
    case dateBefore(String, minimum: String)
    case dateAfter(String, maximum: String)
    case tooShort(characters: Int, minimum: Int)
    case tooLong(characters: Int, maximum: Int)
    case singleLine
    case tooFewItems(Int, minimum: Int)
    case tooManyItems(Int, maximum: Int)
    case negativePoints(choice: String)
    /// A `multiple` answer picks the exclusive choice `label` (« Aucun ») with others.
    case exclusiveChoice(label: String)
    case pointsTotal(String, expected: String)
    /// Item `index` (from 1) of a list lacks its required field `label`.
    case itemFieldMissing(index: Int, label: String)
    /// A problem of field `field` of item `index` (from 1) of a list.
    case itemField(index: Int, field: String, problem: String)
    case unnamedCandidate(index: Int)
    case scoreOffScale(candidate: String, criterion: String, score: String, minimum: Int, maximum: Int)
    case priceNotPositive(candidate: String)
}
