extension KitWording {
    public var english: String {
        switch self {
        case .severity(.blocker): "Blocker"
        case .severity(.warning): "Warning"
        case .severity(.advice): "Advice"
        case .priority(.obligatoire): "Minimum requirement"
        case .priority(.souhaitable): "Scored"
        case .priority(.optionnel): "Optional extra (PSE)"
        case .priority(.bonDeCommande): "Ordered as needed"
        }
    }
}
