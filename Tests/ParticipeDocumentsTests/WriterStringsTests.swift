import ParticipeCore
import Testing

@testable import ParticipeDocuments

@Suite("The writers' own words come from DocumentWording")
struct WriterStringsTests {
    @Test func theMetadataCodeChoosesTheLanguage() {
        #expect(WriterStrings(language: "en-GB").contents == "Contents")
        #expect(WriterStrings(language: "fr").contents == "Sommaire")
        // A language Participe does not speak gets French, the product's first language.
        #expect(WriterStrings(language: "de").skipLink == "Aller au contenu")
    }

    @Test func longDatesShareTheMonthsOfValues() {
        let date = CalendarDate(iso: "2025-01-01") ?? CalendarDate(dayNumber: 0)
        #expect(WriterStrings(language: "fr").longDate("2025-01-01") == ValueFormatter(language: .french).date(date))
        #expect(WriterStrings(language: "fr").longDate("2025-01-01") == "1er janvier 2025")
        #expect(WriterStrings(language: "en").longDate("2025-03-15") == "15 March 2025")
        #expect(WriterStrings(language: "en").longDate("next spring") == "next spring")
    }
}
