extension String {
    /// A name or title typed in a form, as it is kept: control and format characters taken out (line breaks,
    /// zero-width spaces, direction overrides that would turn the text around it), spaces trimmed.
    var cleanedName: String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
