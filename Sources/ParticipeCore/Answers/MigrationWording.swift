/// What a migration writes into an answers file about the answers it keeps aside. The words are in
/// `MigrationWording+French.swift` and `MigrationWording+English.swift`.
public enum MigrationWording: Wording, Hashable {
    case keptAsideHeader(from: String, to: String)
    case reason(String, AnswersMigration.AsideReason)
}
