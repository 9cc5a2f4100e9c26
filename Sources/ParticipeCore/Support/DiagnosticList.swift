/// Several diagnostics thrown together: all the problems of a file, not just the first.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Sequence<Diagnostic> {
    /// In the order of their files, lines and columns, as an author reads them; diagnostics without a location
    /// first; two at the same place keep their order.
    package func inFileOrder() -> [Diagnostic] {
        enumerated().sorted { left, right in
            switch (left.element.location, right.element.location) {
            case (let a?, let b?) where a != b: a < b
            case (nil, _?): true
            case (_?, nil): false
            default: left.offset < right.offset
            }
        }.map(\.element)
    }
}
