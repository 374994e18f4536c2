import Foundation
import GraphCore

/// A graph as two spreadsheet tables in a folder, `nodes.csv` and `edges.csv`, in the columns Gephi's Data
/// Laboratory imports and exports: nodes `Id`, `Label` and one column per attribute; edges `Source`, `Target`,
/// `Type` (`Directed`/`Undirected`), `Weight`, `Label`, `Id` and one column per attribute (our multigraph key is the
/// column `key`). CSV per RFC 4180, UTF-8, so an analyst can keep the graph in Excel or LibreOffice and
/// bring it back.
///
/// The knowledge graph's fields are columns like any attribute (`kind`, `description`, `aliases` and `sources` as
/// JSON text, `evidence`, `relation`, `note`). A cell is read as what its text is, as a spreadsheet would: `3` an
/// integer, `0.5` a real, `true`/`false` a boolean — exactly when the text is how the value is written (`007` stays
/// text) — and anything else text; the columns of the model's own text fields are always text. An empty cell is no
/// value. Not kept (the writer says so): graph attributes, the title and the bibliography (a table has no place for
/// them), the difference between an empty text and no value, HTML-like markup.
public enum GraphTables {
    /// The node table's file name.
    public static let nodesFile = "nodes.csv"
    /// The edge table's file name.
    public static let edgesFile = "edges.csv"

    /// The columns Gephi gives a meaning (compared case-insensitively, as Gephi does).
    static let nodeColumns = ["Id", "Label"]
    static let edgeColumns = ["Source", "Target", "Type", "Weight", "Label", "Id"]
    /// Columns that hold text whatever it looks like: the model's own text fields.
    static let textColumns: Set<String> = ["kind", "label", "description", "aliases", "evidence", "sources", "relation", "note", "key", "id"]

    // MARK: Writing

