import Foundation
import GraphCore

/// An attribute value in DOT text.
public enum DOTValue: Hashable, Sendable {
    /// Text, written as a quoted, escaped string. Graphviz decodes HTML entities (`&amp;`) and escString sequences
    /// (`\N`) in labels and tooltips, so `&` is written as `&amp;` and `\` doubled: the text comes out as given.
    case text(String)
    /// An HTML-like label, written between `<` and `>`. Build it with ``DOTWriter/htmlEscaped(_:)`` for any text.
    case html(String)
    /// A string kept exactly as given (quoted and escaped, but no entity escaping): for exporting attribute values,
    /// which must read back unchanged.
    case exact(String)
}

/// A graph to write as DOT: everything in a fixed order, so the same input gives byte-identical text.
public struct DOTGraph: Sendable {
    public struct Node: Sendable {
        public var id: String
        public var attributes: [String: DOTValue]
        public init(id: String, attributes: [String: DOTValue] = [:]) { self.id = id; self.attributes = attributes }
    }

    public struct Edge: Sendable {
        public var source: String
        public var target: String
        public var attributes: [String: DOTValue]
        public init(source: String, target: String, attributes: [String: DOTValue] = [:]) {
            self.source = source; self.target = target; self.attributes = attributes
        }
    }

    /// A subgraph around some nodes (each node is declared inside at most one); Graphviz draws it as a box when its
    /// name starts with `cluster`.
    public struct Cluster: Sendable {
        public var name: String
        public var attributes: [String: DOTValue]
        public var nodeIDs: [String]
        public init(name: String, attributes: [String: DOTValue] = [:], nodeIDs: [String]) {
            self.name = name; self.attributes = attributes; self.nodeIDs = nodeIDs
        }
    }

    public var name = "G"
    public var directed: Bool
    public var strict = false
    /// Write node names with ``DOTWriter/exactQuoted(_:)`` (for exports that must read back to the same names)
    /// instead of the injective ``DOTWriter/quoted(_:)`` used for drawing.
    public var exactNames = false
    public var graphAttributes: [String: DOTValue] = [:]
    public var nodeDefaults: [String: DOTValue] = [:]
    public var edgeDefaults: [String: DOTValue] = [:]
    public var nodes: [Node] = []
    public var edges: [Edge] = []
    public var clusters: [Cluster] = []

    public init(directed: Bool) { self.directed = directed }
}
