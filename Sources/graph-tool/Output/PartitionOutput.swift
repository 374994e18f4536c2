import Graph

/// Components and communities print the same way: blocks numbered from 1 in the order of ``NodeGroups``,
/// a table of blocks for people, one row per node in CSV, and the blocks under a command-specific summary in JSON.
struct PartitionOutput {
    /// Node indices per block, in the order of ``NodeGroups``.
    let blocks: [[Int]]
    let snapshot: GraphSnapshot
    /// What a block is called in column and key names: "component" or "community".
    let blockName: String

    init(_ groups: NodeGroups, in snapshot: GraphSnapshot, blockName: String) {
        blocks = groups.groups.map { $0.map { snapshot.index(of: $0)! } }
        self.snapshot = snapshot
        self.blockName = blockName
    }

    /// One block in JSON: `{"<blockName>": number, "size": n, "members": [ids]}`.
    struct Block: Encodable {
        let key: String, number: Int, members: [String]
        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ s: String) { stringValue = s }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(number, forKey: Key(key))
            try c.encode(members.count, forKey: Key("size"))
            try c.encode(members, forKey: Key("members"))
        }
    }

    var jsonBlocks: [Block] {
        blocks.enumerated().map { Block(key: blockName, number: $0.offset + 1, members: $0.element.map { snapshot.ids[$0].rawValue }) }
    }

    /// Prints the blocks as `format` says; `summary` heads the table, `json` wraps ``jsonBlocks`` for JSON. With
    /// `labels`, the table names members by label instead of ID (CSV and JSON always carry both or the IDs).
    func print(format: OutputFormat, summary: String, json: any Encodable, labels: Bool = false) throws {
        let s = snapshot
        switch format {
        case .table:
            Swift.print(summary)
            var table = TextTable([blockName, "size", "members"], numericColumns: [0, 1])
            for (i, block) in blocks.enumerated() {
                let shown = block.prefix(6).map { labels ? s.labels[$0] : s.ids[$0].rawValue }.joined(separator: ", ")
                table.add(["\(i + 1)", "\(block.count)", block.count > 6 ? shown + ", …" : shown])
            }
            Swift.print(table.render())
        case .csv:
            var csv = CSVTable(["id", "kind", "label", blockName])
            for (i, block) in blocks.enumerated() {
                for v in block { csv.add([s.ids[v].rawValue, s.kinds[v].rawValue, s.labels[v], "\(i + 1)"]) }
            }
            Swift.print(csv.render())
        case .json:
            Swift.print(try JSONOutput.render(AnyEncodableValue(json)))
        }
    }
}

/// Type erasure for `JSONOutput.render`.
struct AnyEncodableValue: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
