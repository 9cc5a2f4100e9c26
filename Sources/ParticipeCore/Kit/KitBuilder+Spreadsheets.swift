extension KitBuilder {
    /// A spreadsheet: `{id, title, filename, when, sheets: [{name, rows, columns, total}]}`.
    mutating func spreadsheet(_ node: YAMLNode) -> SpreadsheetSpec? {
        let keys = NodeDecoder.Keys(required: ["id", "title", "sheets"], optional: ["filename", "when", "per_lot"])
        guard let fields = decoder.fields(of: node, keys, what: name(.spreadsheet)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.spreadsheetID), dashes: true) }),
            let title = fields["title"].flatMap({ decoder.localized($0, what: name(.key("title"))) })
        else { return nil }
        let filename = filename(fields["filename"], of: node)
        let sheets = (fields["sheets"].map { decoder.list($0, what: name(.key("sheets"))) } ?? []).compactMap {
            sheet($0)
        }
        if sheets.isEmpty, fields["sheets"] != nil { report(.noSheet, at: node.location) }
        var spreadsheet = SpreadsheetSpec(
            id: id, title: title, filename: filename,
            when: fields["when"].flatMap { decoder.expression($0, what: name(.key("when"))) }, sheets: sheets,
            location: node.location)
        spreadsheet.perLot = perLot(fields["per_lot"])
        return spreadsheet
    }

    private mutating func sheet(_ node: YAMLNode) -> SpreadsheetSpec.Sheet? {
        let keys = NodeDecoder.Keys(required: ["name", "rows", "columns"], optional: ["total"])
        guard let fields = decoder.fields(of: node, keys, what: name(.sheet)),
            let sheetName = fields["name"].flatMap({ decoder.localized($0, what: name(.key("name"))) }),
            let rowsNode = fields["rows"], let rows = rows(rowsNode)
        else { return nil }
        let columns = (fields["columns"].map { decoder.list($0, what: name(.key("columns"))) } ?? []).compactMap {
            column($0)
        }
        let ids = columns.map(\.id)
        for column in columns {
            guard case .product(let left, let right) = column.content else { continue }
            for id in [left, right] where !ids.contains(id) {
                report(.unknownColumn(id: id, columns: ids.joined(separator: ", ")), at: column.location)
            }
        }
        var total: SpreadsheetSpec.Total?
        if let totalNode = fields["total"] {
            let totalKeys = NodeDecoder.Keys(required: ["label", "columns"], optional: ["label_column"])
            if let totalFields = decoder.fields(of: totalNode, totalKeys, what: name(.key("total"))),
                let label = totalFields["label"].flatMap({ decoder.localized($0, what: name(.key("label"))) })
            {
                let summed = (totalFields["columns"].map { decoder.list($0, what: name(.key("columns"))) } ?? [])
                    .compactMap { decoder.identifier($0, what: name(.key("columns"))) }
                let labelColumn = totalFields["label_column"].flatMap {
                    decoder.identifier($0, what: name(.key("label_column")))
                }
                for id in summed + (labelColumn.map { [$0] } ?? []) where !ids.contains(id) {
                    report(.unknownColumn(id: id, columns: ids.joined(separator: ", ")), at: totalNode.location)
                }
                total = SpreadsheetSpec.Total(label: label, columns: summed, labelColumn: labelColumn)
            }
        }
        return SpreadsheetSpec.Sheet(
            name: sheetName, rows: rows, columns: columns, total: total, location: node.location)
    }

    /// `{catalogue: id, exclude: [ids]}` or `{list: section.question}`.
    private mutating func rows(_ node: YAMLNode) -> SpreadsheetSpec.Rows? {
        let keys = NodeDecoder.Keys(optional: ["catalogue", "exclude", "list"])
        guard let fields = decoder.fields(of: node, keys, what: name(.key("rows"))) else { return nil }
        if let catalogueNode = fields["catalogue"], fields["list"] == nil,
            let catalogue = decoder.identifier(catalogueNode, what: name(.key("catalogue")), dashes: true)
        {
            references.catalogues.append((catalogue, catalogueNode.location))
            let excluded = (fields["exclude"].map { decoder.list($0, what: name(.key("exclude"))) } ?? []).compactMap {
                decoder.string($0, what: name(.entry(of: "exclude")))
            }
            return .catalogue(catalogue, exclude: excluded)
        }
        if fields["catalogue"] == nil, fields["exclude"] == nil, let path = questionPath(fields["list"], key: "list") {
            return .list(path)
        }
        report(.sheetRows, at: node.location)
        return nil
    }

    private mutating func column(_ node: YAMLNode) -> SpreadsheetSpec.Column? {
        let keys = NodeDecoder.Keys(
            required: ["id", "title"], optional: ["value", "input", "product", "type", "width"])
        guard let fields = decoder.fields(of: node, keys, what: name(.column)),
            let id = fields["id"].flatMap({ decoder.identifier($0, what: name(.columnID)) }),
            let title = fields["title"].flatMap({ decoder.localized($0, what: name(.key("title"))) })
        else { return nil }
        var type = SpreadsheetSpec.ColumnType.text
        if let typeNode = fields["type"], let word = decoder.string(typeNode, what: name(.key("type"))) {
            if let known = SpreadsheetSpec.ColumnType(rawValue: word) {
                type = known
            } else {
                let known = SpreadsheetSpec.ColumnType.allCases.map(\.rawValue)
                report(
                    .unknownColumnType(
                        name: word, known: known.joined(separator: ", "),
                        hint: Suggestion.hint(for: word, among: known, language: decoder.language)),
                    at: typeNode.location)
            }
        }
        let given = ["value", "input", "product"].filter { fields[$0] != nil }
        guard given.count == 1 else {
            report(.columnContent, at: node.location)
            return nil
        }
        let content: SpreadsheetSpec.Content
        if let value = fields["value"] {
            guard let valueName = decoder.identifier(value, what: name(.key("value"))) else { return nil }
            content = .value(valueName)
        } else if let input = fields["input"] {
            guard decoder.boolean(input, what: name(.key("input"))) == true else {
                report(.columnContent, at: input.location)
                return nil
            }
            content = .input
        } else {
            let factors = fields["product"].map { decoder.list($0, what: name(.key("product"))) } ?? []
            let ids = factors.compactMap { decoder.identifier($0, what: name(.entry(of: "product"))) }
            guard ids.count == 2 else {
                report(.productOfTwo, at: fields["product"]?.location ?? node.location)
                return nil
            }
            content = .product(ids[0], ids[1])
        }
        return SpreadsheetSpec.Column(
            id: id, title: title, content: content, type: type,
            width: fields["width"].flatMap { decoder.number($0, what: name(.key("width"))) }, location: node.location)
    }
}
