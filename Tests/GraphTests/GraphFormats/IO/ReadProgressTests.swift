import Foundation
import Testing
import Graph

/// Readers that can count their work report it to the task's ``AlgorithmProgress`` reporter: edge lists in bytes,
/// GraphML and GEXF in lines, DOT and node-link JSON in two stages (reading the bytes, then building the graph);
/// the last report is the whole.
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
        // numbered (the fast path), with a byte-order mark, and with a name (the general parser)
        for data in [Data(text.utf8), Data(("\u{FEFF}" + text).utf8), Data((text + "a b\n").utf8)] {
            let seen = try reading { _ = try EdgeListReader.readSnapshot(data: data, file: "big.edges") }
            #expect(seen.count >= 4)
            #expect(seen.allSatisfy { $0.1 == data.count })
            #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.0 <= $1.0 })
            #expect(seen.last?.0 == data.count)
        }
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

    /// Reports that only grow, of one total, ending at it, and passing through the middle: the first stage (the
    /// bytes) reports on its own before the second begins.
    private func expectStaged(_ seen: [(Int, Int)], _ what: String) {
        #expect(seen.count >= 4, "\(what): \(seen.count) reports")
        guard let total = seen.first?.1 else { return }
        #expect(seen.allSatisfy { $0.1 == total }, "\(what)")
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.0 <= $1.0 }, "\(what)")
        #expect(seen.last?.0 == total, "\(what)")
        #expect(seen.contains { $0.0 > 0 && $0.0 < total / 2 }, "\(what): no report while the bytes were read")
    }

    @Test func dotAndNodeLinkCountTheirBytesThenTheirRecords() throws {
        let edges = (0..<200_000).map { "  n\($0 % 20_000) -> n\(($0 * 7) % 20_000);" }.joined(separator: "\n")
        let dot = Data("digraph {\n\(edges)\n}\n".utf8)   // about 4 MB
        #expect(dot.count > 3 << 20)
        expectStaged(try reading { _ = try DOTReader.read(data: dot, file: "big.gv") }, "DOT")

        let nodes = (0..<20_000).map { "{\"id\": \"n\($0)\", \"score\": \($0)}" }.joined(separator: ", ")
        let links = (0..<100_000).map { "{\"source\": \"n\($0 % 20_000)\", \"target\": \"n\(($0 * 7 + 1) % 20_000)\", \"key\": \($0)}" }.joined(separator: ", ")
        let json = Data("{\"directed\": true, \"multigraph\": true, \"graph\": {}, \"nodes\": [\(nodes)], \"edges\": [\(links)]}".utf8)
        #expect(json.count > 3 << 20)
        expectStaged(try reading { _ = try NodeLinkReader.read(data: json, file: "big.json") }, "node-link")
    }
}
