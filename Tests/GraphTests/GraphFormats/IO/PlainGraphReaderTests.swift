import Foundation
import Graph
@_spi(Testing) @testable import GraphFormats
import GraphCore
import Testing

/// The plain readers of GraphML, GEXF and DOT must read every file they accept as the full readers do (the full
/// readers are the reference here), accept what our writers and NetworkX write for plain graphs, and decline the
/// rest, so that the full reader reads it with its own rules and errors.
@Suite struct PlainGraphReaderTests {
    static let formats: [GraphFileFormat] = [.graphml, .gexf, .dot]

    /// Names that need escaping in one format or another, non-ASCII ones, numbers canonical or not.
    static let namePool = ["0", "1", "17", "017", "4194304", "a", "b_2", "x y", "a&b", "<x>", "q\"q", "it's", "São Paulo",
                           "日本", "node", "-1", "1.5", "#hash", "a;b", "{", "x--y"]

    /// A random plain graph: generic nodes labelled with their names, no parallel edges, weighted or not.
    static func randomGraph(_ rng: inout SeededGenerator, directed: Bool, weighted: Bool) -> KnowledgeGraph {
        var names = Set<String>()
        let count = 1 + rng.nextInt(below: 12)
        while names.count < count {
            names.insert(rng.nextInt(below: 3) == 0 ? String(rng.nextInt(below: 300)) : namePool[rng.nextInt(below: namePool.count)])
        }
        let ordered = names.sorted().shuffled(using: &rng)
        var graph = KnowledgeGraph(isDirected: directed)
        for name in ordered { try! graph.add(Node(id: NodeID(name), kind: .generic, label: name, provenance: .unspecified)) }
        var pairs = Set<[Int]>()
        for _ in 0..<rng.nextInt(below: 3 * count) {
            let u = rng.nextInt(below: count), v = rng.nextInt(below: count)
            guard pairs.insert(directed ? [u, v] : [min(u, v), max(u, v)]).inserted else { continue }
            let weight = weighted ? [0.5, 2.0, 1e-7, 3.25, 100.0][rng.nextInt(below: 5)] : nil
            try! graph.add(Edge(source: NodeID(ordered[u]), relation: .linked, target: NodeID(ordered[v]), provenance: .unspecified, weight: weight))
        }
        return graph
    }

    static func disagreements(_ text: String, _ format: GraphFileFormat) -> [String] {
        RoundTrip.plainReaderDisagreements(Data(text.utf8), as: format)
    }

    static func isPlain(_ text: String, _ format: GraphFileFormat) -> Bool {
        PlainGraphReader.snapshot(Data(text.utf8), format: format) != nil
    }

