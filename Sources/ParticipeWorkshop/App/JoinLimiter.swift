import Foundation

/// Counts the attempts to open a link (join, trainer, organiser) per client address: after `limit` failed
/// attempts within `window` seconds, the address waits until the window has passed. Guessing a token is
/// hopeless anyway (256 bits); this keeps a script from trying.
actor JoinLimiter {
    let limit: Int
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    init(limit: Int = 20, window: TimeInterval = 60) {
        self.limit = limit
        self.window = window
    }

    func isBlocked(_ address: String, now: Date = Date()) -> Bool {
        prune(address, now: now)
        return (failures[address]?.count ?? 0) >= limit
    }

    func recordFailure(_ address: String, now: Date = Date()) {
        prune(address, now: now)
        failures[address, default: []].append(now)
        // Bounded memory: addresses with no recent failure are forgotten.
        if failures.count > 10_000 {
            failures = failures.filter { $0.value.contains { now.timeIntervalSince($0) <= window } }
        }
    }

    private func prune(_ address: String, now: Date) {
        failures[address]?.removeAll { now.timeIntervalSince($0) > window }
        if failures[address]?.isEmpty == true { failures[address] = nil }
    }
}
