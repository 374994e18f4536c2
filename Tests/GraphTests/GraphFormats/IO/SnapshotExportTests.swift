import Foundation
import Graph
@testable import GraphFormats
import Testing

/// The snapshot's export path must write what the model's writers write for the same graph, byte for byte and note
/// for note, and step aside (nil) wherever the model's writer refuses the graph or writes something the snapshot
/// does not hold. The model's writers are the reference implementation here.
@Suite struct SnapshotExportTests {
    static let formats: [(GraphFileFormat, GEXFWriter.Version, NodeLinkWriter.EdgesKey)] = [
        (.graphml, .v1_3, .edges), (.gexf, .v1_3, .edges), (.gexf, .v1_2, .edges), (.nodeLink, .v1_3, .edges),
        (.nodeLink, .v1_3, .links), (.dot, .v1_3, .edges), (.edgeList, .v1_3, .edges), (.edgeListCSV, .v1_3, .edges),
    ]

    static func snapshot(_ text: String, directed: Bool = false, weighted: Bool = false, csv: Bool = false) throws -> GraphSnapshot {
        let options = EdgeListReader.Options(directed: directed, weighted: weighted)
        return csv ? try EdgeListReader.readCSVSnapshot(data: Data(text.utf8), file: "t.csv", options: options)
            : try EdgeListReader.readSnapshot(data: Data(text.utf8), file: "t.edges", options: options)
    }

    /// Compares the two paths in every format; returns the formats the snapshot path wrote (the others returned nil).
    @discardableResult
    static func compare(_ snapshot: GraphSnapshot, sourceLocation: SourceLocation = #_sourceLocation) -> Set<String> {
        let model = snapshot.knowledgeGraph()
        var written: Set<String> = []
        for (format, version, key) in formats {
            let name = "\(format.rawValue) \(version.rawValue) \(key.rawValue)"
            guard let fast = SnapshotExport.write(snapshot, as: format, gexfVersion: version, nodeLinkEdges: key) else { continue }
            written.insert(format.rawValue)
            do {
                let reference = try GraphIO.write(model, as: format, gexfVersion: version, nodeLinkEdges: key)
                #expect(fast.text == reference.text, "\(name): the texts differ", sourceLocation: sourceLocation)
                #expect(fast.notKept == reference.notKept, "\(name): \(fast.notKept) against \(reference.notKept)", sourceLocation: sourceLocation)
            } catch {
                Issue.record("\(name): the model's writer refuses what the snapshot path wrote: \(error)", sourceLocation: sourceLocation)
            }
        }
        return written
    }

    static let all: Set<String> = ["graphml", "gexf", "node-link", "dot", "edgelist", "edgelist-csv"]

    @Test func plainGraphsTakeTheSnapshotPathInEveryFormat() throws {
        #expect(Self.compare(try Self.snapshot("1 2\n2 3\n3 1\n4 4\n")) == Self.all)
        #expect(Self.compare(try Self.snapshot("a b 2.5\nb a 1\nc c 3\nc a 1e-7\n", directed: true, weighted: true)) == Self.all)
        #expect(Self.compare(try Self.snapshot("x y 2\ny z 0.1\n", weighted: true)) == Self.all)
        #expect(Self.compare(try Self.snapshot("source,target,weight\nu,v,3\nv,w,0.5\n", weighted: true, csv: true)) == Self.all)
    }

