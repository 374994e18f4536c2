import ArgumentParser
import Foundation
import Graph

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset (or any graph file) and list every problem found (exit 0 when valid, 1 when not).",
        discussion: "With no FILE, checks the bundled dataset (or the file given with --data or --input). FILE is read by its extension (\(GraphFileFormat.extensionsHelp)); other names are read as datasets."
    )

    @Argument(help: ArgumentHelp("The dataset file to check.", valueName: "file"))
    var file: String?

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var output: OutputOptions

    struct Problem: Encodable {
        var file: String
        @NullWhenAbsent var line: Int?
        @NullWhenAbsent var column: Int?
        @NullWhenAbsent var field: String?
        var message: String
    }

    struct Report: Encodable {
        var file: String
        var valid: Bool
        @NullWhenAbsent var nodes: Int?
        @NullWhenAbsent var edges: Int?
        var problems: [Problem]
    }

    func run() throws {
        let report: Report
        do {
            let (graph, name, datasetURL) = try load()
            let missing = datasetURL.map { DatasetReader.missingSourceFiles(of: graph, datasetURL: $0, displayName: name) } ?? []
            if !missing.isEmpty { throw GraphInputError(missing) }
            report = Report(file: name, valid: true, nodes: graph.nodeCount, edges: graph.edgeCount, problems: [])
        } catch let error as GraphInputError {
            let problems = error.diagnostics.map { Problem(file: $0.file, line: $0.line, column: $0.column, field: $0.field, message: $0.message) }
            report = Report(file: problems.first?.file ?? (file ?? "dataset"), valid: false, nodes: nil, edges: nil, problems: problems)
        }
        switch output.format {
        case .json:
            print(try JSONOutput.render(report))
        case .csv:
            var csv = CSVTable(["file", "line", "column", "field", "message"])
            for p in report.problems { csv.add([p.file, p.line.map(String.init) ?? "", p.column.map(String.init) ?? "", p.field ?? "", p.message]) }
            print(csv.render())
        case .table:
            if report.valid {
                print("\(report.file): valid (\(report.nodes ?? 0) nodes, \(report.edges ?? 0) edges)")
            } else {
                let diagnostics = report.problems.map { Diagnostic(file: $0.file, line: $0.line, column: $0.column, field: $0.field, message: $0.message) }
                print(diagnostics.map(\.description).joined(separator: "\n"))
                print("\(report.problems.count) problem(s) found")
            }
        }
        if !report.valid { throw ExitCode(1) }
    }

    /// The graph, its display name, and the dataset file's location when it is a dataset (whose source paths are
    /// then checked).
    private func load() throws -> (KnowledgeGraph, String, URL?) {
        if let file {
            // Any supported format by its extension; anything else is read as a dataset.
            let url = URL(fileURLWithPath: file)
            let format = GraphFileFormat(fileExtension: url.pathExtension) ?? .dataset
            return (try GraphIO.read(contentsOf: url, displayName: file, format: format, limits: dataOptions.limits), file,
                    format == .dataset ? url : nil)
        }
        let graph = try dataOptions.load()
        if let input = dataOptions.input {
            return (graph, input, try dataOptions.format() == .dataset ? URL(fileURLWithPath: input) : nil)
        }
        if let data = dataOptions.data { return (graph, data, URL(fileURLWithPath: data)) }
        return (graph, BundledDataset.displayName, try BundledDataset.url())
    }
}
