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

    /// A subgraph: a box when its name starts with `cluster`, a rank constraint (`rank=same`), or a scope for local
    /// defaults. Its nodes are declared at the top of the graph and only named here (a node's attributes are
    /// complete there), so a subgraph's node defaults do not restyle them; its edges are declared inside it. A named
    /// subgraph may be written more than once (DOT reopens it): only the first carries its attributes and nodes.
    package struct Subgraph: Sendable {
        /// Nil writes an anonymous subgraph (`subgraph { … }`).
        package var name: String?
        package var attributes: [String: DOTValue]
        package var nodeDefaults: [String: DOTValue]
        package var edgeDefaults: [String: DOTValue]
        package var nodeIDs: [String]
        /// Edges and nested subgraphs, written in this order after the nodes.
        package var body: [Statement]
        package init(name: String?, attributes: [String: DOTValue] = [:], nodeDefaults: [String: DOTValue] = [:],
                     edgeDefaults: [String: DOTValue] = [:], nodeIDs: [String] = [], body: [Statement] = []) {
            self.name = name; self.attributes = attributes; self.nodeDefaults = nodeDefaults; self.edgeDefaults = edgeDefaults
            self.nodeIDs = nodeIDs; self.body = body
        }
    }

    package enum Statement: Sendable {
        case edge(Edge)
        case subgraph(Subgraph)
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
    package var subgraphs: [Subgraph] = []
    /// Edges and subgraphs in one sequence, written after ``subgraphs`` and before ``edges``: for a writer that must
    /// keep the order in which a file created its edges across subgraphs (the DOT exporter).
    package var statements: [Statement] = []

    package init(directed: Bool) { self.directed = directed }
}
