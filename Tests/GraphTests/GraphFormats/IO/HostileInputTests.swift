import Foundation
import Testing
import Graph
import GraphvizBridge
@testable import GraphFormats

/// Input as a hostile or careless file would give it: every reader either returns the whole graph or a typed error
/// naming the file (and line/column where there is one), never a crash, a hang or half a graph.
@Suite struct HostileInputTests {
    private func failure(_ format: GraphFileFormat, _ bytes: [UInt8], limits: ReadLimits = .default) -> Diagnostic? {
        let data = Data(bytes)
        do {
            switch format {
            case .dataset: _ = try DatasetReader.read(data: data, file: "in.yaml")
            case .graphml: _ = try GraphMLReader.read(data: data, file: "in.graphml")
            case .gexf: _ = try GEXFReader.read(data: data, file: "in.gexf")
            case .nodeLink: _ = try NodeLinkReader.read(data: data, file: "in.json")
            case .dot: _ = try DOTReader.read(data: data, file: "in.gv", limits: limits)
            case .edgeList: _ = try EdgeListReader.readSnapshot(data: data, file: "in.edges")
            case .edgeListCSV: _ = try EdgeListReader.readCSVSnapshot(data: data, file: "in.csv")
            case .cypher, .tables, .neo4j: _ = try GraphIO.read(data: data, file: "in", format: format)
            }
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    private func failure(_ format: GraphFileFormat, _ text: String, limits: ReadLimits = .default) -> Diagnostic? {
        failure(format, Array(text.utf8), limits: limits)
    }

    // MARK: - What crashed Foundation's XMLParser

    @Test func nonUTF8ByteInAnXMLNameIsAnErrorNotACrash() throws {
        let graphml = try #require(failure(.graphml, Array("<graphml><".utf8) + [0xE1] + Array("raph/></graphml>".utf8)))
        #expect(graphml.file == "in.graphml" && graphml.line == 1 && graphml.column == 11 && graphml.message.contains("invalid UTF-8 (byte 0xE1"))
        let gexf = try #require(failure(.gexf, Array("<gexf><".utf8) + [0xE1] + Array("raph/></gexf>".utf8)))
        #expect(gexf.file == "in.gexf" && gexf.line == 1 && gexf.column == 8)
        // in an attribute name too
        #expect(failure(.graphml, Array("<graphml><graph a".utf8) + [0xFF] + Array("=\"1\"/></graphml>".utf8))?.message.contains("invalid UTF-8") == true)
    }

    @Test func processingInstructionWithoutDataIsAnErrorNotACrash() throws {
        let d = try #require(failure(.graphml, "<graphml><?pi?></graphml>"))
        #expect(d.line == 1 && d.column == 10 && d.message.contains("processing instruction '<?pi?>' has no data"))
        #expect(failure(.gexf, "<gexf>\n  <?x?></gexf>")?.line == 2)
        // with data, and the XML declaration, all is well
        #expect(failure(.graphml, "<?xml version=\"1.0\"?><graphml><?pi data?><graph edgedefault=\"directed\"/></graphml>") == nil)
    }

    @Test func dtdEntitiesAreRefusedNotDropped() throws {
        let declared = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY hi "hello">]>
            <graphml><graph edgedefault="undirected"><node id="n1"/></graph></graphml>
            """
        let i = try #require(failure(.graphml, declared))
        #expect(i.line == 2 && i.message.contains("declares an entity"))
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml SYSTEM "x.dtd">
            <graphml><key id="d0" for="node" attr.name="label" attr.type="string"/><graph edgedefault="undirected">
            <node id="n1"><data key="d0">A&ext;B</data></node><node id="n2"/></graph></graphml>
            """
        let e = try #require(failure(.graphml, external))
        #expect(e.line == 4 && e.column == 31 && e.message.contains("'&ext;'"))
        // the five XML entities and character references are read
        let fine = """
            <graphml><key id="d0" for="node" attr.name="label" attr.type="string"/><graph edgedefault="undirected">
            <node id="n1"><data key="d0">A&amp;&lt;&#66;&#x43;</data></node></graph></graphml>
            """
        #expect(try GraphMLReader.read(data: Data(fine.utf8), file: "f.graphml").node("n1")?.label == "A&<BC")
    }

    @Test func xmlDeclaringAnotherEncodingIsRefused() {
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><graphml><graph><node id=\"caf\u{E9}\"/></graph></graphml>".utf8)
        #expect(failure(.graphml, latin1)?.message.contains("only UTF-8 is read") == true)
    }

