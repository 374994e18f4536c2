import Foundation

/// Progress of the long per-source algorithms (betweenness, edge betweenness, closeness, harmonic), for callers
/// that show it: set ``reporter`` for the duration of a call with `AlgorithmProgress.$reporter.withValue(r) { … }`.
/// The algorithms read it once on the calling thread and report from their worker threads; without a reporter they
/// do no extra work.
public enum AlgorithmProgress {
    /// The reporter of the algorithm running in this task, if any.
    @TaskLocal public static var reporter: ProgressReporter?
}

/// Counts finished units of work (searches from one source) from any thread and hands the running total to a
/// callback, at most every `interval` seconds and once at the end.
public final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let callback: @Sendable (_ done: Int, _ total: Int) -> Void
    private let interval: TimeInterval
    private var done = 0
    private var lastCall = Date.distantPast

    /// A reporter calling `callback` with (done, total) at most every `interval` seconds.
    public init(interval: TimeInterval = 0.2, _ callback: @escaping @Sendable (_ done: Int, _ total: Int) -> Void) {
        self.interval = interval
        self.callback = callback
    }

    /// Records `units` more finished units out of `total`.
    public func advance(by units: Int, of total: Int) {
        lock.lock()
        done += units
        let now = Date()
        let call = done >= total || now.timeIntervalSince(lastCall) >= interval
        if call { lastCall = now }
        let value = done
        lock.unlock()
        if call { callback(min(value, total), total) }
    }
}
