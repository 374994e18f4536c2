import GraphCore

/// The plain reader of GEXF (see ``PlainGraphReader``): a `<meta>` with at most a `lastmodifieddate` and a
/// `<creator>`, one static `<graph>` with an optional `defaultedgetype` and no name, nodes that carry an `id` and at
/// most a `label` equal to it, edges that carry a `source`, a `target`, an optional `weight`, and ids that are all
/// absent or all their positions (0, 1, …, which the full reader does not keep as data). That is what our writer
/// writes for a graph of names and (weighted) edges. An edge must name nodes declared before it, as GEXF puts
/// `<nodes>` before `<edges>`.
enum PlainGEXF {
    static func snapshot(_ bytes: UnsafeRawBufferPointer) -> GraphSnapshot? {
        var x = PlainXMLScanner(bytes)
        guard x.declaration() else { return nil }
        x.skipSpace()
        guard let root = x.startTag(), x.equals(root.name, "gexf"), !root.selfClosing, x.rootNamespacesAreDeclared() else { return nil }
        x.skipSpace()
        guard var tag = x.startTag() else { return nil }
        if x.equals(tag.name, "meta") {
            guard x.attributes.allSatisfy({ x.equals($0.name, "lastmodifieddate") }), meta(&x, selfClosing: tag.selfClosing) else { return nil }
            x.skipSpace()
            guard let next = x.startTag() else { return nil }
            tag = next
        }
        guard x.equals(tag.name, "graph"), !tag.selfClosing, let directed = graphMode(x) else { return nil }
        var builder = PlainSnapshotBuilder()
        x.skipSpace()
        if x.looksAt("<nodes") {
            guard let nodes = x.startTag(), x.equals(nodes.name, "nodes"), counts(x) else { return nil }
            if !nodes.selfClosing { guard self.nodes(&x, &builder) else { return nil } }
            x.skipSpace()
        }
        if x.looksAt("<edges") {
            guard let edges = x.startTag(), x.equals(edges.name, "edges"), counts(x) else { return nil }
            if !edges.selfClosing { guard self.edges(&x, &builder) else { return nil } }
        }
        guard x.closes("graph"), x.closes("gexf"), x.ends() else { return nil }
        return builder.snapshot(directed: directed)
    }

    /// The rest of `<meta>`: at most one `<creator>` of plain text (the full reader keeps neither).
    private static func meta(_ x: inout PlainXMLScanner, selfClosing: Bool) -> Bool {
        if selfClosing { return true }
        x.skipSpace()
        if x.endTag("meta") { return true }
        guard let creator = x.startTag(), x.equals(creator.name, "creator"), x.attributes.isEmpty else { return false }
        if !creator.selfClosing { guard x.text() != nil, x.endTag("creator") else { return false } }
        return x.closes("meta")
    }

    /// Whether the `<graph>` tag declares its edges directed; nil for a name (which the model keeps), a mode but
    /// static, or any other attribute.
    private static func graphMode(_ x: PlainXMLScanner) -> Bool? {
        var directed = false
        for a in x.attributes {
            if x.equals(a.name, "defaultedgetype") {
                if x.value(a, is: "directed") { directed = true } else if !x.value(a, is: "undirected") { return nil }
            } else if !(x.equals(a.name, "mode") && x.value(a, is: "static")) {
                return nil
            }
        }
        return directed
    }

    /// Whether `<nodes>` or `<edges>` has no attribute but `count` (which the full reader does not read).
    private static func counts(_ x: PlainXMLScanner) -> Bool {
        x.attributes.allSatisfy { x.equals($0.name, "count") }
    }

    private static func nodes(_ x: inout PlainXMLScanner, _ builder: inout PlainSnapshotBuilder) -> Bool {
        while true {
            x.skipSpace()
            if x.endTag("nodes") { return true }
            guard let tag = x.startTag(), x.equals(tag.name, "node") else { return false }
            var id: PlainXMLScanner.Attribute?, label: PlainXMLScanner.Attribute?
            for a in x.attributes {
                if x.equals(a.name, "id") { id = a } else if x.equals(a.name, "label") { label = a } else { return false }
            }
            guard let id else { return false }
            // a label that differs from the id is the model's label: not a plain graph
            if let label, !x.withValue(id, { idBytes in x.withValue(label) { $0.elementsEqual(idBytes) } }) { return false }
            guard x.withValue(id, { builder.add($0) }) != nil, tag.selfClosing || x.closes("node") else { return false }
        }
    }

    private static func edges(_ x: inout PlainXMLScanner, _ builder: inout PlainSnapshotBuilder) -> Bool {
        var position = 0
        var numbered: Bool?   // every edge's id its position (true), or no edge with an id (false)
        while true {
            x.skipSpace()
            if x.endTag("edges") { return true }
            guard let tag = x.startTag(), x.equals(tag.name, "edge") else { return false }
            var source: Int32?, target: Int32?, weight: Double?, hasID = false
            for a in x.attributes {
                if x.equals(a.name, "source") { source = x.withValue(a) { builder.position(of: $0) } }
                else if x.equals(a.name, "target") { target = x.withValue(a) { builder.position(of: $0) } }
                else if x.equals(a.name, "id") {
                    guard x.withValue(a, { $0.elementsEqual(String(position).utf8) }) else { return false }
                    hasID = true
                } else if x.equals(a.name, "weight") {
                    // as the full reader reads it: `Double` of the value as written, finite
                    guard let w = x.withValue(a, { Double(String(decoding: $0, as: UTF8.self)) }), w.isFinite else { return false }
                    weight = w
                } else {
                    return false
                }
            }
            guard let source, let target, numbered == nil || numbered == hasID else { return false }
            numbered = hasID
            guard tag.selfClosing || x.closes("edge") else { return false }
            builder.addEdge(source, target, weight: weight)
            position += 1
        }
    }
}
