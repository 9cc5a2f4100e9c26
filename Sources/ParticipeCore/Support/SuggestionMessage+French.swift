extension SuggestionMessage {
    var french: String {
        switch self {
        case .didYouMean(let name): " ; vouliez-vous dire « \(name) » ?"
        }
    }
}
