/// Named values, in the order they were given (so that error messages list them predictably).
public struct TemplateObject: Sendable, Hashable {
    public private(set) var keys: [String]
    private var values: [String: TemplateValue]

    public init(_ pairs: [(String, TemplateValue)] = []) {
        keys = []
        values = [:]
        for (key, value) in pairs { self[key] = value }
    }

    public subscript(key: String) -> TemplateValue? {
        get { values[key] }
        set {
            if values[key] == nil, newValue != nil { keys.append(key) }
            if newValue == nil { keys.removeAll { $0 == key } }
            values[key] = newValue
        }
    }
}
