import CGraphviz
import Foundation

/// The Graphviz C library (libgvc/libcgraph) behind one lock: parsing DOT text, laying it out and rendering it in
/// memory. The only importer of CGraphviz; Formats parses DOT through it and Rendering draws through it.
///
/// Graphviz keeps process-wide state (dot's static tables, the parser, pango's font cache): two renders at once crash
/// it, whatever their contexts. So every call is serialised behind one lock and runs on a fresh thread with a 64 MiB
/// stack (dot recurses deeply: a 10,000-node chain overflows a 512 kB stack). One `GVC_t` is created on first use and
/// kept for the life of the process (freeing and recreating contexts leaks and makes pango read freed memory on
/// Graphviz 2.42). Graphviz's messages are captured through `agseterrf`, never printed, and returned: errors in the
/// thrown ``GraphvizError``, warnings in ``GraphvizOutput/warnings``. Every graph, layout and render buffer is released
/// on every path. Safe to call from any thread or task.
package enum GraphvizSession {
    private static let lock = NSLock()
    /// Touched only while `lock` is held.
    nonisolated(unsafe) private static var context: OpaquePointer?
    nonisolated(unsafe) private static var messages = ""
    nonisolated(unsafe) private static var engines: [String] = []
    nonisolated(unsafe) private static var formats: [String] = []
    nonisolated(unsafe) private static var startupError: GraphvizError?

    /// Layout engines available in this Graphviz installation.
    package static func availableEngines() throws(GraphvizError) -> [String] {
        try Self.withGraphviz { () throws(GraphvizError) in Self.engines }
    }

    /// Output formats (devices) available in this Graphviz installation.
    package static func availableFormats() throws(GraphvizError) -> [String] {
        try Self.withGraphviz { () throws(GraphvizError) in Self.formats }
    }

    /// Parses `dot`, lays it out with the engine `engineName` and renders it to the device `formatName` (e.g.
    /// `"svg"` or `"svg:cairo"`).
    /// - Throws: ``GraphvizError`` with Graphviz's message.
    package static func render(dot: String, engineName: String, formatName: String) throws(GraphvizError) -> GraphvizOutput {
        try Self.withGraphviz { () throws(GraphvizError) in
            guard Self.engines.contains(engineName) else { throw .unknownEngine(engineName, available: Self.engines) }
            let device = String(formatName.split(separator: ":").first ?? "")
            guard Self.formats.contains(device) else { throw .unknownFormat(formatName, available: Self.formats) }
            return try Self.renderLocked(dot: dot, engine: engineName, format: formatName)
        }
    }

    /// Parses DOT text with Graphviz's own parser (libcgraph), so every file Graphviz accepts is accepted: clusters,
    /// attributes, HTML labels, ports, edge statements over subgraphs. `latin1` decodes the attribute text of files
    /// that declare `charset=latin1`. A parse that Graphviz reports an error for fails even when Graphviz returned a
    /// graph. Graphviz reads only the first graph of the text and expands edge statements without bound: for files
    /// from elsewhere, Formats' `DOTReader` checks the bytes first (docs/reliability.md).
    /// `progress`, when given, hears (bytes read, bytes in all) about every MiB while Graphviz reads the text, from
    /// Graphviz's thread.
    /// - Throws: ``GraphvizError/syntax(message:)`` with Graphviz's message.
    package static func parse(dot: Data, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) throws(GraphvizError) -> ParsedDOTGraph {
        try Self.withGraphviz { () throws(GraphvizError) in try Self.parseLocked(dot, progress: progress) }
    }

    // MARK: - Under the lock

    /// The progress callback handed to the C reader: `context` is the Swift closure.
    private final class ProgressBox {
        let report: @Sendable (Int, Int) -> Void
        init(_ report: @escaping @Sendable (Int, Int) -> Void) { self.report = report }
    }

    private static func parseLocked(_ dot: Data, progress: (@Sendable (Int, Int) -> Void)?) throws(GraphvizError) -> ParsedDOTGraph {
        var bytes = [UInt8](dot)
        while let last = bytes.last, last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09 { bytes.removeLast() }
        bytes.append(0)
        let box = progress.map(ProgressBox.init)
        let graph = try readLocked { bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text in
                guard let box else { return cgv_memread(text) }
                return withExtendedLifetime(box) {
                    cgv_memread_reporting(text, { context, done, total in
                        Unmanaged<ProgressBox>.fromOpaque(context!).takeUnretainedValue().report(done, total)
                    }, Unmanaged.passUnretained(box).toOpaque())
                }
            }
        } }
        defer { agclose(graph) }
        var latin1 = false
        let charset = "charset".withCString { agattr(graph, Int32(AGRAPH), UnsafeMutablePointer(mutating: $0), nil) }
        if let sym = charset, let value = agxget(UnsafeMutableRawPointer(graph), sym) {
            latin1 = ["latin1", "latin-1", "iso-8859-1", "l1", "iso_8859-1", "iso-ir-100", "ibm819", "cp819", "csisolatin1"].contains(String(cString: value).lowercased())
        }
        func text(_ p: UnsafeMutablePointer<CChar>?) -> String {
            guard let p else { return "" }
            if latin1 { return String(data: Data(bytes: p, count: strlen(p)), encoding: .isoLatin1) ?? String(cString: p) }
            return String(cString: p)
        }
        /// The object's attribute values that differ from the attribute's default (a node that never set `label`
        /// reads back Graphviz's default `\N` otherwise).
        func attributes(_ object: UnsafeMutableRawPointer, kind: Int32) -> [String: ParsedDOTGraph.Value] {
            var result: [String: ParsedDOTGraph.Value] = [:]
            var sym = agnxtattr(graph, kind, nil)
            while let s = sym {
                if let raw = agxget(object, s) {
                    let defval = s.pointee.defval.map { String(cString: $0) } ?? ""
                    let rawText = String(cString: raw)
                    if rawText != defval || (kind == Int32(AGRAPH) && !rawText.isEmpty) {
                        let value = text(raw)
                        result[text(s.pointee.name)] = ParsedDOTGraph.Value(text: value, isHTML: aghtmlstr(raw) != 0)
                    }
                }
                sym = agnxtattr(graph, kind, s)
            }
            return result
        }
        /// Declared node and edge defaults (`node [shape=box]`), except Graphviz's own label default. An empty default
        /// is what cgraph gives an attribute set only on some objects, so it counts as declared only for a node's
        /// label, whose implicit default is `\N` (`node [label=""]`).
        func defaults(kind: Int32) -> [String: ParsedDOTGraph.Value] {
            var result: [String: ParsedDOTGraph.Value] = [:]
            var sym = agnxtattr(graph, kind, nil)
            while let s = sym {
                let isNodeLabel = kind == Int32(AGNODE) && String(cString: s.pointee.name) == "label"
                if let d = s.pointee.defval, d.pointee != 0 || isNodeLabel, !(isNodeLabel && String(cString: d) == "\\N") {
                    result[text(s.pointee.name)] = ParsedDOTGraph.Value(text: text(d), isHTML: aghtmlstr(d) != 0)
                }
                sym = agnxtattr(graph, kind, s)
            }
            return result
        }
        var result = ParsedDOTGraph(name: text(agnameof(UnsafeMutableRawPointer(graph))), directed: agisdirected(graph) != 0,
                                    strict: agisstrict(graph) != 0)
        result.graphAttributes = attributes(UnsafeMutableRawPointer(graph), kind: Int32(AGRAPH))
        result.nodeDefaults = defaults(kind: Int32(AGNODE))
        result.edgeDefaults = defaults(kind: Int32(AGEDGE))
        var node = agfstnode(graph)
        var nodeIndex: [UInt: Int] = [:]
        while let n = node {
            nodeIndex[UInt(cgv_seq(UnsafeMutableRawPointer(n)))] = result.nodes.count
            result.nodes.append(ParsedDOTGraph.Node(name: text(agnameof(UnsafeMutableRawPointer(n))), attributes: attributes(UnsafeMutableRawPointer(n), kind: Int32(AGNODE))))
            node = agnxtnode(graph, n)
        }
        var sequence: [UInt] = []
        node = agfstnode(graph)
        while let n = node {
            var edge = agfstout(graph, n)
            while let e = edge {
                sequence.append(UInt(cgv_seq(UnsafeMutableRawPointer(e))))
                let key = agnameof(UnsafeMutableRawPointer(e)).map { String(cString: $0) }
                result.edges.append(ParsedDOTGraph.Edge(tail: text(agnameof(UnsafeMutableRawPointer(cgv_tail(e))))  ,
                                                        head: text(agnameof(UnsafeMutableRawPointer(cgv_head(e)))),
                                                        key: key?.isEmpty == false ? key : nil,
                                                        attributes: attributes(UnsafeMutableRawPointer(e), kind: Int32(AGEDGE))))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        // cgraph walks edges tail by tail; put them back in the order the file created them.
        let order = sequence.indices.sorted { sequence[$0] < sequence[$1] }
        result.edges = order.map { result.edges[$0] }
        var edgeIndex: [UInt: Int] = [:]
        for (position, original) in order.enumerated() { edgeIndex[sequence[original]] = position }

        /// What a subgraph sets itself: graph attribute values, and node and edge defaults, that differ from what it
        /// would inherit from its parent (cgraph's dictionaries are view-pathed to the parent's).
        func own(_ sg: UnsafeMutablePointer<Agraph_t>, parent: UnsafeMutablePointer<Agraph_t>) -> (graph: [String: ParsedDOTGraph.Value], node: [String: ParsedDOTGraph.Value], edge: [String: ParsedDOTGraph.Value]) {
            var values: [String: ParsedDOTGraph.Value] = [:]
            var sym = agnxtattr(graph, Int32(AGRAPH), nil)
            while let s = sym {
                if let mine = agxget(UnsafeMutableRawPointer(sg), s), let theirs = agxget(UnsafeMutableRawPointer(parent), s), strcmp(mine, theirs) != 0 {
                    values[text(s.pointee.name)] = ParsedDOTGraph.Value(text: text(mine), isHTML: aghtmlstr(mine) != 0)
                }
                sym = agnxtattr(graph, Int32(AGRAPH), s)
            }
            func defaults(_ kind: Int32) -> [String: ParsedDOTGraph.Value] {
                var result: [String: ParsedDOTGraph.Value] = [:]
                var sym = agnxtattr(graph, kind, nil)
                while let s = sym {
                    if let local = agattr(sg, kind, s.pointee.name, nil), let inherited = agattr(parent, kind, s.pointee.name, nil),
                       let d = local.pointee.defval, let p = inherited.pointee.defval, strcmp(d, p) != 0 {
                        result[text(s.pointee.name)] = ParsedDOTGraph.Value(text: text(d), isHTML: aghtmlstr(d) != 0)
                    }
                    sym = agnxtattr(graph, kind, s)
                }
                return result
            }
            return (values, defaults(Int32(AGNODE)), defaults(Int32(AGEDGE)))
        }
        /// The subgraphs of `g` in file order, each with the nodes and edges it holds itself (not through a
        /// subgraph of its own).
        func subgraphs(of g: UnsafeMutablePointer<Agraph_t>) -> [ParsedDOTGraph.Subgraph] {
            var found: [(UInt, ParsedDOTGraph.Subgraph)] = []
            var sub = agfstsubg(g)
            while let sg = sub {
                let name = text(agnameof(UnsafeMutableRawPointer(sg)))
                let set = own(sg, parent: g)
                var subgraph = ParsedDOTGraph.Subgraph(name: name.hasPrefix("%") ? nil : name, attributes: set.graph,
                                                       nodeDefaults: set.node, edgeDefaults: set.edge)
                subgraph.subgraphs = subgraphs(of: sg)
                var inner = Set<Int>(), innerEdges = Set<Int>()
                func collect(_ s: ParsedDOTGraph.Subgraph) {
                    inner.formUnion(s.nodes); innerEdges.formUnion(s.edges); s.subgraphs.forEach(collect)
                }
                subgraph.subgraphs.forEach(collect)
                var n = agfstnode(sg)
                while let m = n {
                    if let i = nodeIndex[UInt(cgv_seq(UnsafeMutableRawPointer(m)))], !inner.contains(i) { subgraph.nodes.append(i) }
                    var e = agfstout(sg, m)
                    while let edge = e {
                        if let i = edgeIndex[UInt(cgv_seq(UnsafeMutableRawPointer(edge)))], !innerEdges.contains(i) { subgraph.edges.append(i) }
                        e = agnxtout(sg, edge)
                    }
                    n = agnxtnode(sg, m)
                }
                subgraph.nodes.sort(); subgraph.edges.sort()
                found.append((UInt(cgv_seq(UnsafeMutableRawPointer(sg))), subgraph))
                sub = agnxtsubg(sg)
            }
            return found.sorted { $0.0 < $1.0 }.map(\.1)
        }
        result.subgraphs = subgraphs(of: graph)
        return result
    }

    /// One cgraph parse with the state Graphviz keeps between parses reset first: the message buffer and error count,
    /// the lexer's line counter (a newline left after a graph's closing brace would be counted at the start of the
    /// next parse; callers trim trailing white space too) and the lexer's input buffer (`aglexbad`), so text a
    /// previous parse left unread cannot leak into this one. The parse fails when Graphviz reported an error, even if
    /// it returned a graph: its parser returns what it had read when it ran out of stack ("memory exhausted").
    private static func readLocked(_ parse: () -> UnsafeMutablePointer<Agraph_t>?) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        messages = ""
        agreseterrors()
        aglexbad()
        agreadline(1)
        let graph = parse()
        let errors = split(messages).errors
        aglexbad()
        guard let graph, errors.isEmpty else {
            if let graph { agclose(graph) }
            throw .syntax(message: errors.isEmpty ? "unknown parse error" : errors.joined(separator: "; "))
        }
        return graph
    }

    /// Runs `body` under the process-wide lock on a thread with a large stack, after making sure the context exists.
    private static func withGraphviz<T>(_ body: @escaping @Sendable () throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        lock.lock()
        defer { lock.unlock() }
        let box = ResultSlot<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do throws(GraphvizError) {
                try startIfNeeded()
                box.value = try body()
            } catch {
                box.error = error
            }
            done.signal()
        }
        thread.stackSize = 64 << 20
        thread.start()
        done.wait()
        if let error = box.error { throw error }
        return box.value!
    }

    private static func startIfNeeded() throws(GraphvizError) {
        if let startupError { throw startupError }
        if context != nil { return }
        _ = agseterrf { message in
            if let message { GraphvizSession.messages += String(cString: message) }
            return 0
        }
        guard let gvc = gvContext() else {
            startupError = .pluginsUnavailable("Graphviz could not create a context")
            throw startupError!
        }
        context = gvc
        engines = pluginList(gvc, "layout")
        formats = pluginList(gvc, "device")
        if !engines.contains("dot") {
            startupError = .pluginsUnavailable("Graphviz's plugin configuration is missing or empty (no 'dot' layout); run `dot -c` as root (on Debian: `libgvc6-config-update -c`)")
            throw startupError!
        }
    }

    private static func pluginList(_ gvc: OpaquePointer, _ kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        var names: [String] = []
        for i in 0..<Int(count) {
            if let item = list[i] {
                names.append(String(cString: item))
                free(item)
            }
        }
        free(list)
        return Array(Set(names)).sorted()
    }

    private static func renderLocked(dot: String, engine: String, format: String) throws(GraphvizError) -> GraphvizOutput {
        guard let gvc = context else { throw .pluginsUnavailable("Graphviz context missing") }
        var end = dot.endIndex
        while end > dot.startIndex, dot[dot.index(before: end)].isWhitespace { end = dot.index(before: end) }
        let graph = try readLocked { cgv_memread(String(dot[..<end])) }
        defer { agclose(graph) }
        guard gvLayout(gvc, graph, engine) == 0 else {
            throw .layoutFailed(engine: engine, message: errorText(default: "unknown layout error"))
        }
        defer { gvFreeLayout(gvc, graph) }
        let (rc, buffer, length) = renderData { result, length in gvRenderData(gvc, graph, format, result, length) }
        defer { gvFreeRenderData(buffer) }
        guard rc == 0, let bytes = buffer else {
            throw .renderFailed(format: format, message: errorText(default: "unknown render error"))
        }
        let data = Data(bytes: bytes, count: length)
        return GraphvizOutput(data: data, warnings: split(messages).warnings)
    }

    /// Calls `gvRenderData` whatever its length parameter's type (`unsigned int *` up to Graphviz 12, `size_t *` after):
    /// Swift infers `L` from the imported signature, so no `#if` is needed.
    private static func renderData<L: BinaryInteger>(
        _ call: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<L>) -> Int32
    ) -> (Int32, UnsafeMutablePointer<CChar>?, Int) {
        var result: UnsafeMutablePointer<CChar>?
        var length: L = 0
        let rc = call(&result, &length)
        return (rc, result, Int(length))
    }

    private static func errorText(default fallback: String) -> String {
        let errors = split(messages).errors
        return errors.isEmpty ? fallback : errors.joined(separator: "; ")
    }

    /// Graphviz sends messages in pieces ("Error", ": ", text); whole lines are "Error: …" or "Warning: …".
    private static func split(_ text: String) -> (errors: [String], warnings: [String]) {
        var errors: [String] = [], warnings: [String] = []
        var current: String?
        var isWarning = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let s = String(line)
            if s.hasPrefix("Warning:") || s.hasPrefix("Error:") {
                if let c = current { if isWarning { warnings.append(c) } else { errors.append(c) } }
                isWarning = s.hasPrefix("Warning:")
                current = s.drop(while: { $0 != ":" }).dropFirst().trimmingCharacters(in: .whitespaces)
            } else {
                current = (current.map { $0 + "\n" } ?? "") + s
            }
        }
        if let c = current { if isWarning { warnings.append(c) } else { errors.append(c) } }
        return (errors, warnings)
    }
}