    /// The two tables' texts, and what they could not hold.
    /// - Throws: ``GraphWriteError`` for an attribute whose name is one of Gephi's own columns in another role
    ///   (a node attribute `id`, an edge attribute `source`, `target` or `type`), and for a node whose ID is empty.
    public static func write(_ graph: KnowledgeGraph) throws(GraphWriteError) -> (nodes: String, edges: String, notKept: [String]) {
        var clashes: [String] = []
        var emptyTexts = 0
        func lowered(_ s: String) -> String { s.lowercased() }
        let nodeFields = graph.nodes.map { node in
            KnowledgeAttributes.fields(of: node, lists: .jsonText).filter { $0.0 != "label" }
        }
        for (node, fields) in zip(graph.nodes, nodeFields) {
            for (name, _) in fields where nodeColumns.map(lowered).contains(lowered(name)) {
                clashes.append("node '\(node.id)' has an attribute named '\(name)', the node table's own \(name.capitalized) column")
            }
        }
        let edgeFields = graph.edges.map { edge in
            KnowledgeAttributes.fields(of: edge, lists: .jsonText).filter { !["weight", "label", "id"].contains($0.0) }
        }
        for (edge, fields) in zip(graph.edges, edgeFields) {
            for (name, _) in fields where edgeColumns.map(lowered).contains(lowered(name)) || lowered(name) == "key" {
                clashes.append("edge \(edge.source) → \(edge.target) has an attribute named '\(name)', the edge table's own \(name.capitalized) column")
            }
        }
        // an empty cell is no Id at all: a node named by the empty text (DOT allows "") cannot be written
        if graph.contains(NodeID("")) { clashes.append("a node's ID is the empty text, which an Id cell cannot tell from no Id") }
        guard clashes.isEmpty else { throw GraphWriteError(format: .tables, listing: clashes) }

        func cell(_ field: KnowledgeAttributes.FieldValue?) -> String {
            guard case .value(let v)? = field else { return "" }
            let text = GraphMLWriter.text(v)
            if text.isEmpty { emptyTexts += 1 }
            return text
        }
        let nodeNames = Set(nodeFields.flatMap { $0.map(\.0) }).sorted()
        var nodes = CSV.line(nodeColumns + nodeNames)
        for (node, fields) in zip(graph.nodes, nodeFields) {
            let byName = Dictionary(fields, uniquingKeysWith: { a, _ in a })
            if node.label.isEmpty { emptyTexts += 1 }
            nodes += CSV.line([node.id.rawValue, node.label] + nodeNames.map { cell(byName[$0]) })
        }
        let hasWeight = graph.edges.contains { $0.weight != nil }
        let hasLabel = graph.edges.contains { $0.attributes["label"] != nil }
        let hasID = graph.edges.contains { $0.attributes["id"] != nil }
        let hasKey = graph.edges.contains { $0.key != nil }
        let edgeNames = Set(edgeFields.flatMap { $0.map(\.0) }).sorted()
        var header = ["Source", "Target", "Type"]
        if hasWeight { header.append("Weight") }
        if hasLabel { header.append("Label") }
        if hasID { header.append("Id") }
        if hasKey { header.append("key") }
        var edges = CSV.line(header + edgeNames)
        for (edge, fields) in zip(graph.edges, edgeFields) {
            var row = [edge.source.rawValue, edge.target.rawValue, graph.isDirected ? "Directed" : "Undirected"]
            if hasWeight { row.append(edge.weight.map { KnowledgeAttributes.weightValue(edge).map(GraphMLWriter.text) ?? GraphMLWriter.text(.double($0)) } ?? "") }
            if hasLabel { row.append(edge.attributes["label"].map(GraphMLWriter.text) ?? "") }
            if hasID { row.append(edge.attributes["id"].map(GraphMLWriter.text) ?? "") }
            if hasKey { row.append(edge.key ?? "") }
            let byName = Dictionary(fields, uniquingKeysWith: { a, _ in a })
            edges += CSV.line(row + edgeNames.map { cell(byName[$0]) })
        }
        var notKept = GraphIO.htmlNotKept(graph) + GraphIO.listsNotKept(graph)
        var graphData = KnowledgeAttributes.fields(of: graph).map(\.0)
        if graph.title != nil && !graphData.contains("title") { graphData.insert("title", at: 0) }
        if !graphData.isEmpty { notKept.append("graph data \(graphData.joined(separator: ", ")) (two tables have no place for it)") }
        if graph.isDirected && graph.edges.isEmpty { notKept.append("the direction of a graph without edges (a table says it through its edges' Type)") }
        if emptyTexts > 0 { notKept.append("the difference between an empty text and no value, in \(emptyTexts) cell(s) (both are an empty cell; an empty label reads back as the node's Id)") }
        return (nodes, edges, notKept)
    }

    /// Writes the two tables into `folder` (created when missing), each file atomically; a folder that is not one
    /// already holds other files is left alone: only `nodes.csv` and `edges.csv` are replaced.
    /// - Returns: what the tables could not hold.
    public static func write(_ graph: KnowledgeGraph, to folder: URL) throws -> [String] {
        let (nodes, edges, notKept) = try write(graph)
        try AtomicFile.write([(nodesFile, Data(nodes.utf8)), (edgesFile, Data(edges.utf8))], intoFolder: folder)
        return notKept
    }

    // MARK: Reading

    /// Reads the tables in `folder`: `edges.csv`, `nodes.csv` or both. Without a node table the nodes are the edges'
    /// ends; with one, an edge to a node it does not list is an error.
    /// - Throws: ``GraphInputError`` naming the file, line, column and reason of every bad row.
    public static func read(folder: URL, displayName: String? = nil) throws(GraphInputError) -> KnowledgeGraph {
        let name = displayName ?? folder.path
        let nodesURL = folder.appendingPathComponent(nodesFile), edgesURL = folder.appendingPathComponent(edgesFile)
        let hasNodes = FileManager.default.fileExists(atPath: nodesURL.path), hasEdges = FileManager.default.fileExists(atPath: edgesURL.path)
        guard hasNodes || hasEdges else {
            throw GraphInputError(file: name, message: "a folder of tables needs \(nodesFile), \(edgesFile) or both; it has neither")
        }
        let nodesName = DisplayPath.join(name, nodesFile), edgesName = DisplayPath.join(name, edgesFile)
        let nodes = hasNodes ? try TextInput.decode(TextInput.readData(at: nodesURL, displayName: nodesName), file: nodesName) : nil
        let edges = hasEdges ? try TextInput.decode(TextInput.readData(at: edgesURL, displayName: edgesName), file: edgesName) : nil
        return try read(nodes: nodes, edges: edges, nodesFile: nodesName, edgesFile: edgesName)
    }

