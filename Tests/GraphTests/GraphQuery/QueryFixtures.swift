import Graph

/// Small graphs built in code with answers worked out by hand, for the query tests.
enum QueryFixtures {
    static func provenance(_ e: EvidenceLevel) -> Provenance { Provenance(evidence: e, citations: []) }

    /// group employs two practices; both target girls; one amounts to forced labour; R1 addresses the first practice,
    /// R2 forced labour; both recommendations belong to the prevention area; a theme stands alone.
    static func knowledge() throws -> KnowledgeGraph {
        var g = KnowledgeGraph(title: "fixture")
        try g.add(Source(key: "S1", title: "a source"))
        for (id, kind, label, aliases) in [("group", NodeKind.terroristGroup, "The group", ["TG"]), ("abduction", .practice, "Abduction", []),
                                           ("marriage", .practice, "Forced marriage", []), ("labour", .form, "Forced labour", []),
                                           ("girls", .victimGroup, "Girls", []), ("R1", .recommendation, "First", []),
                                           ("R2", .recommendation, "Second", []), ("area_prevention", .area, "Preventing it", ["prevention"]),
                                           ("theme", .theme, "A theme", [])] as [(String, NodeKind, String, [String])] {
            try g.add(Node(id: NodeID(id), kind: kind, label: label, aliases: aliases, provenance: provenance(.context)))
        }
        let edges: [(String, Relation, String, EvidenceLevel)] = [
            ("group", .employs, "abduction", .report), ("group", .employs, "marriage", .context),
            ("abduction", .targets, "girls", .context), ("marriage", .targets, "girls", .inferred),
            ("marriage", .amountsTo, "labour", .aboutReport), ("R1", .addresses, "abduction", .inferred),
            ("R1", .belongsTo, "area_prevention", .inferred), ("R2", .addresses, "labour", .inferred),
            ("R2", .belongsTo, "area_prevention", .inferred),
        ]
        for (s, r, t, e) in edges {
            try g.add(Edge(source: NodeID(s), relation: r, target: NodeID(t), provenance: Provenance(evidence: e, citations: [Citation(sourceKey: "S1")])))
        }
        return g
    }

    /// A generic undirected graph from `u v` pairs (nodes in order of first appearance).
    static func generic(_ pairs: [(String, String)], weights: [Double]? = nil) throws -> KnowledgeGraph {
        var g = KnowledgeGraph(isDirected: false)
        for (u, v) in pairs {
            for id in [u, v] where g.node(NodeID(id)) == nil {
                try g.add(Node(id: NodeID(id), kind: .generic, label: id, provenance: .unspecified))
            }
        }
        for (i, (u, v)) in pairs.enumerated() {
            try g.add(Edge(source: NodeID(u), relation: .linked, target: NodeID(v), provenance: .unspecified, weight: weights?[i]))
        }
        return g
    }
}
