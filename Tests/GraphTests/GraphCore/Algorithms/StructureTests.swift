import Foundation
import Testing
import Graph
@testable import GraphCore

/// Extra NetworkX values (Resources/extra, made by make_extra_reference.py).
nonisolated(unsafe) let extraReference: [String: Any] = {
    let url = TestResources.directory.appendingPathComponent("extra/extra_reference.json")
    return try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
}()

@Suite struct StructureTests {
    private func index(_ r: ReferenceGraph, _ name: String) -> Int { r.names.firstIndex(of: name)! }

    @Test(arguments: ReferenceGraph.all) func componentCounts(_ name: String) {
        let r = ReferenceGraph.load(name)
        let expected = (r.measures["components"]!["weak"])!
        #expect(Double(r.graph.weaklyConnectedComponents().blockCount) == expected)
    }

    @Test func strongComponentsMatchNetworkX() {
        for (graph, key) in [("langville_meyer", "langville_meyer_strong_components"), ("weighted_directed", "weighted_directed_strong_components")] {
            let r = ReferenceGraph.load(graph)
            let ours = r.graph.stronglyConnectedComponents().members.map { $0.map { r.names[$0] }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
            #expect(ours == (extraReference[key] as! [[String]]))
        }
        // A 10,000-node cycle: the iterative search must not overflow the stack.
        let n = 10_000
        let cycle = CompactGraph(nodeCount: n, isDirected: true, sources: (0..<n).map { Int32($0) }, targets: (0..<n).map { Int32(($0 + 1) % n) })
        #expect(cycle.stronglyConnectedComponents().blockCount == 1)
    }

    @Test(arguments: ["karate", "florentine", "davis", "kite", "weighted_undirected", "disconnected"])
    func coreNumbersMatchNetworkX(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        let cores = try r.graph.coreNumbers().map(Double.init)
        #expect(cores == r.expected("core_number")!)
    }

    @Test func coreNumbersRefuseSelfLoops() {
        let g = CompactGraph(nodeCount: 2, isDirected: false, sources: [0, 1], targets: [1, 1])
        #expect(throws: AlgorithmError.selfLoop(node: 1)) { try g.coreNumbers() }
    }

    @Test func modularityMatchesNetworkX() {
        let r = ReferenceGraph.load("karate")
        let factions = extraReference["karate_club_faction_of"] as! [String: Int]
        let partition = Partition(labels: r.names.map { factions[$0]! })
        #expect(abs(r.graph.modularity(of: partition) - (extraReference["karate_club_modularity"] as! Double)) < 1e-12)
        #expect(abs(r.graph.modularity(of: partition, resolution: 0.5) - (extraReference["karate_club_modularity_resolution_0.5"] as! Double)) < 1e-12)
        let wd = ReferenceGraph.load("weighted_directed")
        let blocks = Partition(labels: wd.names.map { ["s", "u"].contains($0) ? 0 : 1 })
        #expect(abs(wd.graph.modularity(of: blocks, weighted: true) - (extraReference["weighted_directed_modularity_su_xvy"] as! Double)) < 1e-12)
    }

    @Test(arguments: ["karate", "florentine", "davis", "kite", "weighted_undirected"])
    func louvainMeetsNetworkXModularityAndIsDeterministic(_ name: String) {
        let r = ReferenceGraph.load(name)
        let bar = r.measures["louvain_seed42_modularity_networkx"]!["value"]!
        let result = r.graph.louvainCommunities(seed: 42)
        #expect(result.modularity >= bar - 1e-9, "\(name): \(result.modularity) < NetworkX \(bar)")
        #expect(abs(result.modularity - r.graph.modularity(of: result.partition)) < 1e-12)
        let again = r.graph.louvainCommunities(seed: 42)
        #expect(again.partition == result.partition)
    }

    @Test func louvainOnTwoCliquesFindsThem() {
        var s: [Int32] = [], t: [Int32] = []
        for base in [0, 5] { for i in 0..<5 { for j in (i + 1)..<5 { s.append(Int32(base + i)); t.append(Int32(base + j)) } } }
        s.append(0); t.append(5)
        let g = CompactGraph(nodeCount: 10, isDirected: false, sources: s, targets: t)
        #expect(g.louvainCommunities(seed: 7).partition.block == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
    }

    @Test func jaccardMatchesNetworkX() {
        let r = ReferenceGraph.load("kite")
        for (key, value) in extraReference["kite_jaccard"] as! [String: Double] {
            let parts = key.split(separator: "|").map(String.init)
            #expect(abs(r.graph.jaccardSimilarity(index(r, parts[0]), index(r, parts[1])) - value) < 1e-12, "\(key)")
        }
    }

    @Test func shortestPathsMatchNetworkX() throws {
        let r = ReferenceGraph.load("karate")
        let expected = (extraReference["karate_all_shortest_paths_16_25"] as! [[String]])
        let ours = try r.graph.allShortestPaths(from: index(r, "16"), to: index(r, "25")).map { $0.nodes.map { r.names[$0] } }
        #expect(ours == expected)
        #expect(try r.graph.shortestPath(from: index(r, "16"), to: index(r, "25"))?.length == 4)
        let lengths = extraReference["karate_shortest_path_length_from_0"] as! [String: Double]
        let tree = try r.graph.shortestPathDistances(from: index(r, "0"))
        for (node, d) in lengths { #expect(tree.distance(to: index(r, node)) == d) }

        let wd = ReferenceGraph.load("weighted_directed")
        let dijkstra = extraReference["weighted_directed_dijkstra_from_s"] as! [String: Double]
        let wtree = try wd.graph.shortestPathDistances(from: index(wd, "s"), weighted: true)
        for (node, d) in dijkstra { #expect(wtree.distance(to: index(wd, node)) == d) }
        let path = try wd.graph.shortestPath(from: index(wd, "s"), to: index(wd, "v"), weighted: true)
        #expect(path?.nodes.map { wd.names[$0] } == (extraReference["weighted_directed_dijkstra_path_s_v"] as! [String]))
        #expect(path?.edges.count == 3)
    }

    @Test func unreachableTargetHasNoPath() throws {
        let r = ReferenceGraph.load("disconnected")
        #expect(try r.graph.shortestPath(from: 0, to: 5) == nil)
        #expect(try r.graph.shortestPathDistances(from: 0).distance(to: 5) == nil)
    }

    @Test func egoNetworkSizesMatchNetworkX() {
        let r = ReferenceGraph.load("karate")
        for (depth, size) in extraReference["karate_ego_sizes_depth"] as! [String: Int] {
            #expect(r.graph.egoNetwork(of: index(r, "0"), depth: Int(depth)!).count == size)
        }
    }

    @Test func bipartiteProjectionMatchesNetworkX() {
        let r = ReferenceGraph.load("davis")
        let womenNames = Set(extraReference["davis_women"] as! [String])
        let women = Set(r.names.indices.filter { womenNames.contains(r.names[$0]) })
        let projection = r.graph.bipartiteProjection(onto: women)
        checkInvariants(projection)
        let expected = extraReference["davis_women_projection"] as! [String: Double]
        #expect(projection.edgeCount == expected.count)
        for e in 0..<projection.edgeCount {
            let u = r.names[Int(projection.edgeSources[e])], v = r.names[Int(projection.edgeTargets[e])]
            #expect(projection.edgeWeights[e] == (expected["\(u)|\(v)"] ?? expected["\(v)|\(u)"]))
        }
    }
}

@Suite struct PageRankOptionTests {
    private func vector(_ r: ReferenceGraph, _ values: [String: Double]) -> [Double] { r.names.map { values[$0] ?? 0 } }

    @Test func personalizationDanglingAndDampingMatchNetworkX() throws {
        let karate = ReferenceGraph.load("karate")
        let personal = vector(karate, ["0": 1, "33": 3])
        let expected = vector(karate, extraReference["karate_pagerank_personalized_0_33"] as! [String: Double])
        #expect(maxDifference(try karate.graph.pageRank(personalization: personal).values, expected) < 1e-9)
        let half = vector(karate, extraReference["karate_pagerank_damping_0.5"] as! [String: Double])
        #expect(maxDifference(try karate.graph.pageRank(damping: 0.5).values, half) < 1e-9)

        let lm = ReferenceGraph.load("langville_meyer")
        let got = try lm.graph.pageRank(personalization: vector(lm, ["1": 1, "6": 2]), dangling: vector(lm, ["4": 1])).values
        #expect(maxDifference(got, vector(lm, extraReference["langville_meyer_pagerank_dangling_4"] as! [String: Double])) < 1e-9)
    }

    @Test func badVectorsAreRejected() {
        let g = ReferenceGraph.load("kite").graph
        #expect(throws: AlgorithmError.self) { try g.pageRank(personalization: [1, 2]) }
        #expect(throws: AlgorithmError.self) { try g.pageRank(personalization: [Double](repeating: 0, count: 10)) }
        #expect(throws: AlgorithmError.self) { try g.pageRank(personalization: [Double](repeating: -1, count: 10)) }
    }
}
