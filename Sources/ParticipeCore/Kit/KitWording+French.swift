extension KitWording {
    public var french: String {
        switch self {
        case .severity(.blocker): "Bloquant"
        case .severity(.warning): "Attention"
        case .severity(.advice): "Conseil"
        case .priority(.obligatoire): "Exigence minimale"
        case .priority(.souhaitable): "Notée"
        case .priority(.optionnel): "PSE"
        case .priority(.bonDeCommande): "Sur bon de commande"
        }
    }
}