    @Test func ourExportsOfPlainGraphsAreReadPlainAsTheFullReadersReadThem() throws {
        var rng = SeededGenerator(seed: 25)
        var plainDOT = 0
        for round in 0..<120 {
            let graph = Self.randomGraph(&rng, directed: round % 2 == 0, weighted: round % 3 == 0)
            for format in Self.formats {
                let data = try GraphIO.write(graph, as: format).data
                #expect(RoundTrip.plainReaderDisagreements(data, as: format).isEmpty, "\(format.rawValue), round \(round)")
                let plain = PlainGraphReader.snapshot(data, format: format)
                // every name is written as it is in XML; DOT's reader declines the names Graphviz reads its own way
                if format != .dot { #expect(plain != nil, "\(format.rawValue), round \(round)") } else if plain != nil { plainDOT += 1 }
                if let plain {
                    // the index finds each name where the names are, and nothing else
                    for (i, id) in plain.ids.enumerated() { #expect(plain.index(of: id) == i) }
                    #expect(plain.index(of: "no such name") == nil && plain.index(of: "00") == nil)
                }
            }
        }
        // (names with a quote are written with a backslash, which the plain DOT reader leaves to Graphviz)
        #expect(plainDOT > 80, "DOT files read plain: \(plainDOT) of 120")
    }

    /// NetworkX's `write_graphml` of a weighted graph, with its own quoting and spacing.
    static let networkXGraphML = """
        <?xml version='1.0' encoding='utf-8'?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="d0" for="edge" attr.name="weight" attr.type="double" />
          <graph edgedefault="undirected">
            <node id="0" />
            <node id="1" />
            <node id="2" />
            <edge source="0" target="1">
              <data key="d0">1.5</data>
            </edge>
            <edge source="1" target="2">
              <data key="d0">2.0</data>
            </edge>
          </graph>
        </graphml>

        """
    /// DOT as other programs write an edge list: bare numbers and names, optional semicolons.
    static let handWrittenDOT = "digraph {\n\t1 -> 2 [weight=-0.5];\n\t2 -> 3 [weight=2.5]\n\t3 -> 1 [\"weight\"=\"1\"];\n}\n"
    static let unweightedDOT = "strict graph { a -- b c -- a; d; }"

    @Test func whatNetworkXAndOtherProgramsWriteIsReadPlain() {
        for (text, format) in [(Self.networkXGraphML, GraphFileFormat.graphml), (Self.handWrittenDOT, .dot), (Self.unweightedDOT, .dot)] {
            #expect(Self.isPlain(text, format), "\(text)")
            #expect(Self.disagreements(text, format).isEmpty, "\(text)")
        }
        // the weights of only some edges: the model holds both kinds, a snapshot cannot
        #expect(!Self.isPlain("digraph {\n\t1 -> 2;\n\t2 -> 3 [weight=2.5]\n}\n", .dot))
    }

    /// The files `PlainInputCommandTests` runs `info` and `export` on: each is plain, and its twin (a comment added)
    /// is not, so those tests compare the two paths.
    @Test func theCommandTestsFilesAreReadPlainAndTheirTwinsAreNot() {
        let xmlComment = "<!-- the full reader's twin -->\n"
        #expect(Self.isPlain(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"directed\"><node id=\"a&amp;b\"/></graph></graphml>", .graphml))
        #expect(!Self.isPlain(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + xmlComment + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"directed\"><node id=\"a&amp;b\"/></graph></graphml>", .graphml))
        #expect(Self.isPlain("strict digraph {\n  \"a b\";\n}\n", .dot))
        #expect(!Self.isPlain("strict digraph {\n  /* the full reader's twin */\n  \"a b\";\n}\n", .dot))
    }

    /// Files one step outside the plain subset: each is declined (and the full reader reads or refuses it itself).
    @Test func filesOutsideThePlainSubsetAreLeftToTheFullReader() {
        let base = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        let graph = "<graph edgedefault=\"undirected\">\n<node id=\"a\"/>\n<node id=\"b\"/>\n"
        let graphML = [
            base + graph + "<edge source=\"a\" target=\"b\"/>\n<edge source=\"b\" target=\"a\"/>\n</graph>\n</graphml>\n",   // parallel
            base + graph + "<edge source=\"a\" target=\"c\"/>\n</graph>\n</graphml>\n",                                          // undeclared node
            base + "<graph edgedefault=\"undirected\">\n<edge source=\"a\" target=\"b\"/>\n<node id=\"a\"/>\n<node id=\"b\"/>\n</graph>\n</graphml>\n",   // edge first
            base + graph + "<node id=\"a\"/>\n</graph>\n</graphml>\n",                                                           // duplicate node
            base + "<key id=\"d1\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n" + graph + "</graph>\n</graphml>\n",   // node data
            base + "<key id=\"d0\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>\n" + graph + "</graph>\n</graphml>\n",    // integer weights
            base + graph + "<edge id=\"e0\" source=\"a\" target=\"b\"/>\n</graph>\n</graphml>\n",                               // edge ids
            base + graph + "<!-- note -->\n</graph>\n</graphml>\n",                                                              // comment
            base + graph + "<node id=\"&#65;\"/>\n</graph>\n</graphml>\n",                                                      // character reference
            base + graph + "</graph>\n</graphml>\n<graphml/>",                                                                   // content after the root
            base + graph + "</graph>\n",                                                                                          // no end tag
            base + "<graph edgedefault=\"undirected\">\n<node id=\"a\" id=\"b\"/>\n</graph>\n</graphml>\n",                    // repeated attribute
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml>\n" + graph + "</graph>\n</graphml>\n",                 // another encoding
            "<graphml x:a=\"1\">\n" + graph + "</graph>\n</graphml>\n",                                                           // undeclared prefix
            "<graphml xmlns:xml=\"http://example.org/x\">\n" + graph + "</graph>\n</graphml>\n",                                 // XML's own prefix
            "<graphml xmlns=\"http://www.w3.org/2000/xmlns/\">\n" + graph + "</graph>\n</graphml>\n",                           // XML's own namespace
            "<graphml xmlns=\"http://gra phml\">\n" + graph + "</graph>\n</graphml>\n",                                           // not a URI
            "<graphml xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:-a=\"x\">\n" + graph + "</graph>\n</graphml>\n",   // a local name starting with '-'
            base + graph + "</<edge source=\"a\" target=\"b\"/>\n</graph>\n</graphml>\n",                                        // half an end tag
        ]
        for text in graphML {
            #expect(!Self.isPlain(text, .graphml), "\(text)")
            #expect(Self.disagreements(text, .graphml).isEmpty)
        }
        // the same file without its problem is plain: the cases above fail for their one reason
        #expect(Self.isPlain(base + graph + "<edge source=\"a\" target=\"b\"/>\n</graph>\n</graphml>\n", .graphml))

        let gexfHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
        let gexfNodes = "<nodes>\n<node id=\"a\" label=\"a\"/>\n<node id=\"b\"/>\n</nodes>\n"
        let gexf = [
            gexfHead + "<graph name=\"g\">\n" + gexfNodes + "</graph>\n</gexf>\n",                                                // a graph name
            gexfHead + "<graph>\n<nodes>\n<node id=\"a\" label=\"A\"/>\n</nodes>\n</graph>\n</gexf>\n",                           // a label
            gexfHead + "<graph mode=\"dynamic\">\n" + gexfNodes + "</graph>\n</gexf>\n",                                         // dynamic
            gexfHead + "<meta><description>t</description></meta>\n<graph>\n" + gexfNodes + "</graph>\n</gexf>\n",               // a title
            gexfHead + "<graph>\n" + gexfNodes + "<edges>\n<edge id=\"0\" source=\"a\" target=\"b\"/>\n<edge source=\"b\" target=\"b\"/>\n</edges>\n</graph>\n</gexf>\n",   // some ids
            gexfHead + "<graph>\n" + gexfNodes + "<edges>\n<edge id=\"7\" source=\"a\" target=\"b\"/>\n</edges>\n</graph>\n</gexf>\n",   // an id that is data
            gexfHead + "<graph>\n" + gexfNodes + "<edges>\n<edge source=\"a\" target=\"b\" weight=\"x\"/>\n</edges>\n</graph>\n</gexf>\n",   // a weight that is not a number
            gexfHead + "<graph>\n" + gexfNodes + "<edges>\n<edge source=\"a\" target=\"b\" type=\"directed\"/>\n</edges>\n</graph>\n</gexf>\n",   // another attribute
            gexfHead + "<graph>\n" + gexfNodes + "<edges>\n</<edge source=\"a\" target=\"b\"/>\n</edges>\n</graph>\n</gexf>\n",   // half an end tag
        ]
        for text in gexf {
            #expect(!Self.isPlain(text, .gexf), "\(text)")
            #expect(Self.disagreements(text, .gexf).isEmpty)
        }
        #expect(Self.isPlain(gexfHead + "<graph>\n" + gexfNodes + "<edges>\n<edge id=\"0\" source=\"a\" target=\"b\" weight=\"2\"/>\n</edges>\n</graph>\n</gexf>\n", .gexf))

        let dot = [
            "digraph G { a -> b; }",                 // a name, which the model keeps
            "digraph { a -> b -> c; }",              // a chain
            "digraph { a [label=x]; }",              // node attributes
            "digraph { node [shape=box]; a; }",      // defaults
            "digraph { a -> b; a -> b; }",           // parallel
            "strict graph { a -- b; b -- a; }",      // one edge to Graphviz, two here
            "digraph { a:p -> b; }",                 // a port
            "digraph { \"a\\\"b\" -> c; }",          // an escape
            "digraph { \"a\" + \"b\" -> c; }",       // concatenation
            "digraph { // comment\n a -> b; }",      // a comment
            "digraph { subgraph { a } }",            // a subgraph
            "digraph { \"%1\" -> b; }",              // an anonymous node's name
            "digraph { a -> b [color=red]; }",       // another attribute
            "digraph { a -> b [weight=1e3]; }",      // a numeral Graphviz splits
            "graph { a -> b; }",                     // the wrong edge operator
            "digraph { graph [charset=latin1]; a; }",   // another charset
            "digraph { a; } digraph { b; }",         // a second graph
        ]
        for text in dot {
            #expect(!Self.isPlain(text, .dot), "\(text)")
            #expect(Self.disagreements(text, .dot).isEmpty, "\(text)")
        }
        #expect(Self.isPlain("digraph { graph [charset=\"UTF-8\"]; a -> b [weight=\"1e3\"]; }", .dot))
    }

    /// Random edits of files the plain readers accept: whatever they still accept, they read as the full readers do.
    @Test func mutatedFilesAreDeclinedOrReadAsTheFullReadersReadThem() throws {
        var rng = SeededGenerator(seed: 2025)
        let inserts: [[UInt8]] = ["<", ">", "/", "\"", "'", "&", "&amp;", " ", "\n", "\t", "-", ">", ";", "[", "]", "=",
                                  "weight", "id", "0", "1.5", "é", "\u{FFFE}", "<!--", "-->", "a", "\\", "{", "}", ":"].map { Array($0.utf8) } + [[0xFF], [0x00]]
        var accepted: [GraphFileFormat: Int] = [:], total = 0
        // our exports of random graphs, and in every tenth round the files other programs write
        for round in 0..<400 {
            let graph = Self.randomGraph(&rng, directed: round % 2 == 1, weighted: round % 4 < 2)
            var originals = try Self.formats.map { ($0, Array(try GraphIO.write(graph, as: $0).data)) }
            if round % 10 == 0 {
                originals += [(.graphml, Array(Self.networkXGraphML.utf8)), (.dot, Array(Self.handWrittenDOT.utf8)), (.dot, Array(Self.unweightedDOT.utf8))]
            }
            for (format, original) in originals {
                for _ in 0..<10 {
                    var bytes = original
                    for _ in 0..<(1 + rng.nextInt(below: 2)) {
                        let at = rng.nextInt(below: bytes.count)
                        switch rng.nextInt(below: 4) {
                        case 0: bytes.remove(at: at)
                        case 1: bytes.insert(contentsOf: inserts[rng.nextInt(below: inserts.count)], at: at)
                        case 2:
                            let length = min(1 + rng.nextInt(below: 40), bytes.count - at)
                            bytes.insert(contentsOf: bytes[at..<(at + length)], at: rng.nextInt(below: bytes.count))
                        default: bytes[at] = inserts[rng.nextInt(below: inserts.count)][0]
                        }
                    }
                    let data = Data(bytes)
                    total += 1
                    if PlainGraphReader.snapshot(data, format: format) != nil { accepted[format, default: 0] += 1 }
                    let found = RoundTrip.plainReaderDisagreements(data, as: format)
                    #expect(found.isEmpty, "\(format.rawValue): \(found) for \(String(decoding: bytes, as: UTF8.self))")
                }
            }
        }
        // enough accepted in each format for the property to say something (most edits break the subset). Run with
        // other seeds and 1,500 rounds, this found a half end tag (`</<edge`) and a namespace prefix's local name
        // starting with `-` read plain, where libxml2 refuses both: the cases above keep them declined.
        #expect(Self.formats.allSatisfy { accepted[$0, default: 0] >= 200 }, "accepted \(accepted) of \(total)")
    }
}
