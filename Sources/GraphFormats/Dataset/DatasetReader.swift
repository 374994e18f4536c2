import Foundation
import Yams
import GraphCore

/// Reads the native dataset format (YAML, documented in docs/data-model.md) into a ``/GraphCore/KnowledgeGraph``.
///
/// The reader never stops at the first problem: it collects every syntax, type, reference, schema and provenance
/// problem it can find and throws them together in one ``GraphInputError``, each with file, line, column and field.
public enum DatasetReader {
    /// The value of the top-level `format` key this reader understands.
    public static let formatIdentifier = "intersection-graph/1"

    /// Reads a dataset file; `displayName` names it in errors (default: its path).
    public static func read(contentsOf url: URL, displayName: String? = nil) throws(GraphInputError) -> KnowledgeGraph {
        let name = displayName ?? url.path
        return try read(data: TextInput.readData(at: url, displayName: name), file: name)
    }

    /// Reads dataset bytes; `file` names them in errors.
    public static func read(data: Data, file: String) throws(GraphInputError) -> KnowledgeGraph {
        let text = try TextInput.decode(data, file: file)
        return try read(text: text, file: file)
    }

    /// Reads dataset text; `file` names it in errors.
    public static func read(text: String, file: String) throws(GraphInputError) -> KnowledgeGraph {
        try YAMLStructureCheck.check(text, file: file)
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw GraphInputError([YAMLDiagnostics.diagnostic(for: error, file: file)])
        } catch {
            throw GraphInputError(file: file, message: "YAML could not be parsed: \(error)")
        }
        guard let root else { throw GraphInputError(file: file, message: "the file is empty (no YAML document)") }
        var decoder = DatasetDecoder(file: file)
        let graph = decoder.decode(root)
        guard decoder.diagnostics.isEmpty else { throw GraphInputError(decoder.diagnostics) }
        return graph
    }

    /// The sources of `graph` whose ``/GraphCore/Source/path`` names no file next to the dataset at `datasetURL`
    /// (paths are relative to the folder holding the dataset file), one diagnostic each, in bibliography order.
    /// `displayName` names the dataset in the diagnostics. Reading does not check this (a dataset read from standard
    /// input has no folder); `graph-tool validate` does.
    public static func missingSourceFiles(of graph: KnowledgeGraph, datasetURL: URL, displayName: String) -> [Diagnostic] {
        let folder = datasetURL.deletingLastPathComponent()
        let shownFolder = (displayName as NSString).deletingLastPathComponent
        return graph.sourceKeys.compactMap { key in
            guard let path = graph.sources[key]?.path else { return nil }
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue { return nil }
            let shown = shownFolder.isEmpty ? path : shownFolder + "/" + path
            return Diagnostic(file: displayName, field: "sources.\(key).path", message: "no file at '\(shown)' (a source's path is relative to the folder holding the dataset file)")
        }
    }
}

enum YAMLDiagnostics {
    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let extra = context.map { " (\($0.text))" } ?? ""
            return Diagnostic(file: file, line: mark.line, column: mark.column, message: "YAML syntax error: \(problem)\(extra)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(file: file, line: context.mark.line, column: context.mark.column,
                              message: "duplicate key(s) \(duplicates.joined(separator: ", ")) in one mapping")
        case .reader(let problem, let offset, _, _):
            return Diagnostic(file: file, message: "YAML reader error: \(problem)" + (offset.map { " at byte \($0)" } ?? ""))
        default:
            return Diagnostic(file: file, message: "YAML error: \(error)")
        }
    }
}
