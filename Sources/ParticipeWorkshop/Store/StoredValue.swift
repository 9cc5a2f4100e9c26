import Foundation
import ParticipeCore

/// How the store writes an answer: JSON, a date as `{"$date": "2027-03-01"}` so it reads back as a date.
///
/// Field and choice ids are identifiers, so no record of an answer has a `$date` key of its own.
public struct StoredValue: Codable, Sendable {
    public var value: Value

    public init(_ value: Value) { self.value = value }

    public static func encode(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(StoredValue(value)) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    public static func decode(_ text: String) -> Value {
        (try? JSONDecoder().decode(StoredValue.self, from: Data(text.utf8)))?.value ?? .null
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let flag = try? container.decode(Bool.self) {
            value = .boolean(flag)
        } else if let number = try? container.decode(Double.self) {
            value = .number(number)
        } else if let text = try? container.decode(String.self) {
            value = .text(text)
        } else if let items = try? container.decode([StoredValue].self) {
            value = .list(items.map(\.value))
        } else {
            let fields = try container.decode([String: StoredValue].self)
            if fields.count == 1, case .text(let iso)? = fields["$date"]?.value, let date = CalendarDate(iso: iso) {
                value = .date(date)
            } else {
                value = .record(fields.mapValues(\.value))
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch value {
        case .null: try container.encodeNil()
        case .boolean(let flag): try container.encode(flag)
        case .number(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        case .date(let date): try container.encode(["$date": date.description])
        case .list(let items): try container.encode(items.map(StoredValue.init))
        case .record(let fields): try container.encode(fields.mapValues(StoredValue.init))
        }
    }
}
