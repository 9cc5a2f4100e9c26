/// A named expression over the answers, referred to by its bare id.
public struct ComputedValue: Sendable, Hashable, Identifiable {
    public var id: String
    public var value: Expression
    public var label: LocalizedText?
    public var unit: LocalizedText?
    public var location: SourceLocation
}
