/// A lot of a purchase divided into lots (`lots:`): the documents marked `per_lot` are made once for each lot in
/// force, with the catalogue items and the offers of that lot.
public struct Lot: Sendable, Hashable, Identifiable {
    public let id: String
    /// Its title, which may read the answers (« Médiation{{ if(…, ' et analyse', '') }} »).
    public let title: TemplatedText
    /// The lot is in force when this holds (the platform's lot when a platform is bought).
    public let when: Expression?
    public let location: SourceLocation
}
