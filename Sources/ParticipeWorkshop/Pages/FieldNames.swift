import ParticipeCore

/// How the inputs of a section's form are named: `a:<path>` the answer (`a:<path>:<choice>` per choice,
/// `a:<path>:<item>:<field>` per list item, `a:<path>:new:<field>` for the item being added), `v:<path>` the
/// version the page showed, `h:<path>` a digest of the value shown (so an untouched field is not saved
/// again), `u:<path>` "not known yet". Ids are identifiers, so `:` never appears inside one.
enum FieldNames {
    static func answer(_ path: String, _ parts: String...) -> String {
        (["a", path] + parts).joined(separator: ":")
    }

    static func version(_ path: String) -> String { "v:" + path }
    static func shown(_ path: String) -> String { "h:" + path }
    static func unknown(_ path: String) -> String { "u:" + path }
    static func items(_ path: String) -> String { "n:" + path }

    /// An HTML id for a name: letters, digits and hyphens.
    static func id(_ name: String) -> String {
        "f-" + String(name.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    /// The digest written in `h:<path>`: the first 16 hex digits of the stored value's SHA-256.
    static func digest(_ value: Value) -> String {
        String(SecretToken.digest(StoredValue.encode(value)).prefix(16))
    }
}
