extension InlineParser {
    /// Character references: decimal and hexadecimal ones, and the named ones in
    /// ``namedEntities``. Any other `&` is literal text.
    mutating func handleEntity() {
        if let (scalar, end) = Self.entity(in: subject, at: position) {
            appendText(Array(String(scalar).utf8))
            position = end
        } else {
            position += 1
            appendText([UInt8(ascii: "&")])
        }
    }

    /// The named references the reader decodes: XML's five and those common in French text.
    static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "shy": "\u{00AD}",
        "copy": "©", "reg": "®", "euro": "€", "hellip": "…", "ndash": "–", "mdash": "—", "laquo": "«",
        "raquo": "»", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "eacute": "é", "egrave": "è",
        "ecirc": "ê", "agrave": "à", "acirc": "â", "ccedil": "ç", "ocirc": "ô", "ucirc": "û", "ugrave": "ù",
        "icirc": "î", "iuml": "ï", "Eacute": "É", "deg": "°", "sect": "§", "times": "×",
    ]

    static func entity(in bytes: some RandomAccessCollection<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        let array = Array(bytes)
        var index = start + 1
        guard index < array.count else { return nil }
        if array[index] == UInt8(ascii: "#") {
            index += 1
            var radix = 10
            if index < array.count, array[index] | 0x20 == UInt8(ascii: "x") {
                radix = 16
                index += 1
            }
            let digitsStart = index
            while index < array.count, index - digitsStart < 8, Character(Unicode.Scalar(array[index])).isHexDigit,
                radix == 16 || ByteClass.isDigit(array[index])
            {
                index += 1
            }
            let digits = index - digitsStart
            guard digits >= 1, digits <= (radix == 16 ? 6 : 7), index < array.count, array[index] == UInt8(ascii: ";"),
                let value = UInt32(ByteClass.string(array[digitsStart..<index]), radix: radix)
            else { return nil }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (scalar ?? "\u{FFFD}", index + 1)
        }
        let nameStart = index
        while index < array.count, index - nameStart < 32, ByteClass.isAlphanumeric(array[index]) {
            index += 1
        }
        guard index < array.count, array[index] == UInt8(ascii: ";"),
            let scalar = namedEntities[ByteClass.string(array[nameStart..<index])]
        else { return nil }
        return (scalar, index + 1)
    }

    /// Text with backslash escapes and character references resolved (link destinations, titles
    /// and code fence info strings).
    static func unescaped(_ bytes: ArraySlice<UInt8>) -> String {
        let array = Array(bytes)
        var result: [UInt8] = []
        var index = 0
        while index < array.count {
            let byte = array[index]
            if byte == UInt8(ascii: "\\"), index + 1 < array.count, ByteClass.isASCIIPunctuation(array[index + 1]) {
                result.append(array[index + 1])
                index += 2
            } else if byte == UInt8(ascii: "&"), let (scalar, end) = entity(in: array, at: index) {
                result.append(contentsOf: String(scalar).utf8)
                index = end
            } else {
                result.append(byte)
                index += 1
            }
        }
        return ByteClass.string(result)
    }
}
