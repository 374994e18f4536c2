import ArgumentParser
import Graph

struct ComponentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "components",
        abstract: "Connected components (weak by default; --strong on a directed graph)."
    )

    @Flag(name: .long, help: "Strongly connected components (implies --directed).") var strong = false
    @Flag(name: .long, help: "Name members by label instead of ID in the table.") var labels = false

    @OptionGroup var graphInput: GraphInputOptions

    func validate() throws {
        if graphInput.weighted { throw ValidationError("components depend on which edges exist, not on their weights: --weighted would change nothing") }
    }
    @OptionGroup var output: OutputOptions

    struct ComponentsJSON: Encodable { var kind: String, count: Int, components: [PartitionOutput.Block] }

    func run() throws {
        // components need nothing of the model: a plain GraphML, GEXF or DOT file is read straight into the view
        let graph = try graphInput.loadPlainView() ?? graphInput.load(preferDirected: strong)
        let blocks = PartitionOutput(graph.components(strong: strong), in: graph.snapshot, blockName: "component")
        let name = strong ? "strongly connected" : (graph.graph.isDirected ? "weakly connected" : "connected")
        try blocks.print(format: output.format, summary: "\(blocks.blocks.count) \(name) component(s)",
                         json: ComponentsJSON(kind: name, count: blocks.blocks.count, components: blocks.jsonBlocks), labels: labels)
    }
}
