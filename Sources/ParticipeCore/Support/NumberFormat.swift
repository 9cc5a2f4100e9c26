/// The one way a number becomes text, without Foundation so that output is the same on every platform. Each caller
/// picks the form its reader expects: `localized` for people, `fixed` for tables read by machines, `plain` for YAML
/// and expressions.
package enum NumberFormat {
    /// For people: `15 000`, `1,82` in French; `15,000`, `1.82` in English; at most `decimals` decimals (0 to 6),
    /// without trailing zeros. From 10^15 on (past what an answer may hold, `AnswerDecoder.largestNumber`),
    /// `1,5 × 10^18` (`1.5 × 10^18`). Infinities and NaN give "".
    public static func localized(_ number: Double, in language: Language, decimals: Int = 2) -> String {
        guard number.isFinite else { return "" }
        guard abs(number) < scientificFrom else { return scientific(number, in: language) }
        // Fewer decimals for large numbers: a Double holds about 15 significant digits.
        var places = min(max(0, decimals), 6)
        while places > 0, abs(number) * pow10(places) >= exactLimit { places -= 1 }
        guard let (whole, fraction) = digits(number, places: places) else { return "" }
        let separator = DocumentWording.thousandsSeparator.text(in: language)
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped += separator }
            grouped.append(digit)
        }
        var text = sign(number, whole, fraction) + grouped
        let significant = fraction.reversed().drop(while: { $0 == "0" }).reversed()
        if !significant.isEmpty { text += DocumentWording.decimalSeparator.text(in: language) + String(significant) }
        return text
    }

    /// For tables and CSV that machines read: exactly `decimals` decimals (0 to 15) after `decimalMark`, no grouping
    /// (`12.50`, `-3.142`, `0.00`). Past 2^53, and for infinities and NaN, Swift's own `1e+300`.
    public static func fixed(_ number: Double, decimals: Int, decimalMark: Character = ".") -> String {
        guard number.isFinite else { return String(number) }
        // Past 15 decimals a Double has no more digits to show.
        let places = min(15, max(0, decimals))
        guard let (whole, fraction) = digits(number, places: places) else { return String(number) }
        return sign(number, whole, fraction) + whole + (places > 0 ? String(decimalMark) + fraction : "")
    }

    /// As people write numbers in YAML and expressions, so that they read back the same: `3`, `2.5`, `1e+20`; no
    /// trailing `.0` for whole numbers.
    public static func plain(_ number: Double) -> String {
        if number.isNaN || number.isInfinite { return String(number) }
        if number == number.rounded(), abs(number) < scientificFrom { return String(Int64(number)) }
        var text = String(number)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// 10^15: from there on, people read numbers in scientific form.
    private static let scientificFrom = 1e15

    /// 2^53: below it, every whole number is exact, and it converts to `Int64` without trapping.
    private static let exactLimit = 9_007_199_254_740_992.0

    /// The whole part and the `places` decimals (zeros kept) of `number`'s magnitude rounded to `places`; nil past
    /// 2^53 units.
    private static func digits(_ number: Double, places: Int) -> (whole: String, fraction: String)? {
        let scale = pow10(places)
        let scaled = (abs(number) * scale).rounded()
        guard scaled < exactLimit else { return nil }
        let units = Int64(scaled)
        guard places > 0 else { return (String(units), "") }
        let divisor = Int64(scale)
        let fraction = String(units % divisor)
        return (String(units / divisor), String(repeating: "0", count: places - fraction.count) + fraction)
    }

    /// `-` for a negative number that does not round to zero.
    private static func sign(_ number: Double, _ whole: String, _ fraction: String) -> String {
        number < 0 && (whole != "0" || fraction.contains { $0 != "0" }) ? "-" : ""
    }

    /// `1,5 × 10^18`: the mantissa rounded to two decimals.
    private static func scientific(_ number: Double, in language: Language) -> String {
        var exponent = 0
        var mantissa = abs(number)
        while mantissa >= 10 {
            mantissa /= 10
            exponent += 1
        }
        if (mantissa * 100).rounded() >= 1000 {
            mantissa /= 10
            exponent += 1
        }
        let text = (number < 0 ? "-" : "") + localized(mantissa, in: language, decimals: 2)
        return DocumentWording.scientific(mantissa: text, exponent: exponent).text(in: language)
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<max(0, exponent)).reduce(1.0) { value, _ in value * 10 }
    }

    /// `HH:MM` for minutes since midnight, wrapping past midnight: how answers files and `clock()` write a time.
    package static func clock(_ minutes: Double) -> String {
        let total = minuteOfDay(minutes)
        let hours = total / 60
        let rest = total % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// Minutes since midnight, wrapped into 0..<1440 and rounded to the minute.
    static func minuteOfDay(_ minutes: Double) -> Int {
        let wrapped = minutes.isFinite ? minutes.truncatingRemainder(dividingBy: 1440) : 0
        return ((Int(wrapped.rounded()) % 1440) + 1440) % 1440
    }
}
