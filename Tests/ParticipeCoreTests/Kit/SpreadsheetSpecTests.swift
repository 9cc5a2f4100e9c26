import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// What the kit's checks say of a spreadsheet (`spreadsheets:`) that cannot be made, each at its place.
@Suite("Kit spreadsheets: checks")
struct SpreadsheetSpecTests {
    static let sections = """
        sections:
          - id: devis
            title: Devis
            questions:
              - id: lignes
                type: list
                label: Lignes
                fields:
                  - {id: quantite, type: number, label: Quantité}
                  - {id: prix, type: number, label: Prix}
              - {id: nom, type: text, label: Nom}
        catalogues:
          - id: postes
            title: Postes
            items:
              - {id: P-01, title: Formation, values: {quantite: "1"}}

        """

    /// A kit with one spreadsheet of one sheet, whose `rows` and `columns` are given.
    static func kit(rows: String = "{list: devis.lignes}", columns: String, total: String = "") -> String {
        kitHeader + sections + """
            spreadsheets:
              - id: devis
                title: Devis
                sheets:
                  - name: Lignes
                    rows: \(rows)
                    columns:
            \(columns.split(separator: "\n").map { "          " + $0 }.joined(separator: "\n"))
            \(total)
            """
    }

    static let cases: [LoaderErrorCase] = [
        LoaderErrorCase(
            name: "a product of an unknown column",
            kit: kit(columns: "- {id: q, title: Q, value: quantite}\n- ⟨{id: m, title: M, product: [q, prix]}"),
            message: "unknown column 'prix'; the sheet's columns are q, m"),
        LoaderErrorCase(
            name: "a column with two contents",
            kit: kit(columns: "- ⟨{id: q, title: Q, value: quantite, input: true}"),
            message:
                "a column gives exactly one of 'value' (a value of the row), 'input: true' (a cell to fill) or "
                + "'product' (the product of two columns)"),
        LoaderErrorCase(
            name: "a value the rows do not have",
            kit: kit(columns: "- ⟨{id: q, title: Q, value: quantit}"),
            message:
                "the rows of this sheet have no value 'quantit'; they have index, quantite, prix; did you mean 'quantite'?"
        ),
        LoaderErrorCase(
            name: "a value a catalogue's rows do not have",
            kit: kit(rows: "{catalogue: postes}", columns: "- ⟨{id: q, title: Q, value: prix}"),
            message:
                "the rows of this sheet have no value 'prix'; they have id, title, text, priority, category, quantite"),
        LoaderErrorCase(
            name: "rows from a question that is no list",
            kit: kit(rows: "{list: devis.nom}", columns: "- {id: q, title: Q, value: index}").replacingOccurrences(
                of: "      - name: Lignes", with: "      - ⟨name: Lignes"),
            message: "a sheet's rows come from a list question, and 'devis.nom' is a text"),
        LoaderErrorCase(
            name: "an unknown column type",
            kit: kit(columns: "- {id: q, title: Q, value: quantite, type: ⟨nombre}"),
            message: "unknown column type 'nombre': use text, integer, number, euros; did you mean 'number'?"),
        LoaderErrorCase(
            name: "a column id given twice",
            kit: kit(columns: "- {id: q, title: Q, value: quantite}\n- ⟨{id: q, title: P, value: prix}"),
            message: "duplicate column id 'q' in 'devis' (first defined at line 28)"),
        LoaderErrorCase(
            name: "a total of an unknown column",
            kit: kit(
                columns: "- {id: q, title: Q, value: quantite}",
                total: "        total: ⟨{label: Total, columns: [montant]}"),
            message: "unknown column 'montant'; the sheet's columns are q"),
    ]

    @Test(arguments: cases)
    func reportsTheErrorWhereItIs(_ errorCase: LoaderErrorCase) throws {
        try expectTheOnlyError(of: errorCase)
    }
}
