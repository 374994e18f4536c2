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

    /// The engine for a diagram of `nodes` nodes and `edges` edges.
    public static func engine(nodes: Int, edges: Int) -> LayoutEngine {
        if nodes > sfdpNodeLimit || edges > sfdpEdgeLimit { return .sfdp }
        return nodes > dotNodeLimit ? .neato : .dot
    }
}
