import Foundation
import GraphCore

/// Writes the CSV files of Neo4j's offline bulk import (`neo4j-admin database import full`), the fast way to load a
/// large graph into an empty Neo4j database:
/// - `nodes.csv`: `id:ID`, `:LABEL` (`Node` and the kind in label style, as ``CypherWriter`` names them), then one
///   typed column per property (`label`, `description`, `aliases:string[]`, `evidence`, `sources:string[]`, and each
///   attribute as `name:long`, `name:double`, `name:boolean`, an array such as `name:long[]` for a list whose items
///   have one type, or text);
/// - `relationships.csv`: `:START_ID`, `:END_ID`, `:TYPE` (the relation, as ``CypherWriter`` names it), then the
///   edge's properties the same way (`weight` as `long` or `double`, `key`);
/// - `import-command.txt`: the command that loads them, with the array delimiter chosen so that no list item
///   contains it.
///
/// A column whose values have several types is text. Written only: read the graph the files came from.
public enum Neo4jImportWriter {
    /// The node file's name.
    public static let nodesFile = "nodes.csv"
    /// The relationship file's name.
    public static let relationshipsFile = "relationships.csv"
    /// The file holding the import command.
    public static let commandFile = "import-command.txt"

    /// The files' texts by name, and what they could not hold.
    public static func files(_ graph: KnowledgeGraph) throws(GraphWriteError) -> (files: [(name: String, text: String)], notKept: [String]) {
        let nodeFields = graph.nodes.map { KnowledgeAttributes.fields(of: $0, lists: .native).filter { $0.0 != "kind" } }
        let edgeFields = graph.edges.map { edge in
            var fields = KnowledgeAttributes.fields(of: edge, lists: .native).filter { $0.0 != "relation" }
            if let key = edge.key { fields.append(("key", .value(.string(key)))) }
            return fields
        }
        // a list attribute whose items have one type is an array column of that type (`tags:long[]`); others are text
        func array(_ field: KnowledgeAttributes.FieldValue) -> (type: String, items: [String])? {
            switch field {
            case .list(let l): return ("string[]", l)
            case .value(.list(let items)) where CypherWriter.isPropertyList(items):
                let type = switch items.first {
                case .int?: "long[]"
                case .double?: "double[]"
                case .bool?: "boolean[]"
                default: "string[]"
                }
                return (type, items.map(GraphMLWriter.text))
            default: return nil
            }
        }
        // the array delimiter: the first of these no list item contains
        let items = (nodeFields + edgeFields).flatMap { $0.flatMap { array($0.1)?.items ?? [] } }
        guard let delimiter = [";", "|", "¦", "\u{1F}"].first(where: { d in !items.contains { $0.contains(d) } }) else {
            throw GraphWriteError(format: .neo4j, problems: ["every array delimiter this writer can choose (; | ¦ U+001F) occurs in a list item"])
        }
        func columns(_ rows: [[(String, KnowledgeAttributes.FieldValue)]]) -> [(name: String, header: String)] {
            var types: [String: Set<String>] = [:]
            for row in rows {
                for (name, field) in row {
                    if let a = array(field) { types[name, default: []].insert(a.type); continue }
                    switch field {
                    case .list: types[name, default: []].insert("string[]")
                    case .value(.int): types[name, default: []].insert("long")
                    case .value(.double): types[name, default: []].insert("double")
                    case .value(.bool): types[name, default: []].insert("boolean")
                    case .value: types[name, default: []].insert("")
                    }
                }
            }
            return types.keys.sorted().map { name in
                let t = types[name]!
                let type = t.count == 1 ? t.first! : (t == ["long", "double"] ? "double" : "")
                return (name, type.isEmpty ? name : "\(name):\(type)")
            }
        }
        func cell(_ field: KnowledgeAttributes.FieldValue?, in column: (name: String, header: String)) -> String {
            switch field {
            case nil: return ""
            case let f? where column.header.hasSuffix("[]") && array(f) != nil: return array(f)!.items.joined(separator: delimiter)
            case .list(let l)?: return l.joined(separator: delimiter)
            case .value(let v)?: return GraphMLWriter.text(v)
            }
        }
        let nodeColumns = columns(nodeFields)
        var nodes = CSV.line(["id:ID", ":LABEL"] + nodeColumns.map(\.header))
        for (node, fields) in zip(graph.nodes, nodeFields) {
            let byName = Dictionary(fields, uniquingKeysWith: { a, _ in a })
            let labels = node.kind == .generic ? "Node" : "Node\(delimiter)\(CypherWriter.label(of: node.kind))"
            nodes += CSV.line([node.id.rawValue, labels] + nodeColumns.map { cell(byName[$0.name], in: $0) })
        }
        let edgeColumns = columns(edgeFields)
        var relationships = CSV.line([":START_ID", ":END_ID", ":TYPE"] + edgeColumns.map(\.header))
        for (edge, fields) in zip(graph.edges, edgeFields) {
            let byName = Dictionary(fields, uniquingKeysWith: { a, _ in a })
            relationships += CSV.line([edge.source.rawValue, edge.target.rawValue, CypherWriter.type(of: edge.relation)] + edgeColumns.map { cell(byName[$0.name], in: $0) })
        }
        let command = """
            neo4j-admin database import full --nodes=\(nodesFile) --relationships=\(relationshipsFile) \
            --array-delimiter='\(delimiter == "\u{1F}" ? "\\u001F" : delimiter)' --multiline-fields=true --overwrite-destination neo4j

            Run in this folder with the database stopped; it replaces the database 'neo4j'. Every node has the label Node
            and its kind; relationships keep the stored direction\(graph.isDirected ? "" : " (the graph is undirected: query with -[r]-)").

            """
        var notKept = GraphIO.htmlNotKept(graph)
        let textLists = (nodeFields + edgeFields).reduce(0) { count, row in
            count + row.filter { if case .value(.list) = $0.1 { array($0.1) == nil } else { false } }.count
        }
        if textLists > 0 { notKept.append("the list type of \(textLists) value(s) whose items are not all of one type (Neo4j arrays hold one type): written as JSON text") }
        let graphData = KnowledgeAttributes.fields(of: graph).map(\.0)
        if !graphData.isEmpty { notKept.append("graph data \(graphData.joined(separator: ", ")) (a graph database holds nodes and relationships)") }
        return ([(nodesFile, nodes), (relationshipsFile, relationships), (commandFile, command)], notKept)
    }

    /// Writes the files into `folder` (created when missing), each atomically.
    public static func write(_ graph: KnowledgeGraph, to folder: URL) throws -> [String] {
        let (files, notKept) = try files(graph)
        try AtomicFile.write(files.map { ($0.name, Data($0.text.utf8)) }, intoFolder: folder)
        return notKept
    }
}
