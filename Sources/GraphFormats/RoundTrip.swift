import Foundation
import GraphCore

/// The round-trip property every writer keeps: a graph written in a format and read back by that format's reader is
/// the same graph, or the writer refuses it with a ``GraphWriteError`` naming what it cannot write. The tests check it
/// over every fixture, and the fuzzing harness (Fuzz/) over every input a reader accepts.
///
/// "The same graph" is compared as each format documents it (docs/formats.md): attribute values by their text (the
/// types DOT and some GraphML/GEXF attributes do not keep are not compared here), lists as lists of their items in
/// the formats that have lists (node-link JSON, the dataset format) and as their JSON text elsewhere; GEXF keeps the title and the
/// subgraph mark but no other graph data (no graph attributes, no bibliography: its `<meta>` has no place for them);
/// the dataset format's `IMPORTED`
/// citation, which it adds to records without provenance, is ignored; GraphML, GEXF and node-link JSON write
/// HTML-like values as plain text (and say so), so they are compared as text there; an edge list keeps only the edges
/// between node names, as a set.
@_spi(Testing) public enum RoundTrip {
    /// Reads `data` as `format`, or nil when the reader refuses it (a ``GraphInputError``: what bad input must get).
    public static func read(_ data: Data, as format: GraphFileFormat, limits: ReadLimits = .default) -> KnowledgeGraph? {
        try? readThrowing(data, as: format, limits: limits)
    }

    private static func readThrowing(_ data: Data, as format: GraphFileFormat, limits: ReadLimits, directedEdgeList: Bool = false) throws(GraphInputError) -> KnowledgeGraph {
        try GraphIO.read(data: data, file: "input", format: format, edgeList: .init(directed: directedEdgeList), limits: limits)
    }

    /// Where the numbered fast path of the edge-list reader (``NumberedEdgeList``) and the general parser disagree on
    /// `data`, read both ways: the nodes in order, the edges in order, the rows. Empty when the fast path declines the
    /// input or gives the general parser's snapshot; what the fuzzer of edge lists checks besides the round trip.
    public static func numberedFastPathDisagreements(_ data: Data) -> [String] {
        var found: [String] = []
        for directed in [false, true] {
            guard let fast = data.withUnsafeBytes({ NumberedEdgeList.snapshot($0, directed: directed, progress: nil) }) else { continue }
            var parser = EdgeListParser(file: "input", options: .init(directed: directed))
            data.withUnsafeBytes { parser.parse($0) }
            guard parser.problems.isEmpty else { found.append("the fast path read a file the general parser refuses"); continue }
            let slow = parser.snapshot()
            if fast.ids != slow.ids { found.append("node names or their order differ (directed: \(directed))") }
            if fast.graph.edgeSources != slow.graph.edgeSources || fast.graph.edgeTargets != slow.graph.edgeTargets {
                found.append("edges or their order differ (directed: \(directed))")
            }
            if fast.graph.outOffsets != slow.graph.outOffsets || fast.graph.outTargets != slow.graph.outTargets || fast.graph.outEdges != slow.graph.outEdges {
                found.append("rows differ (directed: \(directed))")
            }
        }
        return found
    }

    /// Where the plain reader of `format` (`PlainGraphReader`: GraphML, GEXF, DOT) and the format's full reader
    /// disagree on `data`: a file the plain reader reads and the full reader refuses, or one whose model differs
    /// (direction, title, graph attributes, nodes, edges, all in order). Empty when the plain reader declines the
    /// input or reads what the full reader reads; what the fuzzers of these formats check besides the round trip.
    public static func plainReaderDisagreements(_ data: Data, as format: GraphFileFormat) -> [String] {
        guard let plain = PlainGraphReader.snapshot(data, format: format) else { return [] }
        let full: KnowledgeGraph
        do { full = try GraphIO.read(data: data, file: "input", format: format) } catch {
            return ["the plain reader read a file the full reader refuses: \(error.description)"]
        }
        let model = plain.knowledgeGraph()
        var found: [String] = []
        if model.isDirected != full.isDirected { found.append("directed: plain \(model.isDirected), full \(full.isDirected)") }
        if full.title != nil || !full.attributes.isEmpty || !full.sourceKeys.isEmpty { found.append("the full reader keeps a title, graph attributes or sources") }
        if model.nodes != full.nodes {
            let i = model.nodes.indices.first { $0 >= full.nodes.count || model.nodes[$0] != full.nodes[$0] } ?? model.nodes.count
            found.append("nodes differ (\(model.nodes.count) plain, \(full.nodes.count) full; first at \(i))")
        }
        if model.edges != full.edges {
            let i = model.edges.indices.first { $0 >= full.edges.count || model.edges[$0] != full.edges[$0] } ?? model.edges.count
            found.append("edges differ (\(model.edges.count) plain, \(full.edges.count) full; first at \(i))")
        }
        return found
    }

    /// Limits as large as an export needs: writers expand nothing, so the export of a graph its reader accepted
    /// within the limits is read back without them.
    private static let unlimited = ReadLimits(maxExpandedEdges: .max, maxStringLength: .max, maxNesting: .max)