/// A graph as Graphviz parsed it: names and attribute values as text (HTML-like labels marked), in Graphviz's order.
package struct ParsedDOTGraph: Sendable {
    /// An attribute value: its text, and whether it was an HTML-like string (`label=<…>`).
    package struct Value: Sendable, Equatable {
        package var text: String
        package var isHTML: Bool
        package init(text: String, isHTML: Bool) { self.text = text; self.isHTML = isHTML }
    }

    package struct Node: Sendable {
        package var name: String
        package var attributes: [String: Value]
    }

    package struct Edge: Sendable {
        package var tail: String
        package var head: String
        /// The edge's key (`a -> b [key=x]`), if named.
        package var key: String?
        package var attributes: [String: Value]
    }

    package var name: String
    package var directed: Bool
    package var strict: Bool
    package var graphAttributes: [String: Value] = [:]
    /// Declared defaults (`node [shape=box]`, `edge [color=red]`); node and edge attributes equal to them are left out.
    package var nodeDefaults: [String: Value] = [:]
    package var edgeDefaults: [String: Value] = [:]
    package var nodes: [Node] = []
    package var edges: [Edge] = []
    /// The subgraphs of the root graph, in the order the file created them.
    package var subgraphs: [Subgraph] = []

    /// A subgraph (`subgraph NAME { … }`, `{ … }`, or a `cluster…` box) as cgraph holds it.
    package struct Subgraph: Sendable {
        /// Nil for an anonymous subgraph (cgraph's `%N` names are not the file's).
        package var name: String?
        /// The graph attributes it sets itself (`rank=same`, a cluster's label and colours): values that differ
        /// from its parent's.
        package var attributes: [String: Value]
        /// The node and edge defaults it declares itself (`node [shape=box]` inside it).
        package var nodeDefaults: [String: Value]
        package var edgeDefaults: [String: Value]
        /// Its own members, as indices into ``ParsedDOTGraph/nodes`` and ``ParsedDOTGraph/edges`` in ascending
        /// order; members of its subgraphs are listed there, not here (they are its members too).
        package var nodes: [Int] = []
        package var edges: [Int] = []
        package var subgraphs: [Subgraph] = []
    }
}

