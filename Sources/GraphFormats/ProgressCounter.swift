import Foundation
import GraphCore

/// A reader's progress as a running count out of `total` units, handed to the task's
/// ``/GraphCore/AlgorithmProgress`` reporter as increments; nil when no reporter is set. `set(_:)` may be called from
/// any thread, with counts that only grow.
final class ProgressCounter: @unchecked Sendable {
    private let reporter: ProgressReporter
    private let total: Int
    private let lock = NSLock()
    private var reported = 0

    init?(total: Int) {
        guard let reporter = AlgorithmProgress.reporter, total > 0 else { return nil }
        self.reporter = reporter
        self.total = total
    }

    func set(_ done: Int) {
        lock.lock()
        let step = min(done, total) - reported
        if step > 0 { reported += step }
        lock.unlock()
        if step > 0 { reporter.advance(by: step, of: total) }
    }
}
