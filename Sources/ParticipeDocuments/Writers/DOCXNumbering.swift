import Foundation

/// `word/numbering.xml`: one abstract numbering for bullets and one for numbers, nine levels
/// each; bullet lists share a numbering instance, and each ordered list gets its own so it
/// restarts at its start number.
struct DOCXNumbering {
    var firstAbstractID: Int
    var bulletNumID: Int
    var orderedLists: [(numID: Int, level: Int, start: Int)]

    /// Ids above those a reference document's numbering already uses (0 and 1 without one).
    static func firstFreeIDs(in reference: String?) -> (abstract: Int, num: Int) {
        guard let reference else { return (0, 1) }
        return (
            maximumValue(of: "w:abstractNumId", in: reference) + 1,
            maximumValue(of: "w:numId", in: reference) + 1
        )
    }

    private static func maximumValue(of attribute: String, in xml: String) -> Int {
        var maximum = 0
        var searchRange = xml.startIndex..<xml.endIndex
        let marker = "\(attribute)=\""
        while let found = xml.range(of: marker, range: searchRange) {
            let digits = xml[found.upperBound...].prefix(while: \.isNumber)
            maximum = Swift.max(maximum, Int(digits) ?? 0)
            searchRange = found.upperBound..<xml.endIndex
        }
        return maximum
    }

    var abstractDefinitions: String {
        var xml = "<w:abstractNum w:abstractNumId=\"\(firstAbstractID)\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
        let bullets = ["•", "◦", "▪"]
        for level in 0..<9 {
            xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
            xml += "<w:lvlText w:val=\"\(bullets[level % 3])\"/><w:lvlJc w:val=\"left\"/>"
            xml += "<w:pPr><w:ind w:left=\"\(720 * (level + 1))\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }
        xml += "</w:abstractNum>\n"
        xml +=
            "<w:abstractNum w:abstractNumId=\"\(firstAbstractID + 1)\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
        let formats = ["decimal", "lowerLetter", "lowerRoman"]
        for level in 0..<9 {
            xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(formats[level % 3])\"/>"
            xml += "<w:lvlText w:val=\"%\(level + 1).\"/><w:lvlJc w:val=\"left\"/>"
            xml += "<w:pPr><w:ind w:left=\"\(720 * (level + 1))\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }
        return xml + "</w:abstractNum>\n"
    }

    var instances: String {
        var xml = "<w:num w:numId=\"\(bulletNumID)\"><w:abstractNumId w:val=\"\(firstAbstractID)\"/></w:num>\n"
        for list in orderedLists {
            xml += "<w:num w:numId=\"\(list.numID)\"><w:abstractNumId w:val=\"\(firstAbstractID + 1)\"/>"
            xml += "<w:lvlOverride w:ilvl=\"\(list.level)\"><w:startOverride w:val=\"\(list.start)\"/></w:lvlOverride>"
            xml += "</w:num>\n"
        }
        return xml
    }

    /// The part, alone or merged into a reference document's numbering (whose abstract
    /// definitions must all precede its instances).
    func part(mergingInto reference: String?) -> String {
        guard let reference, let end = reference.range(of: "</w:numbering>", options: .backwards) else {
            return
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering \(DOCXStyles.namespaces)>\n"
                + abstractDefinitions + instances + "</w:numbering>\n"
        }
        var result = reference
        result.insert(contentsOf: instances, at: end.lowerBound)
        let firstInstance =
            result.range(of: "<w:num w:")?.lowerBound ?? result.range(of: "<w:num>")?.lowerBound
            ?? result.range(of: "</w:numbering>", options: .backwards)?.lowerBound ?? result.endIndex
        result.insert(contentsOf: abstractDefinitions, at: firstInstance)
        return result
    }
}
