extension KitWording {
    public var french: String {
        switch self {
        case .severity(.blocker): "Bloquant"
        case .severity(.warning): "Attention"
        case .severity(.advice): "Conseil"
        case .priority(.obligatoire): "Obligatoire"
        case .priority(.souhaitable): "Souhaitable"
        case .priority(.optionnel): "Optionnel"
        }
    }
}
