/// The "did you mean" added to a message about a misspelt name, for every table that names one
/// (`Suggestion.hint`). The words are in `SuggestionMessage+French.swift` and `SuggestionMessage+English.swift`.
enum SuggestionMessage: Wording, Hashable {
    /// `; did you mean 'x'?`, added to a message about a misspelt name.
    case didYouMean(String)
}
