import Foundation
import Testing

/// Compares `actual` with a golden file; re-records the file instead when `PARTICIPE_RECORD=1`.
///
/// - Parameter path: relative to `Tests/Fixtures` (as `golden/demo/synthese.md`), or absolute.
///   Review a re-recorded file in `git diff` before committing it.
public func assertGolden(_ actual: String, path: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let file = path.hasPrefix("/") ? path : Fixtures.path(path)
    if ProcessInfo.processInfo.environment["PARTICIPE_RECORD"] == "1" {
        do {
            let folder = (file as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: URL(fileURLWithPath: file))
        } catch {
            Issue.record("cannot record the golden file '\(file)': \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: file) else {
        Issue.record(
            "no golden file '\(file)': run the tests with PARTICIPE_RECORD=1 to record it, then review it",
            sourceLocation: sourceLocation)
        return
    }
    assertLines(
        actual, String(decoding: data, as: UTF8.self),
        "output differs from the golden file \(path) (PARTICIPE_RECORD=1 re-records it)",
        sourceLocation: sourceLocation)
}