/// A finished render: the bytes and the warnings Graphviz gave.
package struct GraphvizOutput: Sendable {
    package let data: Data
    package let warnings: [String]
}

/// Graphviz failures, with Graphviz's own message.
package enum GraphvizError: Error, Equatable, CustomStringConvertible {
    /// The DOT text did not parse.
    case syntax(message: String)
    case layoutFailed(engine: String, message: String)
    case renderFailed(format: String, message: String)
    case unknownEngine(String, available: [String])
    case unknownFormat(String, available: [String])
    /// Graphviz's plugin configuration is missing or empty.
    case pluginsUnavailable(String)

    package var description: String {
        switch self {
        case .syntax(let m): "Graphviz could not parse the graph: \(m)"
        case .layoutFailed(let e, let m): "layout with \(e) failed: \(m)"
        case .renderFailed(let f, let m): "rendering to \(f) failed: \(m)"
        case .unknownEngine(let e, let a): "layout engine '\(e)' is not available here; available: \(a.joined(separator: ", "))"
        case .unknownFormat(let f, let a): "output format '\(f)' is not available here; available: \(a.joined(separator: ", "))"
        case .pluginsUnavailable(let m): m
        }
    }
}

/// A slot one thread writes and another reads after a semaphore: the semaphore orders the accesses.
private final class ResultSlot<T>: @unchecked Sendable {
    var value: T?
    var error: GraphvizError?
}
