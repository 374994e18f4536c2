import Foundation
import Testing
import Graph
@testable import GraphFormats

/// Spreadsheet tables (nodes.csv, edges.csv in Gephi's columns) and Neo4j's import files.
@Suite struct GraphTablesTests {
    @Test func rfc4180QuotingRoundTrips() throws {
        let fields = ["plain", "comma, inside", "quote \" inside", "two\nlines", " padded ", "", "日本", "crlf\r\nend"]
        let records = try CSV.records(CSV.line(fields) + CSV.line(["x"]), file: "t.csv")
        #expect(records.count == 2 && records[1].line == 4)
        #expect(records[0].fields == fields, "\(records[0].fields.map(\.debugDescription))")
        #expect(CSV.field("a,b") == "\"a,b\"" && CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"" && CSV.field("x") == "x")
        // Excel's byte-order mark and LF-only files
        #expect(try CSV.records("\u{FEFF}Id\na\n", file: "t.csv").map(\.fields) == [["Id"], ["a"]])
    }

    @Test func badCSVIsLocated() {
        func failure(_ text: String) -> Diagnostic? {
            do { _ = try CSV.records(text, file: "t.csv"); return nil } catch { return error.diagnostics.first }
        }
        let open = failure("Id,Label\na,\"never closed\n")
        #expect(open?.line == 2 && open?.column == 3 && open?.message.contains("never closed") == true)
        let after = failure("Id\n\"a\"b\n")
        #expect(after?.line == 2 && after?.column == 4)
    }

    @Test func attributeColumnsAreCaseSensitiveAndGephisAreNot() throws {
        // DOT attributes taillabel and tailLabel are two attributes, so two columns (the fuzzer found the reader
        // taking them for one column twice)
        var g = KnowledgeGraph(isDirected: true)
        try g.add(Node(id: "a", kind: .generic, label: "a", provenance: .unspecified, attributes: ["club": .string("x"), "Club": .string("y")]))
        try g.add(Node(id: "b", kind: .generic, label: "b", provenance: .unspecified))
        try g.add(Edge(source: "a", relation: .linked, target: "b", provenance: .unspecified, attributes: ["taillabel": .string("1"), "tailLabel": .string("2")]))
        let (nodes, edges, _) = try GraphTables.write(g)
        let back = try GraphTables.read(nodes: nodes, edges: edges)
        #expect(back.node("a")?.attributes == ["club": .string("x"), "Club": .string("y")])
        #expect(back.edges[0].attributes == ["taillabel": .int(1), "tailLabel": .int(2)])
        // Gephi's own columns in any case, and twice is still an error
        let upper = try GraphTables.read(nodes: "ID,LABEL\r\na,A\r\n", edges: "SOURCE,TARGET,TYPE\r\na,a,Directed\r\n")
        #expect(upper.node("a")?.label == "A" && upper.edgeCount == 1)
        #expect(throws: GraphInputError.self) { try GraphTables.read(nodes: "Id,id\r\na,a\r\n", edges: nil) }
    }

