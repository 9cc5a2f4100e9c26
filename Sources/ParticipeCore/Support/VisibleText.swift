/// Text made safe to print on a terminal: control characters become visible symbols.
///
/// An answer holding `ESC ]0;…` could otherwise set the terminal's title, and one holding `ESC [2J` clear
/// the screen, when someone runs `participe check` on it.
public enum VisibleText {
    /// C0 controls as their Unicode control pictures (`␀`, `␛`…), DEL as `␡`, other controls and
    /// line or paragraph separators as `\u{…}`. Tabs stay; `keepingNewlines` keeps line feeds too.
    ///
    /// `keepingColours` keeps the colour and weight sequences (`ESC [ 1 ; 31 m`) that the interview writes
    /// itself: they can only colour text, while every other escape sequence is made visible.
    public static func escapingControls(_ text: String, keepingNewlines: Bool = false, keepingColours: Bool = false)
        -> String
    {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines: keepingNewlines) }) else {
            return text
        }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if keepingColours, scalar == "\u{1B}", let end = colourSequenceEnd(scalars, from: index) {
                result.append(contentsOf: scalars[(index - 1)..<end])
                index = end
                continue
            }
            guard needsEscape(scalar, keepingNewlines: keepingNewlines) else {
                result.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x00...0x1F: result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
            case 0x7F: result.append("\u{2421}")
            default:
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            }
        }
        return String(result)
    }

    /// The end of `[ digits ; digits m` starting at `start`, if that is what follows an escape.
    private static func colourSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count, scalars[start] == "[" else { return nil }
        var index = start + 1
        while index < scalars.count, index - start <= 16 {
            let scalar = scalars[index]
            if scalar == "m" { return index + 1 }
            guard ("0"..."9").contains(scalar) || scalar == ";" else { return nil }
            index += 1
        }
        return nil
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x0A: !keepingNewlines
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }
}
