import Foundation
import Testing
import Graph
@testable import GraphFormats

/// The Cypher script's shape and its refusals. That an engine runs it and loads the right graph is checked by the
/// interoperability suite against FalkorDB (Tests/Interop).
@Suite struct CypherWriterTests {
    @Test func namesFollowNeo4jConventions() {
        #expect(CypherWriter.label(of: .victimGroup) == "VictimGroup" && CypherWriter.label(of: .practice) == "Practice")
        #expect(CypherWriter.type(of: .amountsTo) == "AMOUNTS_TO")
        #expect(CypherWriter.propertyKey("weight") == "weight" && CypherWriter.propertyKey("viz.color") == "`viz.color`")
        #expect(CypherWriter.propertyKey("odd`name") == "`odd``name`" && CypherWriter.propertyKey("1st") == "`1st`")
    }

    @Test func textIsQuotedAndEveryStatementIsOneLine() throws {
        var g = KnowledgeGraph(isDirected: false)
        try g.add(Node(id: "it's", kind: .generic, label: "it's", provenance: .unspecified,
                       attributes: ["text": .string("back\\slash, 'quote', two\nlines, tab\t, 日本"), "n": .int(3), "x": .double(0.25), "b": .bool(false)]))
        try g.add(Node(id: "b", kind: .generic, label: "b", provenance: .unspecified))
        try g.add(Edge(source: "it's", relation: .linked, target: "b", provenance: .unspecified, weight: 2, key: "k1"))
        try g.add(Edge(source: "it's", relation: .linked, target: "b", provenance: .unspecified, weight: 3, key: "k2"))
        let text = try CypherWriter.write(g).text
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("//") || $0.hasSuffix(";") })
        #expect(text.contains(#"{id: 'it\'s', props: {b: false, label: 'it\'s', n: 3, text: 'back\\slash, \'quote\', two\nlines, tab\t, 日本', x: 0.25}}"#))
        #expect(text.contains("MERGE (n:Node {id: row.id}) SET n += row.props;"))
        #expect(text.contains("MERGE (a)-[r:LINKED {key: row.k}]->(b) SET r += row.props;"))
        #expect(text.contains("the graph is undirected"))
    }

    @Test func largeGraphsAreBatched() throws {
        var g = KnowledgeGraph(isDirected: true)
        for i in 0..<(CypherWriter.batchSize + 1) { try g.add(Node(id: NodeID("n\(i)"), kind: .generic, label: "n\(i)", provenance: .unspecified)) }
        let statements = try CypherWriter.write(g).text.split(separator: "\n").filter { $0.hasPrefix("UNWIND") }
        #expect(statements.count == 2)
    }

    @Test func controlCharactersAndNonFiniteNumbersAreRefused() throws {
        var g = KnowledgeGraph(isDirected: true)
        try g.add(Node(id: "a", kind: .generic, label: "a", provenance: .unspecified, attributes: ["bell": .string("ding\u{7}"), "x": .double(.infinity)]))
        do {
            _ = try CypherWriter.write(g)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.problems.count == 2 && error.problems.allSatisfy { $0.hasPrefix("node 'a'") }, "\(error.problems)")
        }
    }

    @Test func aCypherScriptIsNotRead() {
        #expect(!GraphFileFormat.cypher.isReadable && !GraphFileFormat.readable.contains(.cypher))
        #expect(throws: GraphInputError.self) { try GraphIO.read(data: Data("RETURN 1;".utf8), file: "x.cypher", format: .cypher) }
    }
}