    /// Gephi's own column names, lower-cased: matched in any case.
    static let gephiColumns: Set<String> = ["id", "label", "source", "target", "type", "weight", "key"]

    /// Reads the tables from their texts (either may be absent); the file names locate errors.
    public static func read(nodes: String?, edges: String?, nodesFile: String = nodesFile, edgesFile: String = edgesFile) throws(GraphInputError) -> KnowledgeGraph {
        var problems: [Diagnostic] = []
        func report(_ file: String, _ line: Int, _ column: Int?, _ field: String?, _ message: String) {
            problems.append(Diagnostic(file: file, line: line, column: column, field: field, message: message))
        }
        struct Table { var header: [String]; var rows: [CSV.Record]; var file: String }
        func table(_ text: String, _ file: String, required: [String]) throws(GraphInputError) -> Table? {
            let records = try CSV.records(text, file: file)
            guard let head = records.first else { report(file, 1, nil, nil, "empty table: the first line names the columns (\(required.joined(separator: ", ")), …)"); return nil }
            // Gephi's own columns are matched in any case (`ID`, `source`); attribute columns are names, as
            // case-sensitive as the attributes they hold (DOT's `taillabel` and `tailLabel` are two)
            var seen: [String: Int] = [:]
            for (i, column) in head.fields.enumerated() {
                let name = Self.gephiColumns.contains(column.lowercased()) ? column.lowercased() : "attribute:" + column
                if let j = seen[name] { report(file, head.line, head.columns[i], column, "column '\(column)' appears twice (columns \(j + 1) and \(i + 1))") }
                seen[name] = i
            }
            for column in required where seen[column.lowercased()] == nil {
                report(file, head.line, nil, column, "no '\(column)' column (the first line is: \(head.fields.joined(separator: ",")))")
            }
            for row in records.dropFirst() where row.fields.count != head.fields.count {
                let extra = row.fields.count > head.fields.count ? head.fields.count : nil
                report(file, extra.map { row.lines[$0] } ?? row.line, extra.map { row.columns[$0] }, nil,
                       "\(row.fields.count) fields where the header has \(head.fields.count)")
            }
            return Table(header: head.fields, rows: Array(records.dropFirst()), file: file)
        }
        func value(_ text: String, column: String) -> AttributeValue {
            if textColumns.contains(column) { return .string(text) }
            if let i = Int(text), String(i) == text { return .int(i) }
            if let d = Double(text), "\(d)" == text { return .double(d) }
            if text == "true" { return .bool(true) }
            if text == "false" { return .bool(false) }
            return .string(text)
        }
        let nodeTable = try nodes.flatMap { (t: String) throws(GraphInputError) -> Table? in try table(t, nodesFile, required: ["Id"]) }
        let edgeTable = try edges.flatMap { (t: String) throws(GraphInputError) -> Table? in try table(t, edgesFile, required: ["Source", "Target"]) }
        guard problems.isEmpty else { throw GraphInputError(problems) }

        // Direction: every edge's Type, which must agree.
        var directed = false
        if let edgeTable, let typeColumn = edgeTable.header.firstIndex(where: { $0.lowercased() == "type" }) {
            var seen: Set<String> = []
            for row in edgeTable.rows {
                let t = row.fields[typeColumn].lowercased()
                guard t == "directed" || t == "undirected" || t.isEmpty else {
                    report(edgeTable.file, row.lines[typeColumn], row.columns[typeColumn], "Type", "Type '\(row.fields[typeColumn])' is neither Directed nor Undirected"); continue
                }
                if !t.isEmpty { seen.insert(t) }
            }
            if seen.count > 1 { report(edgeTable.file, edgeTable.rows.first?.line ?? 1, nil, "Type", "the table mixes Directed and Undirected edges; a graph here is one or the other") }
            directed = seen == ["directed"]
        }
        var graph = KnowledgeGraph(isDirected: directed)
        if let nodeTable {
            let idColumn = nodeTable.header.firstIndex { $0.lowercased() == "id" }!
            let labelColumn = nodeTable.header.firstIndex { $0.lowercased() == "label" }
            for row in nodeTable.rows {
                let id = row.fields[idColumn]
                guard !id.isEmpty else { report(nodeTable.file, row.lines[idColumn], row.columns[idColumn], "Id", "a node without an Id"); continue }
                var fields: [String: KnowledgeAttributes.FieldValue] = [:]
                for (i, column) in nodeTable.header.enumerated() where i != idColumn && !row.fields[i].isEmpty {
                    let name = i == labelColumn ? "label" : column
                    fields[name] = .value(value(row.fields[i], column: name))
                }
                do {
                    let node = try KnowledgeAttributes.node(id: id, fields: fields)
                    do { try graph.add(node) } catch { report(nodeTable.file, row.lines[idColumn], row.columns[idColumn], "Id", "duplicate node Id '\(id)'") }
                } catch { report(nodeTable.file, row.line, nil, error.field, error.message) }
            }
        }
        if let edgeTable {
            func column(_ name: String) -> Int? { edgeTable.header.firstIndex { $0.lowercased() == name.lowercased() } }
            let s = column("Source")!, t = column("Target")!
            let roles: [Int: String] = [column("Type"), column("Weight"), column("Label"), column("Id"), column("key")]
                .enumerated().reduce(into: [:]) { out, item in if let c = item.element { out[c] = ["type", "weight", "label", "id", "key"][item.offset] } }
            for row in edgeTable.rows {
                let ends = [row.fields[s], row.fields[t]]
                var missing = false
                for (end, c) in zip(ends, [s, t]) where !graph.contains(NodeID(end)) {
                    if end.isEmpty { report(edgeTable.file, row.lines[c], row.columns[c], edgeTable.header[c], "an edge without a \(edgeTable.header[c])"); missing = true; continue }
                    if nodeTable != nil { report(edgeTable.file, row.lines[c], row.columns[c], edgeTable.header[c], "edge refers to '\(end)', which \(nodesFile) does not list"); missing = true; continue }
                    try? graph.add(Node(id: NodeID(end), kind: .generic, label: end, provenance: .unspecified))
                }
                if missing { continue }
                var fields: [String: KnowledgeAttributes.FieldValue] = [:]
                var key: String?
                for (i, name) in edgeTable.header.enumerated() where i != s && i != t && !row.fields[i].isEmpty {
                    let text = row.fields[i]
                    switch roles[i] {
                    case "type": continue
                    case "key": key = text
                    case "weight":
                        let v = value(text, column: "weight")
                        guard v.number != nil else { report(edgeTable.file, row.lines[i], row.columns[i], name, "Weight '\(text)' is not a number"); continue }
                        fields["weight"] = .value(v)
                    case let role?: fields[role] = .value(value(text, column: role))
                    case nil: fields[name] = .value(value(text, column: name))
                    }
                }
                do {
                    let edge = try KnowledgeAttributes.edge(source: ends[0], target: ends[1], key: key, fields: fields)
                    do { try graph.add(edge, line: row.line) } catch {
                        report(edgeTable.file, row.line, nil, nil, "the same edge \(ends[0]) → \(ends[1]) twice (tell parallel edges apart with a 'key' column)")
                    }
                } catch { report(edgeTable.file, row.line, nil, error.field, error.message) }
            }
        }
        if problems.isEmpty { problems = Schema.intersection.diagnostics(for: graph, file: edgesFile) }
        guard problems.isEmpty else { throw GraphInputError(problems) }
        return graph
    }
}

/// How a file inside a folder the user named is named in messages.
enum DisplayPath {
    static func join(_ folder: String, _ file: String) -> String { folder.hasSuffix("/") ? folder + file : folder + "/" + file }
}
