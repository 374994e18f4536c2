import Foundation
import Graph
@_spi(Testing) import GraphFormats

/// libFuzzer's entry point for programs that have their own `main` (FuzzerDriver.cpp). SwiftPM links an executable
/// with `--defsym main=<module>_main`, so libFuzzer's own `main` is never pulled in and the Swift top-level code runs
/// first and hands over to this.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The reader under test, set once before libFuzzer starts calling back (the callback cannot capture it).
nonisolated(unsafe) private var readerUnderTest: GraphFileFormat = .dataset

/// With `FUZZ_FAST_PATHS_ONLY` set, only the fast paths are checked against their full readers, not the round trip:
/// 60–90 times the executions a second (graphml, gexf, dot, 2026-12-04), and a corpus that grows where they branch.
private let fastPathsOnly = ProcessInfo.processInfo.environment["FUZZ_FAST_PATHS_ONLY"] != nil

/// One input: read it; when the reader accepts it, every export of the graph must read back as the same graph (and
/// the fast paths, the edge list's numbered one and the plain readers of GraphML, GEXF and DOT, must read it as the
/// full readers do).
/// A broken property stops the process (`fatalError`), which libFuzzer records as a crash with the input. Exported
/// under libFuzzer's conventional name too, which its driver's object file refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    if readerUnderTest == .edgeList {
        let disagreements = RoundTrip.numberedFastPathDisagreements(data)
        if !disagreements.isEmpty { fatalError("the numbered fast path and the general parser disagree: " + disagreements.joined(separator: "; ")) }
    }
    // GraphML, GEXF and DOT (other formats have no plain reader: nothing to compare)
    let disagreements = RoundTrip.plainReaderDisagreements(data, as: readerUnderTest)
    if !disagreements.isEmpty { fatalError("the plain reader and the full reader disagree: " + disagreements.joined(separator: "; ")) }
    guard !fastPathsOnly, let graph = RoundTrip.read(data, as: readerUnderTest) else { return 0 }
    let problems = RoundTrip.problems(of: graph)
    if !problems.isEmpty { fatalError("round trip broken for a \(readerUnderTest.rawValue) input: " + problems.joined(separator: "; ")) }
    return 0
}

public enum FuzzDriver {
    /// Runs libFuzzer over `reader` with the process's arguments (libFuzzer's flags and corpus folders).
    public static func run(_ reader: GraphFileFormat) -> Never {
        readerUnderTest = reader
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
    }
}
