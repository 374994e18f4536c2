import Foundation
import Testing
import Graph

/// Readers that can count their work report it to the task's ``AlgorithmProgress`` reporter: edge lists in bytes,
/// GraphML and GEXF in lines; the last report is the whole file.
@Suite struct ReadProgressTests {
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [(Int, Int)] = []
        func add(_ done: Int, _ total: Int) { lock.withLock { seen.append((done, total)) } }
        var all: [(Int, Int)] { lock.withLock { seen } }
    }

    private func reading(_ body: () throws -> Void) rethrows -> [(Int, Int)] {
        let reports = Reports()
        let reporter = ProgressReporter(interval: 0) { reports.add($0, $1) }
        try AlgorithmProgress.$reporter.withValue(reporter) { try body() }
        return reports.all
    }

    @Test func anEdgeListCountsItsBytes() throws {
        let text = (0..<300_000).map { "\($0) \($0 + 1)\n" }.joined()   // about 4 MB: several reports a MiB apart
        let data = Data(text.utf8)
        let seen = try reading { _ = try EdgeListReader.readSnapshot(data: data, file: "big.edges") }
        #expect(seen.count >= 4)
        #expect(seen.allSatisfy { $0.1 == data.count })
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.0 <= $1.0 })
        #expect(seen.last?.0 == data.count)
    }

    @Test func graphMLAndGEXFCountTheirLines() throws {
        let nodes = (0..<10_000).map { "<node id=\"n\($0)\"/>" }.joined(separator: "\n")
        let graphml = Data("""
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
            \(nodes)
            </graph></graphml>
            """.utf8)
        let lines = graphml.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let seen = try reading { _ = try GraphMLReader.read(data: graphml, file: "g.graphml") }
        #expect(seen.count >= 2 && seen.allSatisfy { $0.1 == lines } && seen.last?.0 == lines)

        let gexf = Data("""
            <?xml version="1.0"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes>
            \((0..<10_000).map { "<node id=\"n\($0)\" label=\"n\($0)\"/>" }.joined(separator: "\n"))
            </nodes><edges></edges></graph></gexf>
            """.utf8)
        let gexfSeen = try reading { _ = try GEXFReader.read(data: gexf, file: "g.gexf") }
        #expect(gexfSeen.count >= 2 && gexfSeen.last?.0 == gexf.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })
    }
}
