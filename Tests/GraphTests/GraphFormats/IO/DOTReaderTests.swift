import Foundation
import Testing
import Graph
@testable import GraphFormats

@Suite struct DOTReaderTests {
    static let samples = TestResources.directory.appendingPathComponent("graphviz-graphs")

    static let counts: [String: Int] = {
        let data = try! Data(contentsOf: samples.appendingPathComponent("node_counts.json"))
        let object = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        return object.compactMapValues { ($0 as? NSNumber)?.intValue }
    }()

    @Test func agreesWithGraphvizOnTheNodeCountOfAllSixtyOneSamples() throws {
        #expect(Self.counts.count == 61)
        for (file, expected) in Self.counts.sorted(by: { $0.key < $1.key }) {
            let graph = try DOTReader.read(contentsOf: Self.samples.appendingPathComponent(file), displayName: file)
            #expect(graph.nodeCount == expected, "\(file): \(graph.nodeCount) nodes, gc -n says \(expected)")
        }
    }

    @Test func clustersHTMLLabelsPortsAndEdgesOverSubgraphs() throws {
        let dot = """
            digraph "g" {
              node [shape=box];
              subgraph cluster_a { label="A"; a1; a2 [label=<<b>bold</b> &amp; more>]; }
              subgraph cluster_b { b1 -> b2; }
              {a1 a2} -> {b1 b2} [color=red];
              a1:e -> c:w;
              c [shape=ellipse, label="C\\nline"];
            }
            """
        let g = try DOTReader.read(data: Data(dot.utf8), file: "t.gv")
        #expect(g.nodes.map(\.id.rawValue) == ["a1", "a2", "b1", "b2", "c"])
        #expect(g.node("a1")?.attributes["cluster"] == .string("cluster_a") && g.node("b2")?.attributes["cluster"] == .string("cluster_b"))
        #expect(g.node("a2")?.label == "<b>bold</b> &amp; more")
        #expect(g.attributes["dot.node.shape"] == .string("box") && g.node("c")?.attributes["shape"] == .string("ellipse"))
        #expect(g.edgeCount == 6)   // b1->b2, four from the subgraph product, a1->c
        #expect(g.edges.filter { $0.attributes["color"] == .string("red") }.count == 4)
        #expect(g.edges.contains { $0.source == "a1" && $0.target == "c" && $0.attributes["tailport"] == .string("e") })
        // HTML labels survive a DOT round trip as HTML
        let text = try DOTExporter.write(g).text
        #expect(text.contains("\"label\"=<<b>bold</b> &amp; more>"))
        let back = try DOTReader.read(data: Data(text.utf8), file: "back.gv")
        #expect(back.nodes == g.nodes && back.edges == g.edges)
    }

    @Test func latin1FilesDecode() throws {
        let g = try DOTReader.read(contentsOf: Self.samples.appendingPathComponent("directed/Latin1.gv"))
        #expect(g.nodes.first?.label.unicodeScalars.contains { $0.value > 0x7F && $0.value < 0x100 } == true)
    }

    @Test func syntaxErrorsCarryGraphvizMessageAndLine() {
        do { _ = try DOTReader.read(data: Data("digraph {\n a -> \n}".utf8), file: "bad.gv"); Issue.record("no error") } catch {
            #expect(error.diagnostics[0].file == "bad.gv" && error.diagnostics[0].line == 3)
            #expect(error.diagnostics[0].message.contains("syntax error in line 3"))
        }
        #expect(throws: GraphInputError.self) { try DOTReader.read(data: Data("  \n".utf8), file: "empty.gv") }
        #expect(throws: GraphInputError.self) { try DOTReader.read(data: Data([0x64, 0x69, 0x00]), file: "nul.gv") }
    }
}

@Suite struct FormatErrorTests {
    private func problems(_ format: GraphFileFormat, _ text: String) -> [Diagnostic] {
        let data = Data(text.utf8)
        do {
            switch format {
            case .graphml: _ = try GraphMLReader.read(data: data, file: "f")
            case .gexf: _ = try GEXFReader.read(data: data, file: "f")
            case .nodeLink: _ = try NodeLinkReader.read(data: data, file: "f")
            default: Issue.record("unexpected format"); return []
            }
            Issue.record("no error for \(format)")
            return []
        } catch { return error.diagnostics }
    }

