import Foundation
import GraphCore

/// A reader's progress as a running count out of `total` units, handed to the task's
/// ``/GraphCore/AlgorithmProgress`` reporter as increments; nil when no reporter is set. `set(_:)` may be called from
/// any thread, with counts that only grow; the two-stage calls, from the reading thread only.
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

    // MARK: Two stages: the bytes read (the first half of `total`), then the records built (the second)

    private var records = 1, built = 0

    /// The first stage is done; the second adds `records` nodes and edges.
    func beginBuilding(records: Int) {
        self.records = max(records, 1)
        set(total / 2)
    }

    /// One more record added (reported every 4,096 and at the last).
    func recordBuilt() {
        built += 1
        if built % 4096 == 0 || built == records { set(total / 2 + Int(Double(total - total / 2) * Double(built) / Double(records))) }
    }

    /// All done (whatever was counted on the way).
    func finish() { set(total) }
}
