import Foundation
import Testing
import Graph
@testable import GraphFormats

/// The graph with every attribute value turned into text (what DOT, whose attributes are strings, keeps).
func textual(_ g: KnowledgeGraph) -> KnowledgeGraph {
    var out = KnowledgeGraph(isDirected: g.isDirected, title: g.title)
    out.attributes = g.attributes.mapValues { if case .html = $0 { $0 } else { .string(GraphMLWriter.text($0)) } }
    for var n in g.nodes { n.attributes = n.attributes.mapValues { if case .html = $0 { $0 } else { .string(GraphMLWriter.text($0)) } }; try! out.add(n) }
    for var e in g.edges { e.attributes = e.attributes.mapValues { if case .html = $0 { $0 } else { .string(GraphMLWriter.text($0)) } }; try! out.add(e) }
    for key in g.sourceKeys { try! out.add(g.sources[key]!) }
    return out
}

/// The graph without what GEXF has no place for: graph attributes and the bibliography (the title and the subgraph
/// mark are kept).
func withoutGraphData(_ g: KnowledgeGraph) -> KnowledgeGraph {
    var out = KnowledgeGraph(isDirected: g.isDirected, title: g.title)
    out.attributes = g.attributes.filter { $0.key == "subgraph" }
    for n in g.nodes { try! out.add(n) }
    for e in g.edges { try! out.add(e) }
    return out
}

/// dataset → format → dataset, field by field, for every format that carries attributes.
@Suite struct FormatRoundTripTests {
    static let formats: [GraphFileFormat] = [.graphml, .gexf, .nodeLink, .dot, .dataset]

    private func roundTrip(_ graph: KnowledgeGraph, through format: GraphFileFormat) throws -> KnowledgeGraph {
        let written = try GraphIO.write(graph, as: format); let (text, notKept) = (written.text, written.notKept)
        if format == .gexf {
            let dropped = KnowledgeAttributes.fields(of: graph).map(\.0).filter { $0 != "title" && $0 != "subgraph" }
            #expect(notKept == (dropped.isEmpty ? [] : ["graph attribute\(dropped.count == 1 ? "" : "s") \(dropped.joined(separator: ", ")) (GEXF's <meta> holds only a description, which carries the title)"]))
        } else if format == .dot {
            // DOT attributes are strings, and the export says so when the graph has typed values
            let typed = graph.nodes.contains { $0.attributes.values.contains { if case .string = $0 { false } else { true } } }
            #expect(notKept == (typed ? [notKept.first { $0.hasPrefix("the types of ") } ?? "(no note on types)"] : []), "\(notKept)")
        } else {
            #expect(notKept.isEmpty, "\(format): \(notKept)")
        }
        let data = Data(text.utf8)
        switch format {
        case .graphml: return try GraphMLReader.read(data: data, file: "x.graphml")
        case .gexf: return try GEXFReader.read(data: data, file: "x.gexf")
        case .nodeLink: return try NodeLinkReader.read(data: data, file: "x.json")
        case .dot: return try DOTReader.read(data: data, file: "x.gv")
        case .dataset: return try DatasetReader.read(data: data, file: "x.yaml")
        case .edgeList: return try EdgeListReader.read(data: data, file: "x.edges")
        case .edgeListCSV: return try GraphIO.read(data: data, file: "x.csv", format: .edgeListCSV)
        case .cypher, .tables, .neo4j: return try GraphIO.read(data: data, file: "x", format: format)
        }
    }

    @Test(arguments: formats) func theBundledDatasetRoundTripsFieldByField(_ format: GraphFileFormat) throws {
        let graph = try BundledDataset.load()
        let back = try roundTrip(graph, through: format)
        guard format != .gexf else { return expectSameGraph(withoutGraphData(graph), back) }
        expectSameGraph(graph, back)
        // and the native text is byte-identical
        #expect(try DatasetWriter.write(back).text == DatasetWriter.write(graph).text)
    }

    /// A generic graph with every attribute type, parallel edges, awkward text and weights.
    static func awkwardGraph(directed: Bool) throws -> KnowledgeGraph {
        var g = KnowledgeGraph(isDirected: directed)
        g.attributes = ["name": .string("awkward & <odd> \"graph\""), "count": .int(3)]
        let texts = ["plain", "quote \" inside", "back\\slash", "trailing\\\\", "<b>tag</b> & amp;", "Ünïcödé ✓ 日本", "two\nlines", "node", "#hash", "key: value"]
        for (i, t) in texts.enumerated() {
            try g.add(Node(id: NodeID("n\(i)"), kind: .generic, label: t, provenance: .unspecified,
                           attributes: ["text": .string(t), "i": .int(i - 5), "x": .double(Double(i) / 3), "flag": .bool(i % 2 == 0)]))
        }
        try g.add(Edge(source: "n0", relation: .linked, target: "n1", provenance: .unspecified, weight: 0.5, attributes: ["why": .string("a \"reason\"")]))
        try g.add(Edge(source: "n0", relation: .linked, target: "n1", provenance: .unspecified, weight: 2, key: "second"))
        try g.add(Edge(source: "n2", relation: .linked, target: "n3", provenance: .unspecified, weight: 1e-300))
        try g.add(Edge(source: "n4", relation: .linked, target: "n9", provenance: .unspecified))
        return g
    }

