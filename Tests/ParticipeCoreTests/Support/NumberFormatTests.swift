import Testing

@testable import ParticipeCore

/// The one number formatter and its three forms.
@Suite struct NumberFormatTests {
    @Test func localizedIsForPeople() {
        #expect(NumberFormat.localized(15000, in: .french) == "15\u{00A0}000")
        #expect(NumberFormat.localized(15000, in: .english) == "15,000")
        #expect(NumberFormat.localized(1.825, in: .french) == "1,83")
        #expect(NumberFormat.localized(1.5, in: .english, decimals: 3) == "1.5")
        #expect(NumberFormat.localized(-0.001, in: .english) == "0")
        #expect(NumberFormat.localized(-1234.5, in: .french, decimals: 0) == "-1\u{00A0}235")
        #expect(NumberFormat.localized(1.5e18, in: .french) == "1,5 × 10^18")
        #expect(NumberFormat.localized(.nan, in: .french) == "")
    }

    @Test func fixedIsForTablesThatMachinesRead() {
        #expect(NumberFormat.fixed(12.5, decimals: 2) == "12.50")
        #expect(NumberFormat.fixed(15000, decimals: 1) == "15000.0")
        #expect(NumberFormat.fixed(-0.004, decimals: 2) == "0.00")
        #expect(NumberFormat.fixed(2.5, decimals: 0) == "3")
        #expect(NumberFormat.fixed(15.555, decimals: 2, decimalMark: ",") == "15,56")
        #expect(NumberFormat.fixed(0.635 * 3, decimals: 2) == "1.91")
        #expect(NumberFormat.fixed(1e300, decimals: 2) == "1e+300")
        #expect(NumberFormat.fixed(.infinity, decimals: 2) == "inf")
    }

    @Test func plainIsHowYAMLAndExpressionsWriteNumbers() {
        #expect(NumberFormat.plain(3) == "3")
        #expect(NumberFormat.plain(-2.5) == "-2.5")
        #expect(NumberFormat.plain(15000) == "15000")
        #expect(NumberFormat.plain(0.1) == "0.1")
        #expect(NumberFormat.plain(1e20) == "1e+20")
        #expect(Double(NumberFormat.plain(1.0 / 3)) == 1.0 / 3)
    }
}
