import GraphCore

/// The plain reader of GraphML (see ``PlainGraphReader``): one `<graph>` with an optional `edgedefault`, nodes that
/// carry nothing but an `id`, edges that carry a `source`, a `target` and at most a weight, in the one `<key>` this
/// allows: `for="edge" attr.name="weight"` of type `double` or `float`. That is what our writer and NetworkX write
/// for a graph of names and (weighted) edges. An edge must come after both its nodes (NetworkX and our writer put the
/// nodes first; the full reader also takes edges that come earlier).
enum PlainGraphML {
    static func snapshot(_ bytes: UnsafeRawBufferPointer) -> GraphSnapshot? {
        var x = PlainXMLScanner(bytes)
        guard x.declaration() else { return nil }
        x.skipSpace()
        guard let root = x.startTag(), x.equals(root.name, "graphml"), !root.selfClosing, x.rootNamespacesAreDeclared() else { return nil }
        var weightKey: [UInt8]?
        var builder = PlainSnapshotBuilder()
        var directed = false
        while true {
            x.skipSpace()
            guard let tag = x.startTag() else { return nil }
            if x.equals(tag.name, "key") {
                guard weightKey == nil, let key = weightKeyID(x), tag.selfClosing || x.closes("key") else { return nil }
                weightKey = key
            } else if x.equals(tag.name, "graph") {
                guard !tag.selfClosing, let d = edgeDefault(x) else { return nil }
                directed = d
                guard content(&x, &builder, weightKey: weightKey) else { return nil }
                break
            } else {
                return nil
            }
        }
        guard x.closes("graphml"), x.ends() else { return nil }
        return builder.snapshot(directed: directed)
    }

    /// The id of the key the last tag declares, when it is the edge weight key (`for="edge"`, `attr.name="weight"`,
    /// `attr.type` `double` or `float`), else nil.
    private static func weightKeyID(_ x: PlainXMLScanner) -> [UInt8]? {
        var id: [UInt8]?, isEdge = false, isWeight = false, isReal = false
        for a in x.attributes {
            if x.equals(a.name, "id") { id = x.withValue(a) { Array($0) } }
            else if x.equals(a.name, "for") { isEdge = x.value(a, is: "edge") }
            else if x.equals(a.name, "attr.name") { isWeight = x.value(a, is: "weight") }
            else if x.equals(a.name, "attr.type") { isReal = x.value(a, is: "double") || x.value(a, is: "float") }
            else { return nil }
        }
        return isEdge && isWeight && isReal ? id : nil
    }

    /// Whether the `<graph>` tag declares its edges directed; nil for anything but `edgedefault` and `id`.
    private static func edgeDefault(_ x: PlainXMLScanner) -> Bool? {
        var directed = false
        for a in x.attributes {
            if x.equals(a.name, "edgedefault") {
                if x.value(a, is: "directed") { directed = true } else if !x.value(a, is: "undirected") { return nil }
            } else if !x.equals(a.name, "id") {
                return nil
            }
        }
        return directed
    }

    /// The nodes and edges of the graph, through its end tag.
    private static func content(_ x: inout PlainXMLScanner, _ builder: inout PlainSnapshotBuilder, weightKey: [UInt8]?) -> Bool {
        while true {
            x.skipSpace()
            if x.endTag("graph") { return true }
            guard let tag = x.startTag() else { return false }
            if x.equals(tag.name, "node") {
                guard x.attributes.count == 1, x.equals(x.attributes[0].name, "id"),
                      x.withValue(x.attributes[0], { builder.add($0) }) != nil,
                      tag.selfClosing || x.closes("node") else { return false }
            } else if x.equals(tag.name, "edge") {
                var source: Int32?, target: Int32?
                for a in x.attributes {
                    if x.equals(a.name, "source"), source == nil { source = x.withValue(a) { builder.position(of: $0) } }
                    else if x.equals(a.name, "target"), target == nil { target = x.withValue(a) { builder.position(of: $0) } }
                    else { return false }
                }
                guard let source, let target else { return false }
                var weight: Double?
                if !tag.selfClosing {
                    x.skipSpace()
                    if !x.endTag("edge") {
                        guard let w = data(&x, weightKey: weightKey), x.closes("edge") else { return false }
                        weight = w
                    }
                }
                builder.addEdge(source, target, weight: weight)
            } else {
                return false
            }
        }
    }

    /// `<data key="…">number</data>` for the weight key: the number as the full reader reads it (`Double` of the
    /// trimmed text; here the text must have nothing to trim), when it is finite.
    private static func data(_ x: inout PlainXMLScanner, weightKey: [UInt8]?) -> Double? {
        guard let weightKey, let tag = x.startTag(), x.equals(tag.name, "data"), !tag.selfClosing,
              x.attributes.count == 1, x.equals(x.attributes[0].name, "key"),
              x.withValue(x.attributes[0], { $0.elementsEqual(weightKey) }),
              let text = x.text(), let first = text.first, x.bytes[first] != 0x20, x.bytes[text.last!] != 0x20,
              let w = Double(String(decoding: UnsafeRawBufferPointer(rebasing: x.bytes[text]), as: UTF8.self)), w.isFinite,
              x.endTag("data") else { return nil }
        return w
    }
}
