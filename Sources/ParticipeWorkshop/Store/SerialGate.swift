/// Runs async operations one at a time, in the order they arrive.
///
/// An SQLite connection carries one transaction at a time, and an actor alone would let a second
/// transaction start while the first awaits its queries: the gate holds the next one until the first ends.
actor SerialGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func run<T: Sendable>(_ operation: @Sendable () async throws -> T) async throws -> T {
        await enter()
        defer { leave() }
        return try await operation()
    }

    private func enter() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
