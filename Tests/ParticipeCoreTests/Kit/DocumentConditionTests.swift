import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// A document's `when` (written only when it holds) is read as a condition, and checked as one at its place.
@Suite("Kit documents: conditions")
struct DocumentConditionTests {
    static func kit(when: String) -> String {
        kitText(
            """
            documents:
              - {id: synthese, title: Synthèse, template: synthese.md, when: "⟨\(when)"}

            """)
    }

    @Test func aConditionIsKeptOnTheDocument() throws {
        let fixture = try KitFixture(
            MarkedText(Self.kit(when: "identite.nom == 'x'")).text, files: ["synthese.md": "x"])
        let kit = try fixture.load()
        #expect(kit.documents.first?.when != nil)
    }

    @Test func aWhenThatIsNotAConditionIsAnErrorAtItsPlace() throws {
        let marked = MarkedText(Self.kit(when: "identite.nom"))
        let fixture = try KitFixture(marked.text, files: ["synthese.md": "x"])
        #expect(
            fixture.errors().diagnostics.map(\.description) == [
                "\(marked.location(in: fixture.kitFile)): error: "
                    + "'when' must be a condition (true or false), but this expression gives a text"
            ])
    }
}
