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
            """,
        version: "0.1.0",
        subcommands: [InfoCommand.self, ValidateCommand.self, ShowCommand.self, CentralityCommand.self, PathCommand.self,
                      ComponentsCommand.self, CommunitiesCommand.self, NeighborsCommand.self, SimilarCommand.self,
                      RecommendCommand.self, LensCommand.self, MatrixCommand.self, SourcesCommand.self, RenderCommand.self, ExportCommand.self, RenderWorker.self]
    )

    /// Runs the command, then makes sure what it printed reached standard output: a closed, full or broken standard
    /// output is an error with exit status 1 (SIGPIPE is ignored so that a closed pipe is reported, not fatal).
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
            try StandardOutput.finish()
        } catch {
            exit(withError: FlagHints.hinted(error))
        }
    }
}