    /// What goes wrong when `graph` is written in each format and read back: an export its own reader refuses, or
    /// one it reads as a different graph. Empty when every format keeps the property.
    public static func problems(of graph: KnowledgeGraph) -> [String] {
        var found: [String] = []
        for format in GraphFileFormat.readable where !format.isFolder {
            let bytes: Data
            do { bytes = try GraphIO.write(graph, as: format).data } catch { continue }   // refused, with its reason
            let back: KnowledgeGraph
            // An edge list does not say whether it is directed: it is read back as the graph was.
            do { back = try readThrowing(bytes, as: format, limits: unlimited, directedEdgeList: graph.isDirected) } catch {
                found.append("\(format.rawValue): the export is not readable by its own reader: \(error.description)")
                continue
            }
            if format == .edgeList || format == .edgeListCSV {
                if edgeSet(graph) != edgeSet(back) { found.append("\(format.rawValue): the edges read back differ") }
                continue
            }
            let a = Canonical(graph, for: format), b = Canonical(back, for: format)
            if let difference = a.firstDifference(from: b) { found.append("\(format.rawValue): \(difference)") }
        }
        // the spreadsheet tables, in memory
        do {
            let (nodes, edges, _) = try GraphTables.write(graph)
            do {
                let back = try GraphTables.read(nodes: nodes, edges: edges)
                if let difference = Canonical(graph, for: .tables).firstDifference(from: Canonical(back, for: .tables)) { found.append("tables: \(difference)") }
            } catch { found.append("tables: the export is not readable by its own reader: \(error.description)") }
        } catch {}
        return found
    }

    /// An edge list's view of a graph: the set of (source, target) name pairs (unordered when undirected).
    private static func edgeSet(_ g: KnowledgeGraph) -> Set<[String]> {
        Set(g.edges.map { e in
            let pair = [e.source.rawValue, e.target.rawValue]
            return g.isDirected ? pair : pair.sorted()
        })
    }

    /// A graph reduced to what a format promises to keep, for comparison.
    private struct Canonical: Equatable {
        var title: String?
        var directed: Bool
        var attributes: [String: String]
        var nodes: [String]
        var edges: [String]
        var sources: [Source]

        init(_ g: KnowledgeGraph, for format: GraphFileFormat) {
            let imported = DatasetWriter.importedSourceKey
            let keepsHTML = format == .dot || format == .dataset
            // lists stay lists where the format has them; elsewhere they are their JSON text
            let keepsLists = format == .nodeLink || format == .dataset
            func text(_ v: AttributeValue) -> String {
                if case .html(let h) = v, keepsHTML { return "html:\(h)" }
                if case .list(let items) = v, keepsLists { return "list:[" + items.map(text).joined(separator: "\u{2}") + "]" }
                return GraphMLWriter.text(v)
            }
            func text(_ attributes: [String: AttributeValue], labelled label: String? = nil) -> String {
                attributes.keys.sorted().compactMap { k in
                    let v = attributes[k]!
                    // a table cell cannot tell an empty text from no value
                    if format == .tables, GraphMLWriter.text(v).isEmpty { return nil }
                    // an HTML-like label written as text becomes the node's plain label
                    if !keepsHTML, k == "label", case .html(let h) = v, h == label { return nil }
                    return "\(k)=\(text(v))"
                }.joined(separator: "\u{1}")
            }
            func provenance(_ p: Provenance) -> String {
                let citations = p.citations.filter { !(format == .dataset && $0.sourceKey == imported) }
                return "\(p.evidence.rawValue)|" + citations.map(\.description).joined(separator: "\u{1}")
            }
            title = format == .tables ? nil : g.title
            // a table says the direction only through its edges' Type
            directed = format == .tables && g.edges.isEmpty ? false : g.isDirected
            // GEXF has no place for graph attributes or a bibliography (its writer says so); only the title travels.
            attributes = format == .gexf ? g.attributes.filter { $0.key == "subgraph" }.mapValues(text)
                : format == .tables ? [:] : g.attributes.mapValues(text)
            nodes = g.nodes.map { n in
                [n.id.rawValue, n.kind.rawValue, format == .tables && n.label.isEmpty ? n.id.rawValue : n.label, n.description ?? "\u{0}", n.aliases.joined(separator: "\u{1}"),
                 provenance(n.provenance), text(n.attributes, labelled: n.label)].joined(separator: "\u{2}")
            }
            edges = g.edges.map { e in
                [e.source.rawValue, e.relation.rawValue, e.target.rawValue, e.key ?? "\u{0}", e.weight.map { "\($0)" } ?? "\u{0}",
                 e.note ?? "\u{0}", provenance(e.provenance), text(e.attributes)].joined(separator: "\u{2}")
            }
            sources = format == .gexf || format == .tables ? [] : g.sourceKeys.filter { !(format == .dataset && $0 == imported) }.map { g.sources[$0]! }
        }

        func firstDifference(from other: Canonical) -> String? {
            if title != other.title { return "the title differs (\(title ?? "none") / \(other.title ?? "none"))" }
            if directed != other.directed { return "directedness differs" }
            if attributes != other.attributes { return "graph attributes differ: \(attributes) / \(other.attributes)" }
            if nodes.count != other.nodes.count { return "\(nodes.count) nodes became \(other.nodes.count)" }
            if let i = nodes.indices.first(where: { nodes[$0] != other.nodes[$0] }) {
                return "node \(i) differs: \(shown(nodes[i])) / \(shown(other.nodes[i]))"
            }
            if edges.count != other.edges.count { return "\(edges.count) edges became \(other.edges.count)" }
            if let i = edges.indices.first(where: { edges[$0] != other.edges[$0] }) {
                return "edge \(i) differs: \(shown(edges[i])) / \(shown(other.edges[i]))"
            }
            if sources != other.sources { return "the bibliography differs" }
            return nil
        }

        private func shown(_ s: String) -> String {
            String(String(s.unicodeScalars.map { $0.value < 0x20 ? "|" : Character($0) }).prefix(200)).debugDescription
        }
    }
}
