import Foundation
import Graph

/// A counter with an estimate of the time left, on standard error when it is a terminal: "betweenness: 4,096 of
/// 20,000 searches (20 %), about 19 s left". Cleared when the work is done. Off with `--quiet`, and off whenever
/// standard error is a pipe or a file, so logs and scripts see nothing.
enum TerminalProgress {
    /// Runs `body` with an ``/GraphCore/AlgorithmProgress`` reporter that draws the counter (when `enabled` and
    /// standard error is a terminal), and clears the line afterwards.
    static func run<T>(_ label: String, enabled: Bool, _ body: () throws -> T) throws -> T {
        guard enabled && standardErrorIsTerminal else { return try body() }
        let start = Date()
        let reporter = ProgressReporter { done, total in
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line(label, done: done, total: total, elapsed: Date().timeIntervalSince(start))).utf8))
        }
        defer { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        return try AlgorithmProgress.$reporter.withValue(reporter) { try body() }
    }

    /// Runs `body` with `message` on standard error while it runs (a terminal only, and not with `enabled` false),
    /// for work that cannot count its steps: a Graphviz layout, a large file being read.
    static func during<T>(_ message: String, enabled: Bool, _ body: () throws -> T) throws -> T {
        guard enabled && standardErrorIsTerminal else { return try body() }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + message).utf8))
        defer { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        return try body()
    }

    /// The counter's text: done of total, the share, and the time left at the rate so far (once there is a rate).
    static func line(_ label: String, done: Int, total: Int, elapsed: TimeInterval) -> String {
        let percent = total > 0 ? done * 100 / total : 100
        var text = "\(label): \(done) of \(total) searches (\(percent) %)"
        if done > 0 && done < total && elapsed > 0.5 {
            let left = elapsed / Double(done) * Double(total - done)
            text += left < 60 ? ", about \(Int(left.rounded(.up))) s left" : ", about \(Int((left / 60).rounded(.up))) min left"
        }
        return text
    }
}