    /// libxml2's codes in words (23, 38, 39, 40 and 64 were described wrongly, others printed as bare codes).
    @Test func libxml2ErrorsAreDescribedInWords() throws {
        let cases: [(String, String)] = [
            ("<graphml>&amp</graphml>", "entity reference without its ';' (write &amp; for a literal '&') (libxml2 error 23)"),
            ("<graphml a=\"<\"/>", "'<' inside an attribute value (write &lt;) (libxml2 error 38)"),
            ("<graphml a=1/>", "attribute value not started (it needs quotes) (libxml2 error 39)"),
            ("<graphml a=\"1/>", "attribute value not finished (missing closing quote) (libxml2 error 40)"),
            (" <?xml version=\"1.0\"?><graphml/>", "the XML declaration must come first (libxml2 error 64)"),
        ]
        for (text, words) in cases {
            let d = try #require(failure(.graphml, text), "\(text)")
            #expect(d.line == 1 && d.column != nil && d.message.hasPrefix("malformed XML: ") && d.message.hasSuffix(words), "\(d.message)")
        }
        #expect(XMLEventReader.libxml2Errors.count == 111 && (1...111).allSatisfy { XMLEventReader.libxml2Errors[$0] != nil })
    }

    // MARK: - DOT: one whole graph or an error

    @Test func graphvizStackExhaustionIsAnErrorNotHalfAGraph() throws {
        let chain = "digraph {" + (0..<6000).map { "a\($0)" }.joined(separator: " -> ") + "}"
        let d = try #require(failure(.dot, chain))
        #expect(d.message.contains("memory exhausted") && d.message.contains("split long edge chains"))
        let nested = "digraph { x -> y " + String(repeating: "{", count: 20_000) + "a" + String(repeating: "}", count: 20_000) + "}"
        #expect(failure(.dot, nested)?.message.contains("nested more than 1000 deep") == true)
    }

    @Test func textAfterTheGraphIsAnError() throws {
        for text in ["digraph { a -> b }\nxdigraph { c }\n", "digraph { a -> b }\ndigraph { c -> d }\n"] {
            let d = try #require(failure(.dot, text))
            #expect(d.line == 2 && d.column == 1 && d.message.contains("text after the end of the graph"))
        }
        #expect(failure(.dot, "digraph { a } // a comment\n/* and another */\n") == nil)
    }

    @Test func oneParseDoesNotLeakIntoTheNext() throws {
        // Graphviz reads the first graph and keeps the rest of its line in the lexer's buffer (its memory reader
        // hands the lexer a line at a time); without a flush the next parse began with it ("syntax error near
        // 'xdigraph'"; checked by running this with the flushes removed). DOTReader refuses such text before Graphviz
        // sees it, so this goes to the bridge's parse, which any module of the package may call.
        let first = try GraphvizSession.parse(dot: Data("digraph { a -> b } xdigraph { c }\n".utf8))
        #expect(first.nodes.map(\.name) == ["a", "b"])
        let next = try DOTReader.read(data: Data("digraph { p -> q }".utf8), file: "next.gv")
        #expect(next.nodes.map(\.id.rawValue) == ["p", "q"] && next.edgeCount == 1)
        // and after a syntax error
        #expect(failure(.dot, "digraph { a -> ; x -> y }") != nil)
        #expect(try DOTReader.read(data: Data("graph { r -- s }".utf8), file: "again.gv").edgeCount == 1)
    }

