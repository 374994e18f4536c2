import ArgumentParser

/// How a command prints its results.
enum OutputFormat: String, CaseIterable {
    case table, json, csv
}

struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table (for people), json or csv (for programs).")
    var format: OutputFormat = .table
}
