import ArgumentParser
import Graph

/// Enum values on the command line are matched as names are: case-insensitively, and with `-` and `_` alike
/// (`--kind Victim-Group`, `--measure PageRank`, `--format CSV`); help and errors list the canonical spellings.
protocol CaseInsensitiveArgument: ExpressibleByArgument, RawRepresentable, CaseIterable where RawValue == String {}

extension CaseInsensitiveArgument {
    public init?(argument: String) {
        func key(_ s: String) -> String { s.lowercased().replacingOccurrences(of: "_", with: "-") }
        guard let match = Self.allCases.first(where: { key($0.rawValue) == key(argument) }) else { return nil }
        self = match
    }
}

extension NodeKind: CaseInsensitiveArgument {}
extension EvidenceLevel: CaseInsensitiveArgument {}
extension CentralityMeasure: CaseInsensitiveArgument {}
extension CommunityMethod: CaseInsensitiveArgument {}
extension LayoutEngine: CaseInsensitiveArgument {}
extension RenderFormat: CaseInsensitiveArgument {}
extension PageLayout.Size: CaseInsensitiveArgument {}
extension OutputFormat: CaseInsensitiveArgument {}
extension GraphFileFormat: CaseInsensitiveArgument {}
extension GEXFWriter.Version: CaseInsensitiveArgument {}
extension NodeLinkWriter.EdgesKey: CaseInsensitiveArgument {}

/// A format `--input-format` accepts: the readable ones (``GraphFileFormat/readable``), so help and errors list only those.
struct ReadableFormat: ExpressibleByArgument {
    let format: GraphFileFormat
    init?(argument: String) {
        guard let f = GraphFileFormat(argument: argument), f.isReadable else { return nil }
        format = f
    }
    static var allValueStrings: [String] { GraphFileFormat.readable.map(\.rawValue) }
}