    @Test(arguments: [GraphFileFormat.graphml, .gexf, .nodeLink, .dot, .dataset], [false, true])
    func ourExportsReadBackUnchanged(_ format: GraphFileFormat, directed: Bool) throws {
        let g = try Self.awkwardGraph(directed: directed)
        let back = try roundTrip(g, through: format)
        if format == .dataset {   // the native format requires provenance: the writer cites IMPORTED
            for node in back.nodes { #expect(node.provenance.citations == [Citation(sourceKey: DatasetWriter.importedSourceKey)]) }
            return
        }
        // DOT attributes are text: the values survive, their types do not. GEXF keeps no graph attributes.
        expectSameGraph(format == .dot ? textual(g) : format == .gexf ? withoutGraphData(g) : g, back)
    }

    @Test func edgeListsKeepStructureAndSayWhatTheyDrop() throws {
        let graph = try BundledDataset.load()
        let written = try GraphIO.write(graph, as: .edgeList); let (text, notKept) = (written.text, written.notKept)
        #expect(notKept.contains { $0.contains("kinds, labels, provenance") } && notKept.contains { $0.contains("bibliography") })
        let back = try EdgeListReader.readSnapshot(data: Data(text.utf8), file: "x.edges", options: .init(directed: true))
        #expect(back.graph.nodeCount == graph.nodeCount && back.graph.edgeCount == graph.edgeCount)
        var bad = KnowledgeGraph()
        try bad.add(Node(id: "has space", kind: .generic, label: "x", provenance: .unspecified))
        #expect(throws: GraphWriteError.self) { try GraphIO.write(bad, as: .edgeList) }
    }

    @Test func writersAreDeterministic() throws {
        let graph = try BundledDataset.load()
        for format in GraphFileFormat.allCases where !format.isFolder {
            #expect(try GraphIO.write(graph, as: format).text == GraphIO.write(try BundledDataset.load(), as: format).text)
        }
        #expect(try GraphTables.write(graph) == GraphTables.write(try BundledDataset.load()))
        #expect(try Neo4jImportWriter.files(graph).files.map(\.text) == Neo4jImportWriter.files(try BundledDataset.load()).files.map(\.text))
    }
}

/// Lists stay lists, with their items' types, where the format has lists; elsewhere they are JSON text, and the export
/// says so.
@Suite struct ListAttributeTests {
    static let tags: AttributeValue = .list([.string("a \"quoted\" tag"), .int(3), .double(0.5), .bool(true), .list([.int(1), .int(2)])])

    static func graph() throws -> KnowledgeGraph {
        var g = KnowledgeGraph(isDirected: false)
        g.attributes = ["levels": .list([.int(1), .int(2)])]
        try g.add(Node(id: "a", kind: .generic, label: "a", provenance: .unspecified, attributes: ["tags": tags, "empty": .list([])]))
        try g.add(Node(id: "b", kind: .generic, label: "b", provenance: .unspecified, attributes: ["tags": .list([.string("x")])]))
        try g.add(Edge(source: "a", relation: .linked, target: "b", provenance: .unspecified, attributes: ["hops": .list([.int(4), .int(5)])]))
        return g
    }

    @Test(arguments: [GraphFileFormat.nodeLink, .dataset]) func keptWithTheirTypes(_ format: GraphFileFormat) throws {
        let written = try GraphIO.write(try Self.graph(), as: format)
        #expect(written.notKept.isEmpty)
        let back = try GraphIO.read(data: Data(written.text.utf8), file: "x", format: format)
        #expect(back.node("a")?.attributes["tags"] == Self.tags)
        #expect(back.node("a")?.attributes["empty"] == .list([]))
        #expect(back.edges[0].attributes["hops"] == .list([.int(4), .int(5)]))
        #expect(back.attributes["levels"] == .list([.int(1), .int(2)]))
    }

    @Test(arguments: [GraphFileFormat.graphml, .gexf, .dot]) func writtenAsJSONTextElsewhere(_ format: GraphFileFormat) throws {
        let written = try GraphIO.write(try Self.graph(), as: format)
        if format != .dot { #expect(written.notKept.contains { $0.hasPrefix("the list type of") }) }
        let back = try GraphIO.read(data: Data(written.text.utf8), file: "x", format: format)
        #expect(back.node("a")?.attributes["tags"] == .string(#"["a \u0022quoted\u0022 tag",3,0.5,true,[1,2]]"#))
    }

    @Test func nodeLinkReadsJSONArraysAsListsAndObjectsAsText() throws {
        let json = #"{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": "a", "l": [1, "x", [true]], "o": {"k": 1}, "m": [1, null]}], "edges": []}"#
        let g = try NodeLinkReader.read(data: Data(json.utf8), file: "x.json")
        #expect(g.node("a")?.attributes["l"] == .list([.int(1), .string("x"), .list([.bool(true)])]))
        #expect(g.node("a")?.attributes["o"] == .string(#"{"k":1}"#))
        #expect(g.node("a")?.attributes["m"] == .string("[1,null]"))
    }

    @Test func cypherAndNeo4jWriteListsOfOneTypeAsLists() throws {
        let cypher = try CypherWriter.write(try Self.graph())
        #expect(cypher.text.contains("props: {hops: [4, 5]}"))
        #expect(cypher.notKept.contains { $0.contains("not all of one type") })
        let (files, _) = try Neo4jImportWriter.files(try Self.graph())
        let relationships = files.first { $0.name == Neo4jImportWriter.relationshipsFile }!.text
        #expect(relationships.hasPrefix(":START_ID,:END_ID,:TYPE,hops:long[]") && relationships.contains(",4;5"))
    }
}
