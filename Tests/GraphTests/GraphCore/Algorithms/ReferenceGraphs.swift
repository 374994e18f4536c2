import Foundation
import Graph
@testable import GraphCore

/// The NetworkX reference graphs and values of Resources/reference (made by make_reference.py, NetworkX version in
/// reference.json): a graph, its node names, and `value(measure, node)`.
struct ReferenceGraph {
    let name: String
    let graph: CompactGraph
    let names: [String]
    let weighted: Bool
    let measures: [String: [String: Double]]

    static let directory = TestResources.directory.appendingPathComponent("reference")

    nonisolated(unsafe) private static let referenceJSON: [String: Any] = {
        let data = try! Data(contentsOf: directory.appendingPathComponent("reference.json"))
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }()

    static let all = ["karate", "florentine", "davis", "kite", "langville_meyer", "weighted_directed", "weighted_undirected", "disconnected"]

    static func load(_ name: String) -> ReferenceGraph {
        let data = try! Data(contentsOf: directory.appendingPathComponent("graphs/\(name).json"))
        let doc = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        let names = doc["nodes"] as! [String]
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        var s: [Int32] = [], t: [Int32] = [], w: [Double] = []
        for edge in doc["edges"] as! [[Any]] {
            s.append(index[edge[0] as! String]!)
            t.append(index[edge[1] as! String]!)
            if edge.count > 2 { w.append((edge[2] as! NSNumber).doubleValue) }
        }
        let weighted = doc["weighted"] as! Bool
        let graph = CompactGraph(nodeCount: names.count, isDirected: doc["directed"] as! Bool, sources: s, targets: t,
                                 weights: weighted ? w : nil)
        let graphs = referenceJSON["graphs"] as! [String: Any]
        var measures: [String: [String: Double]] = [:]
        // graphs of other scripts' references (make_leiden_reference.py's plc_2k) have no NetworkX values
        for (measure, values) in (graphs[name] as? [String: Any]) ?? [:] {
            guard let dict = values as? [String: Any] else { continue }
            measures[measure] = dict.compactMapValues { ($0 as? NSNumber)?.doubleValue }
        }
        return ReferenceGraph(name: name, graph: graph, names: names, weighted: weighted, measures: measures)
    }

    /// The reference vector of a measure in node order, or nil when the reference does not have it.
    func expected(_ measure: String) -> [Double]? {
        guard let values = measures[measure] else { return nil }
        return names.map { values[$0]! }
    }

    static var networkxVersion: String { referenceJSON["networkx_version"] as! String }
}

func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count)
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}

/// Extra NetworkX values (Resources/extra, made by make_extra_reference.py).
nonisolated(unsafe) let extraReference: [String: Any] = {
    let url = TestResources.directory.appendingPathComponent("extra/extra_reference.json")
    return try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
}()
