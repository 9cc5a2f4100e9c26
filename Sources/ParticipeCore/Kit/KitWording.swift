/// The words of the kit model's own values, as documents and the interview show them: a rule's
/// severity, a catalogue item's priority. The words are in `KitWording+French.swift` and
/// `KitWording+English.swift`.
public enum KitWording: Wording, Hashable {
    case severity(Rule.Severity)
    case priority(Catalogue.Priority)
}
