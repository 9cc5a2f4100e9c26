import ParticipeCore

/// Whether two numbers agree to within rounding; nil never agrees.
func close(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= tolerance
}

/// Whether two lists of numbers agree element by element to within rounding.
func close(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9) -> Bool {
    actual.count == expected.count && zip(actual, expected).allSatisfy { abs($0 - $1) <= tolerance }
}

extension MatrixResult {
    func total(_ id: String) -> Double? { candidate(id)?.total }

    func rank(_ id: String) -> Int? { candidate(id)?.rank }

    func globalWeight(_ id: String) -> Double? { criterion(id)?.globalWeight }

    func localWeight(_ id: String) -> Double? { criterion(id)?.localWeight }

    func value(_ candidateID: String, _ criterionID: String) -> Double? {
        candidate(candidateID)?.score(criterionID)?.value
    }

    func messages(_ severity: Diagnostic.Severity) -> [String] {
        diagnostics.filter { $0.severity == severity }.map { $0.text(in: .english) }
    }
}

/// A directly scored criterion.
func scored(_ id: String, _ weight: Double? = nil) -> Criterion {
    Criterion(id: id, label: id, rawWeight: weight)
}
