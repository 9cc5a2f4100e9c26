extension KitWording {
    public var english: String {
        switch self {
        case .severity(.blocker): "Blocker"
        case .severity(.warning): "Warning"
        case .severity(.advice): "Advice"
        case .priority(.obligatoire): "Mandatory"
        case .priority(.souhaitable): "Desirable"
        case .priority(.optionnel): "Optional"
        }
    }
}
