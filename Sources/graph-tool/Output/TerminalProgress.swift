import Foundation
import Graph

/// A counter with an estimate of the time left, on standard error when it is a terminal: "betweenness: 4,096 of
/// 20,000 searches (20 %), about 19 s left". Cleared when the work is done. Off with `--quiet`, and off whenever
/// standard error is a pipe or a file, so logs and scripts see nothing.
enum TerminalProgress {
    /// Runs `body` with an ``/GraphCore/AlgorithmProgress`` reporter that draws the counter (when `enabled` and
    /// standard error is a terminal), and clears the line afterwards.
    static func run<T>(_ label: String, enabled: Bool, unit: Unit = .searches, _ body: () throws -> T) throws -> T {
        guard enabled && standardErrorIsTerminal else { return try body() }
        let start = Date()
        let reporter = ProgressReporter { done, total in
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line(label, done: done, total: total, elapsed: Date().timeIntervalSince(start), unit: unit)).utf8))
        }
        defer { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        return try AlgorithmProgress.$reporter.withValue(reporter) { try body() }
    }

    /// What a counter counts.
    enum Unit {
        /// Searches from one source each.
        case searches
        /// Bytes, shown in MB.
        case bytes
        /// Lines of a file.
        case lines
        /// A share of the work, for readers that count in stages of their own (DOT, node-link JSON).
        case share
    }

    /// Runs `body` with `message` on standard error while it runs, and the time so far, ticking (a terminal only,
    /// and not with `enabled` false), for work that cannot count its steps: a Graphviz layout, a file parsed by a
    /// library. With `estimate` (seconds, from a model of measured times) the line also says the time left.
    static func during<T>(_ message: String, enabled: Bool, estimate: TimeInterval? = nil, _ body: () throws -> T) throws -> T {
        guard enabled && standardErrorIsTerminal else { return try body() }
        let start = Date()
        let ticker = Ticker(every: 0.5) {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + message + elapsedText(Date().timeIntervalSince(start), estimate: estimate)).utf8))
        }
        defer {
            ticker.stop()
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
        return try body()
    }

    /// " (3 s so far, about 9 s left)": the time so far, and what is left of an estimate (saying so once the work
    /// runs past it).
    static func elapsedText(_ elapsed: TimeInterval, estimate: TimeInterval?) -> String {
        guard elapsed >= 1 else { return estimate.map { $0 >= 1 ? " (estimated \(duration($0)))" : "" } ?? "" }
        var text = " (\(duration(elapsed)) so far"
        if let estimate {
            text += estimate > elapsed ? ", about \(duration(estimate - elapsed)) left" : ", longer than the \(duration(estimate)) estimated"
        }
        return text + ")"
    }

    private static func duration(_ seconds: TimeInterval) -> String {
        seconds < 60 ? "\(Int(seconds.rounded(.up))) s" : "\(Int((seconds / 60).rounded(.up))) min"
    }

    /// The counter's text: done of total, the share, and the time left at the rate so far (once there is a rate).
    static func line(_ label: String, done: Int, total: Int, elapsed: TimeInterval, unit: Unit = .searches) -> String {
        let percent = total > 0 ? Int(Double(done) * 100 / Double(total)) : 100
        var text: String
        switch unit {
        case .searches: text = "\(label): \(done) of \(total) searches (\(percent) %)"
        case .bytes: text = "\(label): \(done / 1_000_000) of \(total / 1_000_000) MB (\(percent) %)"
        case .lines: text = "\(label): \(done) of \(total) lines (\(percent) %)"
        case .share: text = "\(label): \(percent) %"
        }
        if done > 0 && done < total && elapsed > 0.5 {
            let left = elapsed / Double(done) * Double(total - done)
            text += ", about \(duration(left)) left"
        }
        return text
    }
}

/// Calls `tick` every `interval` seconds on a thread of its own until ``stop()``; the first call comes at once.
private final class Ticker: @unchecked Sendable {
    private let lock = NSCondition()
    private var stopped = false
    private var finished = false

    init(every interval: TimeInterval, _ tick: @escaping @Sendable () -> Void) {
        Thread.detachNewThread { [self] in
            lock.lock()
            while !stopped {
                lock.unlock()
                tick()
                lock.lock()
                if !stopped { _ = lock.wait(until: Date().addingTimeInterval(interval)) }
            }
            finished = true
            lock.broadcast()
            lock.unlock()
        }
    }

    /// Stops the ticks and returns once the last one has been written.
    func stop() {
        lock.lock()
        stopped = true
        lock.broadcast()
        while !finished { lock.wait() }
        lock.unlock()
    }
}
