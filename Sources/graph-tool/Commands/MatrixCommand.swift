import ArgumentParser
import Foundation
import Graph

struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Where two kinds meet: a table of, say, terrorist groups × forms of exploitation, each cell listing the practices joining them.",
        discussion: """
            A cell (row r, column c) holds every node of the --via kind joined by an edge to r and by an edge to c \
            (either direction), its count and the weakest evidence among those connections (each as strong as the \
            weaker of its two hops). Without --via, cells hold direct edges. Examples: the default (groups × forms of \
            exploitation via practices); --cols victim_group (groups × victim groups); --rows practice --cols area \
            --via recommendation. With --output FILE.svg/.png/.pdf the matrix is drawn as a heat map.
            """
    )

    @Option(name: .long, help: "The kind of the rows.")
    var rows: NodeKind = .terroristGroup

    @Option(name: .long, help: "The kind of the columns.")
    var cols: NodeKind = .form

    @Option(name: .long, help: "The kind joining rows to columns (default: practice; 'none' for direct edges).")
    var via: String = "practice"

    @Option(name: .customLong("min-evidence"), help: "Count only edges at least this well evidenced.")
    var minEvidence: EvidenceLevel = .inferred

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Draw the heat map to this file (.svg, .png or .pdf) instead of printing the table.", valueName: "file"), completion: .file(extensions: ["svg", "png", "pdf"]))
    var output: String?

    @Option(name: .long, help: "A title above the heat map.")
    var title: String?

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var outputOptions: OutputOptions

    struct CellView: Encodable {
        var row: String, column: String, count: Int
        @NullWhenAbsent var weakestEvidence: String?
        var connecting: [ConnectionView]
    }
    struct ConnectionView: Encodable {
        @NullWhenAbsent var id: String?
        var evidence: String
    }
    struct MatrixView: Encodable {
        var rows: [String], columns: [String]
        @NullWhenAbsent var via: String?
        var minimumEvidence: String, cells: [CellView]
    }

    /// The `--via` kind; `nil` for 'none'.
    func viaKind() throws -> NodeKind? {
        if via == "none" { return nil }
        guard let kind = NodeKind(rawValue: via) else {
            throw ValidationError("--via '\(via)' is not a kind (expected one of: \(NodeKind.allCases.map(\.rawValue).joined(separator: ", ")), or none)")
        }
        return kind
    }

    func validate() throws {
        _ = try viaKind()
        if let output, RenderFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw ValidationError("--output must end in .svg, .png or .pdf (the heat map); for the table use --format csv or json")
        }
    }

    func run() throws {
        let graph = try dataOptions.load()
        let matrix = graph.intersectionMatrix(rows: rows, columns: cols, via: try viaKind(), minimumEvidence: minEvidence)
        guard !matrix.rows.isEmpty, !matrix.columns.isEmpty else {
            throw HintedError("the graph has no \(matrix.rows.isEmpty ? rows.pluralName : cols.pluralName) (--rows \(rows.rawValue), --cols \(cols.rawValue))")
        }
        if let output {
            let format = RenderFormat(fileExtension: URL(fileURLWithPath: output).pathExtension)!
            let result = try MatrixDiagram(matrix, title: title).render(to: format)
            for warning in result.warnings { note("graphviz warning: \(warning)") }
            try AtomicFile.write(result.data, to: URL(fileURLWithPath: output))
            note("wrote \(URL(fileURLWithPath: output).path) (\(format.rawValue), \(matrix.rows.count) × \(matrix.columns.count) heat map)")
            return
        }
        switch outputOptions.format {
        case .json:
            var cells: [CellView] = []
            for (i, r) in matrix.rows.enumerated() {
                for (j, c) in matrix.columns.enumerated() {
                    let cell = matrix.cells[i][j]
                    cells.append(CellView(row: r.id.rawValue, column: c.id.rawValue, count: cell.count, weakestEvidence: cell.weakestEvidence?.rawValue,
                                          connecting: cell.connections.map { ConnectionView(id: $0.node?.id.rawValue, evidence: $0.evidence.rawValue) }))
                }
            }
            print(try JSONOutput.render(MatrixView(rows: matrix.rows.map(\.id.rawValue), columns: matrix.columns.map(\.id.rawValue),
                                                   via: matrix.via?.rawValue, minimumEvidence: minEvidence.rawValue, cells: cells)))
        case .csv:
            // one row per non-empty cell: what a spreadsheet pivots
            var csv = CSVTable(["row", "column", "count", "weakest_evidence", "connecting"])
            for (i, r) in matrix.rows.enumerated() {
                for (j, c) in matrix.columns.enumerated() where matrix.cells[i][j].count > 0 {
                    let cell = matrix.cells[i][j]
                    csv.add([r.id.rawValue, c.id.rawValue, "\(cell.count)", cell.weakestEvidence?.rawValue ?? "",
                             cell.connections.compactMap { $0.node?.id.rawValue }.joined(separator: " ")])
                }
            }
            print(csv.render())
        case .table:
            let what = matrix.via.map { "connecting \($0.pluralName)" } ?? "direct edges"
            print("\(rows.pluralName) × \(cols.pluralName): each cell is the number of \(what) and the weakest evidence among them (R report, A about-report, C context, I inferred).")
            var table = TextTable(["row"] + matrix.columns.map(\.id.rawValue))
            for (i, r) in matrix.rows.enumerated() {
                table.add([r.id.rawValue] + matrix.cells[i].map { cell in
                    cell.weakestEvidence.map { "\(cell.count) \(MatrixDiagram.letter(for: $0))" } ?? "."
                })
            }
            print(table.render())
            // what each cell is made of, for the reader who wants the names behind a number
            guard let via = matrix.via else { return }
            print("\nConnecting \(via.pluralName) per cell:")
            for (i, r) in matrix.rows.enumerated() {
                for (j, c) in matrix.columns.enumerated() where matrix.cells[i][j].count > 0 {
                    let cell = matrix.cells[i][j]
                    print("  \(r.id) × \(c.id): " + cell.connections.map { "\($0.node!.id) (\($0.evidence.rawValue))" }.joined(separator: ", "))
                }
            }
        }
    }
}
