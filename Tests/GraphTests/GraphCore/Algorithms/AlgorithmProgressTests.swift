import Foundation
import Testing
import Graph
@testable import GraphCore

/// The per-source algorithms report every search they finish to the task's reporter, from every thread, and end at
/// the total; without a reporter nothing changes.
@Suite struct AlgorithmProgressTests {
    final class Log: @unchecked Sendable {
        let lock = NSLock()
        var calls: [(Int, Int)] = []
        func add(_ done: Int, _ total: Int) { lock.lock(); calls.append((done, total)); lock.unlock() }
    }

    @Test(arguments: [1, 2])
    func searchesAreCountedToTheTotal(threads: Int) throws {
        let g = ReferenceGraph.load("karate").graph
        for run in [{ _ = try g.betweennessCentrality(threads: threads) }, { _ = try g.edgeBetweennessCentrality(threads: threads) },
                    { _ = try g.closenessCentrality(threads: threads) }] as [() throws -> Void] {
            let log = Log()
            let reporter = ProgressReporter(interval: 0) { log.add($0, $1) }
            try AlgorithmProgress.$reporter.withValue(reporter) { try run() }
            #expect(log.calls.last.map { $0 == (34, 34) } == true, "\(log.calls)")
            #expect(zip(log.calls, log.calls.dropFirst()).allSatisfy { $0.0.0 <= $0.1.0 }, "monotone")
        }
        let exact = try g.betweennessCentrality(threads: threads).values
        let reported = try AlgorithmProgress.$reporter.withValue(ProgressReporter { _, _ in }) { try g.betweennessCentrality(threads: threads).values }
        #expect(exact == reported, "reporting changes no result")
    }
}
