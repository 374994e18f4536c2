import GraphCore

/// Limits on what one input file may ask of the readers, so that a small file cannot take minutes or gigabytes.
///
/// The defaults are far above what real graphs need (see docs/reliability.md); a user with a legitimately larger
/// file raises them (the command line has a flag for each).
public struct ReadLimits: Sendable, Hashable {
    /// The most edges a DOT file's edge statements over subgraphs may expand to: `{a b} -> {c d}` is four edges,
    /// `{a0 … a1999} -> {b0 … b1999}` four million from 21 kB. Edges written one by one (`a -> b`) are not counted:
    /// the file's size bounds them.
    public var maxExpandedEdges: Int
    /// The longest quoted or HTML-like string in a DOT file, in bytes (Graphviz's lexer takes time quadratic in it).
    public var maxStringLength: Int
    /// The deepest nesting of `{ … }` in a DOT file.
    public var maxNesting: Int

    /// Limits; the defaults are ``default``'s.
    public init(maxExpandedEdges: Int = 500_000, maxStringLength: Int = 1 << 20, maxNesting: Int = 1000) {
        self.maxExpandedEdges = maxExpandedEdges
        self.maxStringLength = maxStringLength
        self.maxNesting = maxNesting
    }

    /// 500,000 expanded edges, 1 MiB strings, nesting 1,000 deep.
    public static let `default` = ReadLimits()

    /// One of the limits, as ``Diagnostic/exceededLimit`` names the one an input went past.
    public enum Limit: String, Sendable, Hashable, CaseIterable {
        /// ``maxExpandedEdges``, ``maxStringLength`` or ``maxNesting``.
        case expandedEdges, stringLength, nesting
    }
}