    @Test func malformedXMLAndJSONAreLocated() {
        let xml = problems(.graphml, "<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>")
        #expect(xml.first?.message.contains("malformed XML") == true && xml.first?.line != nil)
        let gexf = problems(.gexf, "<gexf><graph><nodes><node id='a'></nodes>")
        #expect(gexf.first?.message.contains("malformed XML") == true)
        let json = problems(.nodeLink, "{\n \"nodes\": [\n  {\"id\": 1},\n  {\"id\": 2,}\n ]\n}")
        #expect(json.first?.line == 4 && json.first?.message.contains("malformed JSON") == true)
    }

    @Test func unknownTypesUndeclaredNodesAndDuplicatesAreAllReported() {
        let graphml = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k" for="node" attr.name="size" attr.type="bignum"/>
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected">
                <node id="a"/>
                <node id="a"/>
                <node id="b"><data key="nokey">x</data></node>
                <edge source="a" target="ghost"/>
                <edge source="a" target="b"><data key="w">heavy</data></edge>
              </graph>
            </graphml>
            """
        let p = problems(.graphml, graphml)
        #expect(p.count == 5)
        #expect(p.contains { $0.line == 2 && $0.message.contains("unknown attr.type 'bignum'") })
        #expect(p.contains { $0.line == 6 && $0.message.contains("duplicate node id 'a'") })
        #expect(p.contains { $0.line == 7 && $0.message.contains("undeclared key 'nokey'") })
        #expect(p.contains { $0.line == 8 && $0.message.contains("undeclared node 'ghost'") })
        #expect(p.contains { $0.line == 9 && $0.message.contains("'heavy' is not a number") })

        let gexf = """
            <gexf version="1.3"><graph defaultedgetype="directed">
            <attributes class="node"><attribute id="0" title="t" type="complex"/></attributes>
            <nodes><node id="a"/><node id="a"/></nodes>
            <edges><edge source="a" target="zz"/></edges>
            </graph></gexf>
            """
        let g = problems(.gexf, gexf)
        #expect(g.contains { $0.line == 2 && $0.message.contains("unknown type 'complex'") })
        #expect(g.contains { $0.line == 3 && $0.message.contains("duplicate node id 'a'") })
        #expect(g.contains { $0.line == 4 && $0.message.contains("undeclared node 'zz'") })

        let json = """
            {"directed": true, "nodes": [{"id": "a"}, {"id": "a"}, {"name": "no id"}],
             "links": [{"source": "a", "target": "q"}, {"source": "a"}]}
            """
        let j = problems(.nodeLink, json)
        #expect(j.count == 4 && j.allSatisfy { $0.line != nil })
        #expect(j.contains { $0.message.contains("undeclared node 'q'") } && j.contains { $0.field == "nodes[2].id" })
    }

    @Test func wrongEncodingsAreRefused() {
        let latin1 = Data("{\"nodes\": [{\"id\": \"caf".utf8) + Data([0xE9]) + Data("\"}]}".utf8)
        do { _ = try NodeLinkReader.read(data: latin1, file: "l.json"); Issue.record("no error") } catch {
            #expect(error.diagnostics[0].message.contains("UTF-8"))
        }
        let xml = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><graphml><graph><node id=\"caf".utf8) + Data([0xE9]) + Data("\"/></graph></graphml>".utf8)
        do { _ = try GraphMLReader.read(data: xml, file: "l.graphml"); Issue.record("no error") } catch {
            #expect(error.diagnostics[0].message.contains("invalid UTF-8") && error.diagnostics[0].line == 1 && error.diagnostics[0].column == 68)
        }
    }

    @Test func notAGraphFile() {
        #expect(problems(.graphml, "<html><body/></html>").contains { $0.message.contains("not a GraphML document") })
        #expect(problems(.gexf, "<graphml/>").contains { $0.message.contains("not a GEXF document") })
        #expect(problems(.nodeLink, "[1, 2]").first?.message.contains("expected a JSON object") == true)
    }
}
