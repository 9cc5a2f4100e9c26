import Foundation
import ParticipeCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The interview's conversation: plain lines out, lines in, colours only on a terminal.
///
/// Nothing is redrawn, so a screen reader reads every line once. When standard input is not a terminal
/// (a script, a test), each line read is echoed after its prompt so that the transcript reads naturally.
struct Terminal {
    enum Style: String {
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case cyan = "36"
    }

    let colours: Bool
    let isTerminal: Bool
    let echoesInput: Bool
    /// The terminal's width in columns, to wrap long lines at word boundaries; nil when the output is not
    /// a terminal (a pipe, a file), where lines are never cut.
    let width: Int?

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        isTerminal = isatty(STDOUT_FILENO) == 1
        // https://no-color.org: a NO_COLOR that is set and not empty turns colours off.
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        colours = isTerminal && !noColour && environment["TERM"] != "dumb"
        echoesInput = isatty(STDIN_FILENO) != 1
        width = isTerminal ? Self.columns(environment: environment) : nil
    }

    /// `COLUMNS` when set, else the terminal's own width.
    private static func columns(environment: [String: String]) -> Int? {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    func style(_ text: String, _ style: Style) -> String {
        colours ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Writes a line; control characters that answers or kits may hold are shown, never obeyed.
    func line(_ text: String = "") {
        var shown = VisibleText.escapingControls(text, keepingNewlines: true, keepingColours: true)
        if let width { shown = WordWrap.wrap(shown, width: width - 1) }
        FileHandle.standardOutput.write(Data((shown + "\n").utf8))
    }

    func problem(_ text: String) {
        line(style("✗ " + text, .red))
    }

    /// Writes `prompt` and reads the answer; nil at the end of the input.
    func read(_ prompt: String) -> String? {
        let shown = VisibleText.escapingControls(prompt, keepingNewlines: true, keepingColours: true)
        FileHandle.standardOutput.write(Data((shown + " ").utf8))
        guard let text = readLine(strippingNewline: true) else {
            line()
            return nil
        }
        if echoesInput {
            line(text)
        }
        return text.hasSuffix("\r") ? String(text.dropLast()) : text
    }

    /// A progress bar of `width` cells, for terminals only.
    func bar(_ fraction: Double, width: Int = 20) -> String {
        let filled = max(0, min(width, Int((fraction * Double(width)).rounded())))
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]"
    }
}