    @Test func namesThatNeedEscapingAreEscapedAsTheModelsWritersDo() throws {
        // XML entities, JSON and DOT quotes, white space, '#', non-ASCII, names that are not XML names
        let text = #"""
            "a&b" "<x>"
            "say ""hi""" 'quoted'
            "New York" "São Paulo"
            日本 "tab	here"
            1a x/y
            "#hash" back\slash
            """#
        #expect(Self.compare(try Self.snapshot(text)) == Self.all)
        #expect(Self.compare(try Self.snapshot(text, directed: true)) == Self.all)
    }

    @Test func whatOnlyTheModelWritesOrRefusesIsLeftToIt() throws {
        // parallel edges (edge lists are read simple; other snapshots need not be) get keys in the model; an
        // undirected a–b and b–a are parallel too, a directed a → b and b → a are not
        func built(_ ends: [(Int32, Int32)], directed: Bool, kinds: [NodeKind]? = nil, labels: [String]? = nil) -> GraphSnapshot {
            let graph = CompactGraph(nodeCount: 3, isDirected: directed, sources: ends.map(\.0), targets: ends.map(\.1))
            return GraphSnapshot(graph: graph, ids: ["a", "b", "c"], kinds: kinds ?? Array(repeating: .generic, count: 3), labels: labels ?? ["a", "b", "c"])
        }
        for (ends, directed) in [([(Int32(0), Int32(1)), (0, 1)], false), ([(0, 1), (1, 0)], false), ([(2, 2), (2, 2)], true), ([(0, 1), (0, 1)], true)] {
            #expect(Self.compare(built(ends, directed: directed)).isEmpty, "\(ends)")
        }
        #expect(Self.compare(built([(0, 1), (1, 0), (2, 2)], directed: true)) == Self.all)
        // typed nodes and labels other than the names are the model's
        #expect(Self.compare(built([(0, 1)], directed: false, kinds: [.generic, .practice, .generic])).isEmpty)
        #expect(Self.compare(built([(0, 1)], directed: false, labels: ["a", "B", "c"])).isEmpty)
        // names DOT has no exact form for, or Graphviz reserves
        for name in [#"end\"#, "%anon", #"\N"#] {
            let written = Self.compare(try Self.snapshot("\"\(name)\" b\n"))
            #expect(!written.contains("dot") && written.contains("graphml"), "\(name): \(written)")
            #expect(throws: GraphWriteError.self) { try GraphIO.write(try Self.snapshot("\"\(name)\" b\n").knowledgeGraph(), as: .dot) }
        }
        // a character XML 1.0 cannot carry: GraphML and GEXF refuse it
        let unwritable = try Self.snapshot("\"a\u{FFFE}\" b\n")
        let written = Self.compare(unwritable)
        #expect(!written.contains("graphml") && !written.contains("gexf") && written.contains("dot"), "\(written)")
        #expect(throws: GraphWriteError.self) { try GraphIO.write(unwritable.knowledgeGraph(), as: .graphml) }
    }

    /// Random graphs over a small alphabet of awkward names, directed or not, weighted or not: whenever the snapshot
    /// path writes, it writes what the model writes; and it writes most of them (the alphabet makes parallel edges
    /// and unwritable names rare, not absent).
    @Test func randomGraphsAgree() throws {
        let alphabet = ["0", "17", "a", "b c", "d&e", "<f>", "g\"h", "ü", "i#j", "k,l", "-m", "n.o", "p:q", "r/s", "t'u"]
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var wrote = 0
        for round in 0..<60 {
            let directed = round % 2 == 0, weighted = round % 3 == 0
            var seen = Set<[Int]>(), lines: [String] = []
            for _ in 0..<(1 + next(12)) {
                let u = next(alphabet.count), v = next(alphabet.count)
                guard seen.insert(directed ? [u, v] : [min(u, v), max(u, v)]).inserted else { continue }
                let quote = { (s: String) in "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                lines.append("\(quote(alphabet[u])) \(quote(alphabet[v]))" + (weighted ? " \(Double(next(1000)) / 8)" : ""))
            }
            let snapshot = try Self.snapshot(lines.joined(separator: "\n") + "\n", directed: directed, weighted: weighted)
            if Self.compare(snapshot) == Self.all { wrote += 1 }
        }
        #expect(wrote == 60, "the snapshot path wrote \(wrote) of 60 graphs without parallel edges in every format")
    }
}
