import Foundation
import Testing
import Graph
@testable import GraphRendering

/// The explorer page as the library makes it: what it embeds is the library's own answers, it cannot be broken out
/// of by the data, and it allows only its own script. (What a reader does with it is tested in a real browser by
/// Tests/Browser/test_explorer.py.)
@Suite struct ExplorerDocumentTests {
    static let graph = try! BundledDataset.load()
    static let page = try! ExplorerDocument(graph: graph)

    /// The embedded data, decoded as the page's script decodes it.
    static func embedded(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: #"<script type="application/json" id="explorer-data">"#))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = Data(html[start.upperBound..<end.lowerBound].utf8)
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    @Test func sha256MatchesTheFIPSExamples() {
        func hex(_ s: String) -> String { SHA256.digest(Array(s.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // 1,000 bytes: several blocks, and a length that needs a second padding block
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func theCSPAllowsExactlyTheInlinedScriptAndStyle() throws {
        let html = Self.page.html
        let script = try #require(html.range(of: "<script>")).upperBound
        let scriptEnd = try #require(html.range(of: "</script>", range: script..<html.endIndex)).lowerBound
        let style = try #require(html.range(of: "<style>")).upperBound
        let styleEnd = try #require(html.range(of: "</style>", range: style..<html.endIndex)).lowerBound
        let csp = String(html[try #require(html.range(of: #"content="default-src &apos;none&apos;[^"]*""#, options: .regularExpression))])
        #expect(csp.contains("script-src &apos;\(ExplorerPage.hash(String(html[script..<scriptEnd])))&apos;"))
        #expect(csp.contains("style-src &apos;\(ExplorerPage.hash(String(html[style..<styleEnd])))&apos;"))
        #expect(!csp.contains("unsafe"))
    }

    @Test func noTextCanCloseTheDataScript() throws {
        var graph = KnowledgeGraph(isDirected: false, title: "</script><script>alert(1)</script>")
        let label = "</script><img src=x onerror=alert(2)> <!-- \u{2028} & \"'"
        try graph.add(Node(id: "a", kind: .generic, label: label, description: "</SCRIPT >", provenance: .unspecified))
        try graph.add(Node(id: "b", kind: .generic, label: "b", provenance: .unspecified))
        try graph.add(Edge(source: "a", relation: .linked, target: "b", provenance: .unspecified))
        let html = try ExplorerDocument(graph: graph).html
        let lower = html.lowercased()
        // the template's own two </script> and nothing else
        #expect(lower.components(separatedBy: "</script").count - 1 == 2)
        #expect(!html.contains("<img"))
        #expect(html.contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        let nodes = try #require(try Self.embedded(html)["nodes"] as? [[String: Any]])
        #expect(nodes[0]["label"] as? String == label, "the text survives exactly")
    }

    @Test func onlyWebAddressesBecomeLinks() {
        #expect(ExplorerData.safeURL("https://www.osce.org/x") == "https://www.osce.org/x")
        #expect(ExplorerData.safeURL("HTTP://example.org") == "HTTP://example.org")
        #expect(ExplorerData.safeURL("javascript:alert(1)") == nil)
        #expect(ExplorerData.safeURL(" javascript:alert(1)") == nil)
        #expect(ExplorerData.safeURL("data:text/html,<script>") == nil)
        #expect(ExplorerData.safeURL(nil) == nil)
    }

    @Test func theRankingsAreTheRankersAtEveryLevel() throws {
        let data = try Self.embedded(Self.page.html)
        let nodes = try #require(data["nodes"] as? [[String: Any]])
        let edges = try #require(data["edges"] as? [[String: Any]])
        let rankings = try #require(data["rankings"] as? [String: [String: [String: Any]]])
        let ranker = RecommendationRanker(graph: Self.graph)
        for level in [EvidenceLevel.inferred, .context] {
            for practice in Self.graph.nodes where practice.kind == .practice {
                let position = Self.graph.position(of: practice.id)!
                var query = RecommendationQuery(nodes: [practice.id])
                query.minimumEvidence = level
                let expected = try ranker.rank(query)
                let entry = try #require(rankings[level.rawValue]?[String(position)])
                let listed = try #require(entry["recommendations"] as? [[String: Any]])
                #expect(listed.map { nodes[$0["recommendation"] as! Int]["id"] as! String } == expected.map(\.id.rawValue), "\(practice.id) at \(level)")
                #expect(listed.map { $0["rank"] as! Int } == expected.map(\.rank))
                // every path starts at the practice, and each edge leads on from the node reached so far
                for r in listed {
                    for path in r["paths"] as! [[Int]] {
                        var at = path[0]
                        #expect(at == position)
                        for e in path.dropFirst() {
                            let s = edges[e]["source"] as! Int, t = edges[e]["target"] as! Int
                            #expect(s == at || t == at)
                            at = s == at ? t : s
                        }
                        #expect(at == r["recommendation"] as! Int)
                    }
                }
            }
        }
    }

    @Test func theCentralitiesAreTheLibrarys() throws {
        let data = try Self.embedded(Self.page.html)
        let centrality = try #require(data["centrality"] as? [String: [String: [String: Any]]])
        for level in [EvidenceLevel.inferred, .context] {
            let ranked = try AnalysisGraph(Self.graph.keepingEdges(atLeast: level)).rankNodes(CentralityRequest(measure: .betweenness))
            let scores = try #require(centrality[level.rawValue]?["betweenness"]?["scores"] as? [Double])
            for r in ranked {
                let got = scores[Self.graph.position(of: r.id)!]
                #expect(abs(got - r.score) <= 1e-5 * max(1, abs(r.score)), "\(r.id) at \(level)")
            }
        }
    }

    @Test func theLensAndTheMatrixAreTheLibrarys() throws {
        let data = try Self.embedded(Self.page.html)
        let nodes = try #require(data["nodes"] as? [[String: Any]])
        let lensData = try #require(data["lens"] as? [String: Any])
        let practices = try #require(lensData["practices"] as? [String: [String: [String: Any]]])
        var lens = try TraffickingLens(graph: Self.graph)
        for level in [EvidenceLevel.inferred, .context] {
            lens.minimumEvidence = level
            for p in lens.practices() {
                let entry = try #require(practices[level.rawValue]?[String(Self.graph.position(of: p.practice.id)!)])
                let verdicts = try #require(entry["verdicts"] as? [[String: Any]])
                #expect(verdicts.map { nodes[$0["group"] as! Int]["id"] as! String } == p.verdicts.map(\.victimGroup.id.rawValue))
                #expect(verdicts.map { $0["missing"] as! [String] } == p.verdicts.map { $0.missing.map(\.rawValue) }, "\(p.practice.id) at \(level)")
                #expect((entry["acts"] as! [[String: Any]]).count == p.acts.count)
            }
        }
        let matrix = try #require((data["matrix"] as? [String: [String: Any]])?["inferred"])
        let expected = Self.graph.intersectionMatrix(rows: .terroristGroup, columns: .form, via: .practice)
        let cells = try #require(matrix["cells"] as? [[[String: Any]]])
        #expect(cells.map { $0.map { ($0["via"] as! [Int]).count } } == expected.cells.map { $0.map(\.count) })
    }

    @Test func everyNodeIsDrawnInSomeViewByItsPosition() throws {
        let data = try Self.embedded(Self.page.html)
        let views = try #require(data["views"] as? [[String: Any]])
        #expect(views.map { $0["id"] as! String }.first == "overview")
        var drawn = Set<Int>()
        for v in views {
            let svg = v["svg"] as! String
            #expect(svg.hasPrefix("<svg"), "no XML declaration or DOCTYPE")
            #expect(!svg.contains("<!--"))
            var rest = Substring(svg)
            while let r = rest.range(of: #"id="node:[0-9]+""#, options: .regularExpression) {
                drawn.insert(Int(rest[r].dropFirst(9).dropLast())!)
                rest = rest[r.upperBound...]
            }
        }
        #expect(drawn == Set(0..<Self.graph.nodeCount))
        #expect(Self.page.drawnNote == nil)
    }

    @Test func aGraphOverTheLimitIsDrawnInPartAndSaysSo() throws {
        var graph = KnowledgeGraph(isDirected: false)
        for i in 0..<30 { try graph.add(Node(id: NodeID("n\(i)"), kind: .generic, label: "n\(i)", provenance: .unspecified)) }
        for i in 1..<30 { try graph.add(Edge(source: "n0", relation: .linked, target: NodeID("n\(i)"), provenance: .unspecified)) }
        try graph.add(Edge(source: "n1", relation: .linked, target: "n2", provenance: .unspecified))
        var options = ExplorerOptions()
        options.drawLimit = 3
        let page = try ExplorerDocument(graph: graph, options: options)
        let views = try #require(try Self.embedded(page.html)["views"] as? [[String: Any]])
        #expect(views.count == 1)
        let svg = views[0]["svg"] as! String
        // the three of highest degree: the hub, then n1 and n2 (one more edge each)
        for i in [0, 1, 2] { #expect(svg.contains("id=\"node:\(i)\"")) }
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 3)
        #expect(page.drawnNote?.contains("3 nodes of highest degree, of 30") == true)
        let nodes = try #require(try Self.embedded(page.html)["nodes"] as? [[String: Any]])
        #expect(nodes.count == 30, "every node stays in the search and tables")

        options.focus = "n5"
        let focused = try ExplorerDocument(graph: graph, options: options)
        #expect(focused.drawnNote?.contains("within 1 hop of n5") == true)
        options.focus = "nope"
        #expect(throws: ExplorerError.unknownNode("nope")) { try ExplorerDocument(graph: graph, options: options) }
    }
}
