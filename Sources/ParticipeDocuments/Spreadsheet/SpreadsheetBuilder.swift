import ParticipeCore

/// Makes a kit's spreadsheets for an evaluation: each sheet's rows from its catalogue or list answer, each cell
/// from its column, the products and the totals with the values Participe computes.
package struct SpreadsheetBuilder {
    let evaluation: Evaluation

    package init(evaluation: Evaluation) {
        self.evaluation = evaluation
    }

    var kit: Kit { evaluation.kit }
    var language: Language { evaluation.language }
    var formatter: ValueFormatter { ValueFormatter(language: language) }

    private func localized(_ text: LocalizedText?) -> String { text?.resolve(language, fallbacks: kit.fallbacks) ?? "" }

    /// The spreadsheets these answers call for (those whose `when` holds), with their file names.
    package func spreadsheets() -> [(spec: SpreadsheetSpec, filename: String, workbook: Workbook)] {
        planned().map { ($0.spec, $0.filename, $0.builder.workbook($0.spec)) }
    }

    /// The spreadsheets these answers call for, without making them: one per lot in force for those made per lot,
    /// each with the builder of its lot, its file name and its title.
    package func planned() -> [(spec: SpreadsheetSpec, builder: SpreadsheetBuilder, filename: String, title: String)] {
        let made = kit.spreadsheets.filter { evaluation.makes(when: $0.when) }
        // A lot's evaluation is made only when a spreadsheet is made per lot.
        let lots = made.contains(where: \.perLot) ? evaluation.parts(perLot: true).map(SpreadsheetBuilder.init) : []
        return made.flatMap { spec in
            (spec.perLot ? lots : [self]).map { builder in
                (spec, builder, builder.filename(of: spec), builder.title(of: spec))
            }
        }
    }

    /// The file name (without extension) a spreadsheet is written to: its `filename` in the language, else its id;
    /// with the lot when it is made per lot.
    package func filename(of spec: SpreadsheetSpec) -> String {
        let name = localized(spec.filename)
        return evaluation.filename(name.isEmpty ? spec.id : name, lot: spec.perLot ? evaluation.lot : nil)
    }

    /// The spreadsheet's title, with the lot when it is made per lot.
    package func title(of spec: SpreadsheetSpec) -> String {
        evaluation.title(localized(spec.title), lot: spec.perLot ? evaluation.lot : nil)
    }

    package func workbook(_ spec: SpreadsheetSpec) -> Workbook {
        var names: Set<String> = []
        return Workbook(
            sheets: spec.sheets.map { definition in
                var sheet = self.sheet(definition)
                // Two tabs cannot share a name: a second one is numbered.
                var name = sheet.name
                var number = 2
                while names.contains(name) {
                    name = Workbook.sheetName(String(sheet.name.prefix(27)) + " (\(number))")
                    number += 1
                }
                names.insert(name)
                sheet.name = name
                return sheet
            }, language: language)
    }

    private func sheet(_ definition: SpreadsheetSpec.Sheet) -> Workbook.Sheet {
        let columns = definition.columns
        let records = rows(definition.rows)
        var table: [[Workbook.Cell]] = [columns.map { .heading(localized($0.title)) }]
        for (offset, record) in records.enumerated() {
            let row = offset + 1
            var cells: [Workbook.Cell] = []
            for column in columns {
                cells.append(cell(column, record: record, row: row, columns: columns, earlier: cells))
            }
            table.append(cells)
        }
        if let total = definition.total {
            let labelColumn = columns.firstIndex { $0.id == total.labelColumn } ?? 0
            var cells = [Workbook.Cell](repeating: .empty, count: columns.count)
            for (index, column) in columns.enumerated() where total.columns.contains(column.id) {
                let values = table.dropFirst().map { Self.value(of: $0[index]) ?? 0 }
                let sum = values.reduce(0, +)
                let format = Self.format(of: column.type) ?? .decimal
                cells[index] =
                    records.isEmpty
                    ? .number(0, format)
                    : .formula(.sum(column: index, fromRow: 1, toRow: records.count), value: sum, format)
            }
            cells[labelColumn] = .heading(localized(total.label))
            table.append(cells)
        }
        return Workbook.Sheet(
            name: localized(definition.name),
            columns: columns.map { .init(width: $0.width ?? Self.defaultWidth(of: $0)) }, rows: table)
    }

    private func cell(
        _ column: SpreadsheetSpec.Column, record: [String: Value], row: Int, columns: [SpreadsheetSpec.Column],
        earlier: [Workbook.Cell]
    ) -> Workbook.Cell {
        let format = Self.format(of: column.type)
        switch column.content {
        case .input:
            return .input(format)
        case .value(let name):
            let value = record[name] ?? .null
            if let format {
                // A number to give that the answers do not give yet is left to fill (a quantity to estimate).
                guard case .number(let number) = value else {
                    return value.isAnswered ? .text(formatter.plain(value)) : .missing(format)
                }
                return .number(number, format)
            }
            return value.isAnswered ? .text(formatter.plain(value)) : .empty
        case .product(let left, let right):
            guard let leftIndex = columns.firstIndex(where: { $0.id == left }),
                let rightIndex = columns.firstIndex(where: { $0.id == right })
            else { return .empty }
            // A column to the left is already made; one to the right is worked out from the record.
            let value = { (index: Int) -> Double in
                if index < earlier.count { return Self.value(of: earlier[index]) ?? 0 }
                if case .value(let name) = columns[index].content { return record[name]?.number ?? 0 }
                return 0
            }
            return .formula(
                .product(.init(column: leftIndex, row: row), .init(column: rightIndex, row: row)),
                value: value(leftIndex) * value(rightIndex), format ?? .decimal)
        }
    }

    /// The rows of a sheet, each a record of the names its columns read.
    private func rows(_ rows: SpreadsheetSpec.Rows) -> [[String: Value]] {
        switch rows {
        case .catalogue(let id, let excluded):
            let catalogue = kit.catalogue(id)
            return (evaluation.catalogues[id] ?? []).filter { !excluded.contains($0.item.id) }.map { kept in
                var record: [String: Value] = [
                    "id": .text(kept.id), "title": plain(kept.title), "text": plain(kept.text),
                    "priority": kept.priority.map { .text(KitWording.priority($0).text(in: language)) } ?? .null,
                    "category": kept.item.category.flatMap { catalogue?.category($0) }.map {
                        .text(localized($0.title))
                    } ?? .null,
                ]
                for (name, value) in kept.values { record[name] = value }
                return record
            }
        case .list(let path):
            guard let question = kit.question(path) else { return [] }
            let entries = evaluation.isVisible(path) ? (evaluation.sheet[path].list ?? []) : []
            return entries.enumerated().map { offset, entry in
                var record: [String: Value] = ["index": .number(Double(offset + 1))]
                for field in question.fields {
                    guard let value = entry.record?[field.id], value.isAnswered else { continue }
                    // A choice shows its label, a number stays a number for the columns that compute.
                    record[field.id] =
                        value.number != nil
                        ? value : .text(formatter.answer(value, for: field, fallbacks: kit.fallbacks))
                }
                return record
            }
        }
    }

    /// A kit text with its answers, as plain text: its Markdown read, its markup left out.
    private func plain(_ text: RenderedText?) -> Value {
        guard let text else { return .null }
        let plain = MarkdownReader().read(text.escaped(MarkdownEscaper.escape)).blocks.plainText
        return plain.isEmpty ? .null : .text(plain)
    }

    static func format(of type: SpreadsheetSpec.ColumnType) -> Workbook.NumberFormat? {
        switch type {
        case .text: nil
        case .integer: .integer
        case .number: .general
        case .euros: .euros
        }
    }

    static func value(of cell: Workbook.Cell) -> Double? {
        switch cell {
        case .number(let value, _), .formula(_, let value, _): value
        default: nil
        }
    }

    static func defaultWidth(of column: SpreadsheetSpec.Column) -> Double {
        switch (column.type, column.content) {
        case (.text, .value("id")), (.text, .value("index")): 10
        case (.text, .value("text")): 60
        case (.text, _): 30
        case (.integer, _): 10
        case (.number, _), (.euros, _): 15
        }
    }
}