    @Test func aNodeNamedByTheEmptyTextIsRefused() throws {
        // DOT allows a node named "" (the fuzzer wrote it as an empty Id cell, which reads as no Id)
        let g = try DOTReader.read(data: Data(#"digraph { "" -> a }"#.utf8), file: "g.gv")
        #expect(g.contains(NodeID("")))
        #expect(throws: GraphWriteError.self) { try GraphTables.write(g) }
    }

    @Test func theBundledDatasetKeepsItsNodesAndEdges() throws {
        let graph = try BundledDataset.load()
        let (nodes, edges, notKept) = try GraphTables.write(graph)
        #expect(notKept.contains { $0.hasPrefix("graph data bibliography") })
        let back = try GraphTables.read(nodes: nodes, edges: edges)
        #expect(back.nodes == graph.nodes && back.edges == graph.edges && back.isDirected == graph.isDirected)
    }

    @Test(arguments: [false, true]) func aGenericGraphKeepsValuesTypesAndKeys(_ directed: Bool) throws {
        let g = try FormatRoundTripTests.awkwardGraph(directed: directed)
        let (nodes, edges, _) = try GraphTables.write(g)
        let back = try GraphTables.read(nodes: nodes, edges: edges)
        #expect(back.isDirected == directed)
        #expect(back.nodes == g.nodes, "\(zip(back.nodes, g.nodes).first { $0 != $1 }.map { "\($0)\n\($1)" } ?? "")")
        #expect(back.edges == g.edges, "\(zip(back.edges, g.edges).first { $0 != $1 }.map { "\($0)\n\($1)" } ?? "")")
    }

    @Test func gephiStyleTablesRead() throws {
        let nodes = "Id,Label,Modularity Class,size\r\nn0,Myriel,0,12.5\r\nn1,Napoleon,0,007\r\n"
        let edges = "Source,Target,Type,Id,Label,Weight\r\nn1,n0,Undirected,0,,1.0\r\nn0,n1,Undirected,1,family,2\r\n"
        let g = try GraphTables.read(nodes: nodes, edges: edges)
        #expect(!g.isDirected && g.nodeCount == 2 && g.edgeCount == 2)
        #expect(g.node("n0")?.label == "Myriel" && g.node("n0")?.attributes["Modularity Class"] == .int(0) && g.node("n0")?.attributes["size"] == .double(12.5))
        #expect(g.node("n1")?.attributes["size"] == .string("007"), "a text that is not how a number is written stays text")
        #expect(g.edges[1].attributes == ["label": .string("family"), "id": .string("1")] && g.edges[1].weight == 2 && g.edges[1].weightIsInteger)
        // edges only: the nodes are the edges' ends
        let only = try GraphTables.read(nodes: nil, edges: "Source,Target\na,b\nb,c\n")
        #expect(only.nodeCount == 3 && !only.isDirected)
    }

    @Test func badRowsNameFileLineAndColumn() {
        func problems(_ nodes: String?, _ edges: String?) -> [Diagnostic] {
            do { _ = try GraphTables.read(nodes: nodes, edges: edges, nodesFile: "n.csv", edgesFile: "e.csv"); return [] } catch { return error.diagnostics }
        }
        let missing = problems("Label\nA\n", nil)
        #expect(missing.first?.file == "n.csv" && missing.first?.message.contains("no 'Id' column") == true)
        let wide = problems("Id,Label\na,A,extra\n", nil)
        #expect(wide.first?.line == 2 && wide.first?.column == 5)
        let edges = problems("Id\na\nb\n", "Source,Target,Type,Weight\na,b,Directed,heavy\na,zz,Directed,1\nb,a,Sideways,1\n")
        #expect(edges.contains { $0.file == "e.csv" && $0.line == 2 && $0.column == 14 && $0.field == "Weight" })
        #expect(edges.contains { $0.line == 3 && $0.column == 3 && $0.message.contains("'zz'") })
        #expect(edges.contains { $0.line == 4 && $0.column == 5 && $0.field == "Type" })
        let duplicate = problems("Id\na\na\n", nil)
        #expect(duplicate.first?.line == 3 && duplicate.first?.message.contains("duplicate node Id 'a'") == true)
    }

    @Test func attributesNamedLikeGephisColumnsAreRefused() throws {
        var g = KnowledgeGraph(isDirected: false)
        try g.add(Node(id: "a", kind: .generic, label: "a", provenance: .unspecified, attributes: ["ID": .int(1)]))
        try g.add(Node(id: "b", kind: .generic, label: "b", provenance: .unspecified))
        try g.add(Edge(source: "a", relation: .linked, target: "b", provenance: .unspecified, attributes: ["type": .string("x")]))
        do { _ = try GraphTables.write(g); Issue.record("expected a refusal") } catch { #expect(error.problems.count == 2) }
    }

    @Test func neo4jImportHeadersAreTyped() throws {
        let (files, _) = try Neo4jImportWriter.files(try FormatRoundTripTests.awkwardGraph(directed: true))
        let byName = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.text) })
        let nodeHeader = try CSV.records(try #require(byName["nodes.csv"]), file: "nodes.csv")[0].fields
        #expect(nodeHeader == ["id:ID", ":LABEL", "flag:boolean", "i:long", "label", "text", "x:double"])
        let relHeader = try CSV.records(try #require(byName["relationships.csv"]), file: "r.csv")[0].fields
        #expect(relHeader == [":START_ID", ":END_ID", ":TYPE", "key", "weight:double", "why"])
        let dataset = try Neo4jImportWriter.files(try BundledDataset.load()).files
        let rows = try CSV.records(dataset[0].text, file: "nodes.csv")
        #expect(rows.count == 173 && rows[1].fields[1] == "Node;TerroristGroup")
        #expect(dataset[2].text.contains("--array-delimiter=';'"))
    }
}