    @Test func edgeExpansionAndStringLengthHaveLimitsThatCanBeRaised() throws {
        let bomb = "digraph { {" + (0..<2000).map { "a\($0)" }.joined(separator: " ") + "} -> {" + (0..<2000).map { "b\($0)" }.joined(separator: " ") + "} }"
        let started = Date()
        let d = try #require(failure(.dot, bomb))
        #expect(d.message.contains("expand to more than 500000 edges") && d.exceededLimit == .expandedEdges)
        #expect(Date().timeIntervalSince(started) < 2)
        let small = "digraph { {a b c} -> {d e f g} }"
        #expect(failure(.dot, small, limits: ReadLimits(maxExpandedEdges: 11)) != nil)
        #expect(try DOTReader.read(data: Data(small.utf8), file: "s.gv", limits: ReadLimits(maxExpandedEdges: 12)).edgeCount == 12)
        let long = "digraph { a [label=\"" + String(repeating: "x", count: 2 << 20) + "\"] }"
        #expect(failure(.dot, long)?.message.contains("longer than the limit of 1048576") == true)
        #expect(failure(.dot, long, limits: ReadLimits(maxStringLength: 3 << 20)) == nil)
    }

    @Test func unterminatedDOTConstructsAreRefusedBeforeGraphviz() {
        #expect(failure(.dot, "digraph { a /* never closed")?.message.contains("unterminated comment") == true)
        #expect(failure(.dot, "digraph { a [label=<b>never</b] }")?.message.contains("unterminated HTML-like string") == true)
        #expect(failure(.dot, "digraph {\n a [label=\"open }")?.line == 2)
    }

    @Test func dotBytesMustBeUTF8UnlessLatin1IsDeclared() throws {
        let bad = try #require(failure(.dot, Array("digraph { a [label=\"caf".utf8) + [0xE9] + Array("\"] }".utf8)))
        #expect(bad.line == 1 && bad.column == 24 && bad.message.contains("charset=latin1"))
        let latin1 = try DOTReader.read(data: Data(Array("digraph { charset=latin1; a [label=\"caf".utf8) + [0xE9] + Array("\"] }".utf8)), file: "l.gv")
        #expect(latin1.node("a")?.label == "café" && latin1.attributes["charset"] == nil)
    }

    // MARK: - Time bombs in the dataset format

    @Test func yamlAliasesAreRefusedBeforeTheyExpand() throws {
        var lines = ["format: intersection-graph/1", "sources: {}", "a0: &a0 [x, y]"]
        for i in 1..<12 { lines.append("a\(i): &a\(i) { ? *a\(i - 1) : *a\(i - 1), ? [*a\(i - 1)] : 1 }") }
        lines += ["nodes: []", "edges: []"]
        let started = Date()
        let d = try #require(failure(.dataset, lines.joined(separator: "\n")))
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(d.line == 4 && d.column == 13 && d.message.contains("alias '*a0' is not allowed"))
        let deep = "format: intersection-graph/1\nx: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(failure(.dataset, deep) != nil)
    }

