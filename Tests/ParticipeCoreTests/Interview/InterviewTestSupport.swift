import Foundation
import ParticipeTestSupport
import Testing

@testable import ParticipeCore

/// The demo fixture kit, which has a question of every type.
enum DemoKit {
    static func load() throws -> Kit { try demoKit() }

    static func question(_ path: String) throws -> Question {
        let path = try #require(QuestionPath(path))
        return try #require(try load().question(path))
    }

    static let today = CalendarDate(year: 2026, month: 1, day: 15) ?? CalendarDate(dayNumber: 0)
}
