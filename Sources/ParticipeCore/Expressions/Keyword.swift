/// Words with a meaning of their own; not usable as the first part of a reference.
enum Keyword {
    static let all: Set<String> = ["and", "or", "not", "in", "true", "false", "null"]
}
