import Testing
import Graph
@testable import GraphFormats

@Suite struct DOTWriterTests {
    @Test func quotingEscapesEverythingThatCouldBreakOut() {
        #expect(DOTWriter.quoted("plain") == "\"plain\"")
        #expect(DOTWriter.quoted("a\"b") == "\"a\\\"b\"")
        #expect(DOTWriter.quoted("trailing\\") == "\"trailing\\\\\"")
        #expect(DOTWriter.quoted("two\nlines") == "\"two\\nlines\"")
        #expect(DOTWriter.quoted("cr\r") == "\"cr\\r\"")
        #expect(DOTWriter.quoted("nul\u{0}bell\u{7}") == "\"nul\u{FFFD}bell\u{FFFD}\"")
        #expect(DOTWriter.quoted("node") == "\"node\"")
    }

    @Test func quotingIsInjective() {
        let inputs = ["a\\nb", "a\nb", "a\\\"", "a\"", "a\\\\", "a\\", "\\\"", "\"\\"]
        #expect(Set(inputs.map(DOTWriter.quoted)).count == inputs.count)
    }

    @Test func htmlEscapingAndWrapping() {
        #expect(DOTWriter.htmlEscaped("<b>&\"x\"</b>") == "&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;")
        #expect(DOTWriter.wrapped("Recruitment and use of children in hostilities", width: 22) == "Recruitment and use of\nchildren in\nhostilities")
        #expect(DOTWriter.wrapped("Supercalifragilisticexpialidocious x", width: 10) == "Supercalifragilisticexpialidocious\nx")
    }

    @Test func outputIsSortedAndDeterministic() {
        var g = DOTGraph(directed: true)
        g.graphAttributes = ["rankdir": .text("LR"), "bgcolor": .text("white")]
        g.nodes = [DOTGraph.Node(id: "b", attributes: ["shape": .text("box"), "label": .text("B")]), DOTGraph.Node(id: "a")]
        g.edges = [DOTGraph.Edge(source: "a", target: "b", attributes: ["color": .text("red")])]
        g.subgraphs = [DOTGraph.Subgraph(name: "cluster_x", attributes: ["label": .text("X")], nodeIDs: ["a"])]
        let expected = """
            digraph "G" {
              graph ["bgcolor"="white", "rankdir"="LR"];
              "b" ["label"="B", "shape"="box"];
              "a";
              subgraph "cluster_x" {
                graph ["label"="X"];
                "a";
              }
              "a" -> "b" ["color"="red"];
            }

            """
        #expect(DOTWriter.write(g) == expected)
        #expect(DOTWriter.write(g) == DOTWriter.write(g))
    }
}
