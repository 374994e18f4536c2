import Foundation
import Testing

/// `info`, `export` and `components` read GraphML, GEXF and DOT files of plain graphs without the model
/// (PlainGraphReader); what they print and write must be what the model's path prints and writes for the same graph. Each file here has a
/// twin with a comment added, which the plain readers leave to the full readers: the two must give the same output.
@Suite struct PlainInputCommandTests {
    static let files: [(name: String, plain: String, twin: String)] = {
        let graphML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="directed">
                <node id="a&amp;b"/>
                <node id="São Paulo"/>
                <node id="7"/>
                <node id="lonely"/>
                <edge source="a&amp;b" target="São Paulo"><data key="w">2.5</data></edge>
                <edge source="7" target="a&amp;b"><data key="w">1e-3</data></edge>
                <edge source="7" target="7"><data key="w">4</data></edge>
              </graph>
            </graphml>

            """
        let gexf = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta>
                <creator>someone</creator>
              </meta>
              <graph defaultedgetype="undirected" mode="static">
                <nodes>
                  <node id="x y" label="x y"/>
                  <node id="&lt;z&gt;"/>
                  <node id="3"/>
                </nodes>
                <edges>
                  <edge id="0" source="x y" target="&lt;z&gt;"/>
                  <edge id="1" source="3" target="x y"/>
                </edges>
              </graph>
            </gexf>

            """
        let dot = "strict digraph {\n  graph [\"charset\"=\"UTF-8\"];\n  \"a b\";\n  c -> \"a b\" [\"weight\"=\"0.5\"];\n  10 -> c [weight=2];\n  \"日本\" -> 10 [weight=-1];\n}\n"
        func commented(_ xml: String) -> String { xml.replacingOccurrences(of: "?>\n", with: "?>\n<!-- the full reader's twin -->\n") }
        return [("g.graphml", graphML, commented(graphML)), ("g.gexf", gexf, commented(gexf)),
                ("g.gv", dot, dot.replacingOccurrences(of: "{\n", with: "{\n  /* the full reader's twin */\n"))]
    }()

    @Test func infoExportAndComponentsSayOfAPlainFileWhatTheModelSays() throws {
        for file in Self.files {
            let plain = try temporaryFile(file.name, file.plain), twin = try temporaryFile(file.name, file.twin)
            let components = [["components"], ["components", "--format", "json"], ["components", "--format", "csv", "--labels"],
                              ["components", "--strong"], ["components", "--undirected", "--strong"], ["components", "--directed"]]
            for arguments in [["info", "--format", "json"], ["info"]] + ["graphml", "gexf", "dot", "node-link", "edgelist", "dataset"].map({ ["export", "-T", $0, "--output", "-"] }) + components {
                let a = try ToolRun.run(arguments + ["--input", plain.path]), b = try ToolRun.run(arguments + ["--input", twin.path])
                // --directed on the undirected GEXF is refused, by both paths alike
                let refused = arguments.contains("--directed") && file.name.hasSuffix(".gexf")
                #expect(a.status == (refused ? 1 : 0) && b.status == a.status, "\(file.name) \(arguments): \(a.stderr) \(b.stderr)")
                #expect(a.stdout == b.stdout, "\(file.name) \(arguments)")
                #expect(a.stderr.replacingOccurrences(of: plain.path, with: "F") == b.stderr.replacingOccurrences(of: twin.path, with: "F"), "\(file.name) \(arguments)")
                #expect(refused ? !a.stderr.isEmpty : !a.stdout.isEmpty)
            }
        }
    }
}
