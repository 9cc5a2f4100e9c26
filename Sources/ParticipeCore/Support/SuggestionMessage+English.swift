extension SuggestionMessage {
    var english: String {
        switch self {
        case .didYouMean(let name): "; did you mean '\(name)'?"
        }
    }
}
