/// ODF text collapses white space, so runs of spaces, tabs and line feeds are written as
/// `text:s`, `text:tab` and `text:line-break` to show the text as it was.
enum ODTText {
    static func escaped(_ text: String) -> String {
        var output = ""
        var run = ""
        var pendingSpaces = 0
        var previousWasSpace = true  // a leading space would be dropped too
        func flush() {
            if !run.isEmpty {
                output += XMLText.escaped(run)
                run = ""
            }
            if pendingSpaces > 0 {
                output += pendingSpaces == 1 ? "<text:s/>" : "<text:s text:c=\"\(pendingSpaces)\"/>"
                pendingSpaces = 0
            }
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " " where previousWasSpace:
                if !run.isEmpty { flush() }
                pendingSpaces += 1
            case " ":
                run.unicodeScalars.append(scalar)
                previousWasSpace = true
            case "\t", "\n", "\r":
                flush()
                output += scalar == "\t" ? "<text:tab/>" : "<text:line-break/>"
                previousWasSpace = true
            default:
                if pendingSpaces > 0 { flush() }
                run.unicodeScalars.append(scalar)
                previousWasSpace = false
            }
        }
        flush()
        return output
    }
}