    @Test func aDatasetCutShortBeforeItsEdgesIsRefused() throws {
        let text = try String(contentsOf: try BundledDataset.url(), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines.prefix(lines.count / 2).joined(separator: "\n") + "\n"
        #expect(!cut.contains("\nedges:"))
        let d = try #require(failure(.dataset, cut))
        #expect(d.field == "edges" && d.message.contains("cut short"))
    }

    // MARK: - Consistent treatment across formats

    @Test func everyReaderAcceptsAByteOrderMark() throws {
        let bom = TextInput.byteOrderMark
        let inputs: [(GraphFileFormat, String)] = [
            (.dataset, "format: intersection-graph/1\nsources: {}\nnodes: []\nedges: []\n"),
            (.graphml, "<graphml><graph edgedefault=\"undirected\"><node id=\"a\"/></graph></graphml>"),
            (.gexf, "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph><nodes><node id=\"a\" label=\"a\"/></nodes></graph></gexf>"),
            (.nodeLink, "{\"nodes\": [{\"id\": \"a\"}], \"links\": []}"),
            (.dot, "graph { a }"),
            (.edgeList, "a b\n"),
        ]
        for (format, text) in inputs {
            #expect(failure(format, bom + Array(text.utf8)) == nil, "\(format)")
        }
        // and the mark is not part of the first name
        #expect(try EdgeListReader.readSnapshot(data: Data(bom + Array("a b\n".utf8)), file: "e").ids.first == "a")
    }

    @Test func largeJSONIntegerIDsStayText() throws {
        let g = try NodeLinkReader.read(data: Data("{\"nodes\": [{\"id\": 12345678901234567890123}, {\"id\": -99999999999999999999}], \"links\": []}".utf8), file: "b.json")
        #expect(g.nodes.map(\.id.rawValue) == ["12345678901234567890123", "-99999999999999999999"])
        #expect(failure(.nodeLink, "{\"nodes\": [{\"id\": \"\\uD800\"}], \"links\": []}")?.message.contains("unpaired UTF-16 surrogate") == true)
    }

    @Test func negativeWeightsAreRefusedWithFileAndLineByMeasuresThatNeedThemNonNegative() throws {
        let graphml = """
            <graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/><graph edgedefault="directed">
            <node id="a"/><node id="b"/><node id="c"/>
            <edge source="a" target="b"><data key="w">-1.5</data></edge><edge source="b" target="c"/></graph></graphml>
            """
        var view = AnalysisGraph(try GraphMLReader.read(data: Data(graphml.utf8), file: "n.graphml"), directed: true)
        view.origin = "n.graphml"
        for measure in [CentralityMeasure.pagerank, .katz, .hits, .eigenvector, .betweenness, .closeness, .harmonic] {
            var request = CentralityRequest(measure: measure)
            request.weighted = true
            #expect(throws: AlgorithmError.negativeEdgeWeight(source: "a", target: "b", weight: -1.5, measure: measure.rawValue, location: "n.graphml:3")) {
                try view.rankNodes(request)
            }
        }
        var degree = CentralityRequest(measure: .degree)
        degree.weighted = true
        #expect(throws: Never.self) { try view.rankNodes(degree) }   // strength may be signed
        var unweighted = CentralityRequest(measure: .pagerank)
        unweighted.weighted = false
        #expect(throws: Never.self) { try view.rankNodes(unweighted) }
        // edge lists locate the line too
        var edges = AnalysisGraph(snapshot: try EdgeListReader.readSnapshot(data: Data("a b 1\nb c -2\n".utf8), file: "n.edges", options: .init(weighted: true)))
        edges.origin = "n.edges"
        var pagerank = CentralityRequest(measure: .pagerank)
        pagerank.weighted = true
        #expect(throws: AlgorithmError.negativeEdgeWeight(source: "b", target: "c", weight: -2, measure: "pagerank", location: "n.edges:2")) {
            try edges.rankNodes(pagerank)
        }
    }

    @Test func nonFiniteWeightsAreRefusedByEveryReader() {
        #expect(failure(.edgeList, "a b nan\n") == nil)   // unweighted: the third column is not read
        #expect(throws: GraphInputError.self) { try EdgeListReader.readSnapshot(data: Data("a b inf\n".utf8), file: "e", options: .init(weighted: true)) }
        #expect(failure(.nodeLink, "{\"nodes\": [{\"id\": 1}, {\"id\": 2}], \"links\": [{\"source\": 1, \"target\": 2, \"weight\": NaN}]}")?.field?.contains("weight") == true)
        #expect(failure(.dot, "graph { a -- b [weight=inf] }")?.field == "weight")
    }
}
