import Foundation
import Testing
@testable import graph_tool

/// Shell completions: the scripts argument-parser generates, and the node names and source keys they ask for.
@Suite struct CompletionTests {
    @Test func scriptsCompleteNodeNamesAndFiles() throws {
        for shell in ["bash", "zsh", "fish"] {
            let run = try ToolRun.run(["--generate-completion-script", shell])
            #expect(run.status == 0 && run.stdout.contains("---completion show"), "\(shell)")
        }
        let bash = try ToolRun.run(["--generate-completion-script", "bash"]).stdout
        #expect(bash.contains("---completion recommend") && bash.contains("---completion sources"))
    }

    @Test func nodeNamesAndSourceKeysCompleteFromTheGraphNamed() throws {
        let ids = Completions.nodeIDs(words: ["graph-tool", "show", "PROT-"], prefix: "PROT-")
        #expect(ids == (1...7).map { "PROT-\($0)" })
        #expect(Completions.sourceKeys(words: ["graph-tool", "sources"], prefix: "S3").starts(with: ["S3", "S30", "S33"]))
        #expect(Completions.nodeIDs(words: ["graph-tool", "show", "--data", "/nonexistent.yaml"], prefix: "").isEmpty)
        // through the tool, as the shell calls it
        let run = try ToolRun.run(["---completion", "show", "--", "positional@0", "2", "6", "graph-tool", "show", "CHILD-"])
        #expect(run.status == 0 && run.stdout.split(separator: "\n").map(String.init) == (1...7).map { "CHILD-\($0)" }, "\(run.stdout)")
    }
}
