extension ValueType {
    /// Whether a value of this type can stand where `other` is expected, or be compared with it.
    ///
    /// `.any` fits everything; a choice is a text, a list of choices is a list of texts, and
    /// points are a record of numbers. The relation is symmetric.
    func isCompatible(with other: ValueType) -> Bool {
        joined(with: other) != nil
    }

    /// The narrowest type both `self` and `other` fit in, or nil when they do not mix.
    ///
    /// Used for list literals, `if` branches and `coalesce`: `['a', q]` with `q` a choice is a list of text.
    public func joined(with other: ValueType) -> ValueType? {
        switch (self.widened, other.widened) {
        case (.any, _): return other
        case (_, .any): return self
        case (.boolean, .boolean): return .boolean
        case (.number, .number): return .number
        case (.date, .date): return .date
        case (.text, .text):
            if case .choice(let left) = self, case .choice(let right) = other { return .choice(left.union(right)) }
            return .text
        case (.list(let left), .list(let right)):
            if case .choices(let a) = self, case .choices(let b) = other { return .choices(a.union(b)) }
            return left.joined(with: right).map { .list($0) }
        case (.record(let left), .record(let right)):
            if case .points(let a) = self, case .points(let b) = other { return .points(a.union(b)) }
            var fields = left
            for (name, type) in right {
                guard let known = left[name] else {
                    fields[name] = type
                    continue
                }
                guard let both = known.joined(with: type) else { return nil }
                fields[name] = both
            }
            return .record(fields)
        default: return nil
        }
    }

    /// The type of one element when iterating: a list's element, a choice of `choices`, a number of `points`.
    var elementType: ValueType? {
        switch self {
        case .any: .any
        case .list(let element): element
        case .choices(let ids): .choice(ids)
        case .points: .number
        default: nil
        }
    }

    /// The structural type behind the domain-specific cases, so that a choice is handled as a text.
    var widened: ValueType {
        switch self {
        case .choice: .text
        case .choices(let ids): .list(.choice(ids))
        case .points(let ids): .record(Dictionary(uniqueKeysWithValues: ids.map { ($0, ValueType.number) }))
        default: self
        }
    }

    /// The choice ids a text literal must belong to when compared with this type, if any.
    var choiceIDs: Set<String>? {
        switch self {
        case .choice(let ids), .choices(let ids), .points(let ids): ids
        default: nil
        }
    }
}
