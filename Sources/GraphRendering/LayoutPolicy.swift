import Foundation
/// Which Graphviz layout engine draws a diagram when the caller does not choose one.
///
/// Up to ``dotNodeLimit`` nodes the layered `dot` layout reads well; above it, ranks get so wide that a
/// force-directed layout gives a far more readable picture: `neato` (stress majorisation, whose seeded layout is
/// byte-identical run to run, unlike `fdp`'s) up to ``sfdpNodeLimit`` nodes and ``sfdpEdgeLimit`` edges, `sfdp`
/// beyond (dot can take minutes on graphs that size). docs/rendering.md has the measurements behind the limits.
public enum LayoutPolicy {
    /// The most nodes drawn with `dot` by default.
    public static let dotNodeLimit = 80
    /// Above this many nodes, `sfdp`.
    public static let sfdpNodeLimit = 800
    /// Above this many edges, `sfdp`.
    public static let sfdpEdgeLimit = 2500

    /// Above this many nodes, `circo` and `twopi` are warned about (circo took 26 s on the 166-node bundled graph).
    public static let circularNodeLimit = 100

    /// What a user should know before an engine they chose runs on a diagram this size: engines that do not draw
    /// node-link diagrams, that are slow at this size, or whose layout changes from run to run. Empty when there is
    /// nothing to say.
    public static func warnings(engine: LayoutEngine, nodes: Int, edges: Int) -> [String] {
        var result: [String] = []
        switch engine {
        case .patchwork:
            result.append("patchwork draws a treemap of nested rectangles, not a node-link diagram: edges are not drawn")
        case .circo where nodes > circularNodeLimit, .twopi where nodes > circularNodeLimit:
            result.append("\(engine.rawValue) on \(nodes) nodes can take tens of seconds (circo took 26 s on 166 nodes here); --timeout S stops it")
        case .fdp:
            result.append("fdp's layout differs from run to run even with a fixed seed: the file will not be reproducible")
        case .dot where nodes > dotNodeLimit:
            result.append("dot on \(nodes) nodes gives very wide ranks and can take minutes; neato (the default at this size) reads better")
        default: break
        }
        if engine != .sfdp && (nodes > sfdpNodeLimit || edges > sfdpEdgeLimit) {
            result.append("\(nodes) nodes and \(edges) edges: \(engine.rawValue) may take minutes; sfdp is the default at this size")
        }
        return result
    }

    /// About how long `engine` takes to lay out and draw `nodes` nodes, in seconds: `c · nodes^k`, fitted to this
    /// project's measurements (Graphviz 2.43 on a 2-core machine, Barabási–Albert graphs with m = 2, SVG, whole
    /// process): sfdp 0.21 s at 500 nodes, 0.59 s at 1,000, 1.5 s at 2,000, 5.5 s at 4,000, 11.6 s at 8,000; neato
    /// 1.05 s, 4.0 s and 13.7 s at 500, 1,000 and 2,000; dot 0.11 s and 0.28 s at 200 and 400. Within about 30 % of
    /// those; graphs denser or with longer labels take longer. `nil` for the engines not measured (circo, twopi, fdp,
    /// osage, patchwork). For a progress line, not a promise.
    public static func estimatedSeconds(engine: LayoutEngine, nodes: Int, edges: Int) -> Double? {
        let n = Double(max(nodes, 1))
        switch engine {
        case .sfdp: return 2.96e-5 * pow(n, 1.43)
        case .neato: return 1.95e-5 * pow(n, 1.77)
        case .dot: return 1.45e-4 * pow(n, 1.26)
        default: return nil
        }
    }

    /// The engine for a diagram of `nodes` nodes and `edges` edges.
    public static func engine(nodes: Int, edges: Int) -> LayoutEngine {
        if nodes > sfdpNodeLimit || edges > sfdpEdgeLimit { return .sfdp }
        return nodes > dotNodeLimit ? .neato : .dot
    }
}
