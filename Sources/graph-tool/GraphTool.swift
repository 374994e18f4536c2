import ArgumentParser
import Foundation
import Graph

@main
struct GraphTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph-tool",
        abstract: "Analyse and draw the knowledge graph of where terrorism and trafficking in human beings intersect.",
        discussion: """
            Works on the bundled dataset of the OSCE 2021 paper "Trafficking in Human Beings and Terrorism: Where and \
            How They Intersect" unless --data names another dataset. Every node and edge carries an evidence level \
            (report, about-report, context, inferred): the 29 recommendations are reconstructions (inferred).

            Exit status: 0 success; 1 a run-time failure or bad data (no path, no such node, an invalid file), with \
            the error on stderr and no usage text; 64 misuse of the command line, with the subcommand's usage.
            """,
        version: "0.1.0",
        subcommands: [InfoCommand.self, ValidateCommand.self, ListCommand.self, SearchCommand.self, ShowCommand.self, CentralityCommand.self, PathCommand.self,
                      ComponentsCommand.self, CommunitiesCommand.self, NeighborsCommand.self, SimilarCommand.self,
                      RecommendCommand.self, LensCommand.self, MatrixCommand.self, SourcesCommand.self, DiffCommand.self, RenderCommand.self, ExploreCommand.self, ExportCommand.self, RenderWorker.self]
    )

    /// Runs the command, then makes sure what it printed reached standard output: a closed, full or broken standard
    /// output is an error with exit status 1 (SIGPIPE is ignored so that a closed pipe is reported, not fatal).
    ///
    /// Exit status: 64 for what parsing and `validate()` reject (argument-parser prints the subcommand's usage);
    /// 1 for everything that fails once the command runs, a `ValidationError` included, without usage: by then
    /// the command line was fine and the data or the question was not.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        var parsed = false
        do {
            var command = try parseAsRoot()
            parsed = true
            try command.run()
            try StandardOutput.finish()
        } catch {
            if parsed, let v = error as? ValidationError {
                note("Error: \(v.message)")
                Foundation.exit(1)
            }
            if !parsed, let hint = unknownSubcommandHint() {
                note(hint)
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
            exit(withError: FlagHints.hinted(error))
        }
    }

    /// "did you mean" for a mistyped subcommand (`graph-tool recomend …`), or nil when the first argument is an
    /// option or a subcommand.
    static func unknownSubcommandHint() -> String? {
        guard let first = CommandLine.arguments.dropFirst().first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let visible = configuration.subcommands.filter { $0.configuration.shouldDisplay }.compactMap { $0.configuration.commandName } + ["help"]
        let hint = NameSuggestions.closest(to: first, among: visible).map { "; did you mean \($0.map { "'\($0)'" }.joined(separator: " or "))?" } ?? ""
        return "Error: unknown command '\(first)'\(hint)\nUsage: graph-tool <subcommand>\n  See 'graph-tool --help' for the commands."
    }
}
