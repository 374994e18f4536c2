import Foundation
import GraphCore

/// An attribute value in DOT text.
package enum DOTValue: Hashable, Sendable {
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
package struct DOTGraph: Sendable {
    package struct Node: Sendable {
        package var id: String
        package var attributes: [String: DOTValue]
        package init(id: String, attributes: [String: DOTValue] = [:]) { self.id = id; self.attributes = attributes }
    }

    package struct Edge: Sendable {
        package var source: String
        package var target: String
        package var attributes: [String: DOTValue]
        package init(source: String, target: String, attributes: [String: DOTValue] = [:]) {
            self.source = source; self.target = target; self.attributes = attributes
        }
    }

    /// A subgraph around some nodes (each node is declared inside at most one); Graphviz draws it as a box when its
    /// name starts with `cluster`.
    package struct Cluster: Sendable {
        package var name: String
        package var attributes: [String: DOTValue]
        package var nodeIDs: [String]
        package init(name: String, attributes: [String: DOTValue] = [:], nodeIDs: [String]) {
            self.name = name; self.attributes = attributes; self.nodeIDs = nodeIDs
        }
    }

    package var name = "G"
    package var directed: Bool
    package var strict = false
    /// Write node names with ``DOTWriter/exactQuoted(_:)`` (for exports that must read back to the same names)
    /// instead of the injective ``DOTWriter/quoted(_:)`` used for drawing.
    package var exactNames = false
    package var graphAttributes: [String: DOTValue] = [:]
    package var nodeDefaults: [String: DOTValue] = [:]
    package var edgeDefaults: [String: DOTValue] = [:]
    package var nodes: [Node] = []
    package var edges: [Edge] = []
    package var clusters: [Cluster] = []

    package init(directed: Bool) { self.directed = directed }
}
