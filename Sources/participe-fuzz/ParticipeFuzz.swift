import Foundation
import ParticipeFuzzing

// Built two ways (see scripts/fuzz.sh):
// - with `-sanitize=fuzzer,address -DFUZZING`, libFuzzer's own `main` drives the entry points below, and the
//   target comes from PARTICIPE_FUZZ_TARGET;
// - built normally, it replays files: `participe-fuzz TARGET FILE...`, to reproduce a finding without sanitizers.
// Both print a target's dictionary with `participe-fuzz dictionary TARGET`.

let targetNames = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")

/// Handles `dictionary TARGET`; returns false for other arguments.
func printDictionary(_ arguments: [String]) -> Bool {
    guard arguments.count == 3, arguments[1] == "dictionary" else { return false }
    guard let target = FuzzTarget(rawValue: arguments[2]) else {
        FileHandle.standardError.write(Data("participe-fuzz: unknown target '\(arguments[2])' (\(targetNames))\n".utf8))
        exit(2)
    }
    print(target.dictionary, terminator: "")
    return true
}

#if FUZZING
    /// libFuzzer's entry point for a driver of one's own (SwiftPM links executables with a `main` of theirs, so
    /// libFuzzer's `main` cannot be used); a C function, hence `@_extern(c)`, which needs
    /// `-enable-experimental-feature Extern` (scripts/fuzz.sh passes it).
    @_extern(c, "LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    nonisolated(unsafe) var selectedTarget = FuzzTarget.markdown

    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        selectedTarget.run(bytes)
        return 0
    }

    @main
    struct ParticipeFuzz {
        static func main() {
            if printDictionary(CommandLine.arguments) { return }
            let name = ProcessInfo.processInfo.environment["PARTICIPE_FUZZ_TARGET"] ?? ""
            guard let target = FuzzTarget(rawValue: name) else {
                FileHandle.standardError.write(
                    Data("participe-fuzz: set PARTICIPE_FUZZ_TARGET to one of \(targetNames)\n".utf8))
                exit(2)
            }
            selectedTarget = target
            // Loaded before the first input, so that its time is not counted against a per-input timeout.
            _ = FuzzFixtures.shared
            atexit { FuzzWorkspace.shared.remove() }
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv, fuzzerTestOneInput))
        }
    }
#else
    @main
    struct ParticipeFuzz {
        static func main() {
            let arguments = CommandLine.arguments
            if printDictionary(arguments) { return }
            guard arguments.count >= 3, let target = FuzzTarget(rawValue: arguments[1]) else {
                FileHandle.standardError.write(
                    Data(
                        """
                        usage: participe-fuzz TARGET FILE|FOLDER...   replays inputs through a target
                               participe-fuzz dictionary TARGET       prints the target's libFuzzer dictionary
                        targets: \(targetNames)

                        """.utf8))
                exit(2)
            }
            defer { FuzzWorkspace.shared.remove() }
            for path in arguments.dropFirst(2) {
                for file in files(at: path) {
                    guard let data = FileManager.default.contents(atPath: file) else {
                        FileHandle.standardError.write(Data("participe-fuzz: cannot read '\(file)'\n".utf8))
                        exit(2)
                    }
                    let start = Date()
                    target.run([UInt8](data))
                    print("\(file): ok (\(Int(Date().timeIntervalSince(start) * 1000)) ms)")
                }
            }
        }

        /// `path` itself, or the files of the folder `path`, sorted.
        static func files(at path: String) -> [String] {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                return [path]
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
        }
    }
#endif
