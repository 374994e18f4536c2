import GraphCore
import GraphFormats
import GraphQuery

/// Preparing a diagram for a page: ranks wrapped, the legend after the drawing.
extension DiagramBuilder {
    /// Wraps long ranks: nodes are layered by longest path over the edges (as dot's ranks are at least that), and in
    /// a layer holding more than `cap` nodes the (cap+1)-th and later, in node order, have their incoming edges
    /// lengthened (`minlen`) so they move to the following layers, `cap` per layer; layers are processed left to right,
    /// so what a move pushes along is wrapped in turn. Sources (nodes without incoming edges) stay in the first layer.
    static func wrapRanks(_ dot: inout DOTGraph, cap: Int) {
        let ids = dot.nodes.map(\.id)
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var incoming = [[Int]](repeating: [], count: ids.count)
        for (e, edge) in dot.edges.enumerated() {
            guard let s = index[edge.source], let t = index[edge.target], s != t else { continue }
            incoming[t].append(e)
        }
        var minlen = [Int](repeating: 1, count: dot.edges.count)
        func layers() -> [Int] {
            // longest path, iterated to a fixed point (cycles are cut at ids.count passes)
            var layer = [Int](repeating: 0, count: ids.count)
            for _ in 0..<ids.count {
                var changed = false
                for v in ids.indices {
                    for e in incoming[v] {
                        let u = index[dot.edges[e].source]!
                        if layer[u] + minlen[e] > layer[v] && layer[u] + minlen[e] <= ids.count { layer[v] = layer[u] + minlen[e]; changed = true }
                    }
                }
                if !changed { break }
            }
            return layer
        }
        var level = 1
        while true {
            let layer = layers()
            guard let top = layer.max(), level <= top else { break }
            let members = ids.indices.filter { layer[$0] == level && !incoming[$0].isEmpty }
            if members.count > cap {
                for (i, v) in members.enumerated() where i >= cap {
                    for e in incoming[v] { minlen[e] += i / cap }
                }
            }
            level += 1
        }
        for e in dot.edges.indices where minlen[e] > 1 { dot.edges[e].attributes["minlen"] = .text("\(minlen[e])") }
    }

    /// Puts the legend in ranks of its own after the drawing: invisible edges from a node of the drawing's last
    /// layer to every legend glyph.
    static func placeLegendAfter(_ dot: inout DOTGraph, mainNodes: [String]) {
        let main = Set(mainNodes)
        let targets = Set(dot.edges.map(\.target))
        // a node of the drawing that is the target of no main edge is a source; one that leads nowhere is a sink
        let sources = Set(dot.edges.filter { main.contains($0.source) }.map(\.source))
        guard let anchor = mainNodes.last(where: { targets.contains($0) && !sources.contains($0) }) ?? mainNodes.last else { return }
        let glyphs = dot.nodes.map(\.id).filter { $0.hasPrefix(legendID) && !$0.hasSuffix("_to") }
        for g in glyphs { dot.edges.append(DOTGraph.Edge(source: anchor, target: g, attributes: ["style": .text("invis")])) }
    }
}
