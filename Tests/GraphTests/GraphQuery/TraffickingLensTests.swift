import Foundation
import Testing
import Graph

/// The trafficking lens against answers written by hand from data/osce-2021.yaml, a permuted declaration, and a
/// graph that declares none.
@Suite struct TraffickingLensTests {
    let graph: KnowledgeGraph
    let lens: TraffickingLens

    init() throws {
        graph = try BundledDataset.load()
        lens = try TraffickingLens(graph: graph)
    }

    private func read(_ id: NodeID, in lens: TraffickingLens? = nil) throws -> PracticeLens { try (lens ?? self.lens).practices([id])[0] }
    private func ids(_ links: [PracticeLens.Link]) -> [String] { links.map(\.node.id.rawValue) }

    @Test func theDeclarationIsReadFromTheDataset() throws {
        #expect(lens.declaration == LensDeclaration(act: .comprises, means: .uses, purpose: .amountsTo, target: .targets,
                                                    children: ["children"], narrower: .subtypeOf))
        // children and every group narrower than them (subtype_of, transitively); youth and women_and_girls are not
        #expect(lens.childGroups == ["children", "girls", "boys", "children_in_camps_and_detention",
                                     "children_born_of_conflict_rape_or_in_conflict_zones", "orphaned_children",
                                     "unaccompanied_and_separated_children"])
    }

    /// A practice aimed at children: the means are there, but children need only act and purpose; youth is not a
    /// child group and needs all three.
    @Test func recruitmentOfChildrenByHand() throws {
        let p = try read("recruitment_use_of_children_in_hostilities")
        #expect(ids(p.acts) == ["recruitment", "transfer", "harbouring"])
        #expect(ids(p.means) == ["abduction", "coercion", "payments_or_benefits"])
        #expect(ids(p.purposes) == ["exploitation_in_armed_conflict_combat", "forced_labour_or_services", "slavery_or_similar_practices", "forced_criminality"])
        #expect(p.missingElements.isEmpty)
        #expect(p.verdicts.map(\.victimGroup.id.rawValue) == ["children", "boys", "girls", "youth", "orphaned_children",
                                                               "children_born_of_conflict_rape_or_in_conflict_zones"])
        #expect(p.verdicts.map(\.isChild) == [true, true, true, false, true, true])
        #expect(p.verdicts.allSatisfy { $0.holds && $0.weakestEvidence == .inferred && $0.targetEvidence == .context })
        #expect(p.verdicts.first { $0.victimGroup.id == "youth" }?.required == [.act, .means, .purpose])
        #expect(p.verdicts.first { $0.victimGroup.id == "boys" }?.required == [.act, .purpose])
    }

    /// Two practices missing an element: the tactic has purposes only; kidnapping for ransom has no purpose.
    @Test func practicesMissingAnElementSayWhich() throws {
        let tactic = try read("trafficking_as_terror_tactic")
        #expect(tactic.acts.isEmpty && tactic.means.isEmpty && ids(tactic.purposes) == ["sexual_slavery_form", "sexual_exploitation"])
        #expect(tactic.missingElements == [.act, .means])
        #expect(tactic.verdicts.map(\.victimGroup.id.rawValue) == ["religious_ethnic_minorities", "yazidis"])
        #expect(tactic.verdicts.allSatisfy { !$0.holds && $0.missing == [.act, .means] && $0.weakestEvidence == nil })
        let ransom = try read("kidnapping_for_ransom")
        #expect(ids(ransom.acts) == ["harbouring"] && ids(ransom.means) == ["abduction"] && ransom.purposes.isEmpty)
        #expect(ransom.missingElements == [.purpose])
        #expect(ransom.verdicts.map(\.victimGroup.id.rawValue) == ["yazidis"] && ransom.verdicts[0].missing == [.purpose])
    }

    /// Several victim groups, adults and children, one verdict each.
    @Test func abductionHasAVerdictPerVictimGroup() throws {
        let p = try read("abduction_mass_kidnapping")
        #expect(p.verdicts.map(\.victimGroup.id.rawValue) == ["women_and_girls", "girls", "children", "religious_ethnic_minorities", "yazidis"])
        #expect(p.verdicts.map(\.isChild) == [false, true, true, false, false])
        #expect(p.verdicts.allSatisfy { $0.holds })
    }

    /// Every act, means and purpose edge of the bundled dataset is `inferred`: at `context` no element remains,
    /// so every verdict rests on inferred evidence only, and the lens says so by failing at the stricter level.
    @Test func verdictsRestOnInferredEdgesOnly() throws {
        var strict = lens
        strict.minimumEvidence = .context
        for p in strict.practices() {
            #expect(p.missingElements == [.act, .means, .purpose], "\(p.practice.id)")
            #expect(p.verdicts.allSatisfy { !$0.holds })
        }
        for p in lens.practices() { for v in p.verdicts where v.holds { #expect(v.weakestEvidence == .inferred) } }
    }

    /// The same graph with the lens relations renamed (and the declaration saying so) gives the same verdicts.
    @Test func renamedRelationsGiveTheSameVerdicts() throws {
        let rename: [Relation: Relation] = [.comprises: .covers, .uses: .drawsOn, .amountsTo: .involves, .targets: .belongsTo, .subtypeOf: .linked]
        var renamed = KnowledgeGraph(isDirected: graph.isDirected)
        for node in graph.nodes { try renamed.add(node) }
        for edge in graph.edges {
            var e = edge
            if graph.node(edge.source)?.kind == .practice || edge.relation == .subtypeOf, let r = rename[edge.relation] { e.relation = r }
            try renamed.add(e)
        }
        renamed.attributes = ["lens.act": .string("covers"), "lens.means": .string("draws_on"), "lens.purpose": .string("involves"),
                              "lens.target": .string("belongs_to"), "lens.children": .string("children"), "lens.narrower": .string("linked")]
        let other = try TraffickingLens(graph: renamed)
        func summary(_ all: [PracticeLens]) -> [String] {
            all.map { p in
                "\(p.practice.id) \(ids(p.acts)) \(ids(p.means)) \(ids(p.purposes)) "
                    + p.verdicts.map { "\($0.victimGroup.id):\($0.isChild):\($0.missing):\(String(describing: $0.weakestEvidence))" }.joined(separator: ",")
            }
        }
        #expect(summary(other.practices()) == summary(lens.practices()))
    }

    @Test func aGraphWithoutTheDeclarationGetsAClearMessage() throws {
        var bare = graph
        bare.attributes = [:]
        #expect(throws: LensError.notDeclared(missing: ["lens.act", "lens.means", "lens.purpose", "lens.target", "lens.children"])) {
            try TraffickingLens(graph: bare)
        }
        var wrong = graph
        wrong.attributes["lens.act"] = .string("contains")
        #expect(throws: LensError.unknownRelation(attribute: "lens.act", value: "contains")) { try TraffickingLens(graph: wrong) }
        #expect(throws: LensError.notAPractice("girls", .victimGroup)) { try lens.practices(["girls"]) }
        #expect(throws: LensError.unknownNode("nope")) { try lens.practices(["nope"]) }
    }
}

/// The intersection matrix against a naive enumeration of two-edge paths.
@Suite struct IntersectionMatrixTests {
    let graph: KnowledgeGraph
    init() throws { graph = try BundledDataset.load() }

    /// For every (row, column): every node v of the via kind with an edge r–v and an edge v–c, each hop as strong as
    /// its best edge, the connection as strong as its weaker hop; written with nothing but loops over the edges.
    private func naive(rows: NodeKind, columns: NodeKind, via: NodeKind, minimum: EvidenceLevel) -> [String: (Int, EvidenceLevel?)] {
        var result: [String: (Int, EvidenceLevel?)] = [:]
        let kept = graph.edges.filter { $0.provenance.evidence >= minimum }
        func best(_ a: NodeID, _ b: NodeID) -> EvidenceLevel? {
            kept.filter { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }.map(\.provenance.evidence).max()
        }
        for r in graph.nodes where r.kind == rows {
            for c in graph.nodes where c.kind == columns {
                var evidences: [EvidenceLevel] = []
                for v in graph.nodes where v.kind == via && v.id != r.id && v.id != c.id {
                    if let x = best(r.id, v.id), let y = best(v.id, c.id) { evidences.append(min(x, y)) }
                }
                result["\(r.id)|\(c.id)"] = (evidences.count, evidences.min())
            }
        }
        return result
    }

    @Test(arguments: [(NodeKind.terroristGroup, NodeKind.form, NodeKind.practice), (.terroristGroup, .victimGroup, .practice),
                      (.practice, .area, .recommendation)])
    func cellsMatchANaiveEnumeration(_ setting: (NodeKind, NodeKind, NodeKind)) {
        for minimum in [EvidenceLevel.inferred, .context] {
            let m = graph.intersectionMatrix(rows: setting.0, columns: setting.1, via: setting.2, minimumEvidence: minimum)
            let expected = naive(rows: setting.0, columns: setting.1, via: setting.2, minimum: minimum)
            #expect(m.rows.count * m.columns.count == expected.count)
            for (i, r) in m.rows.enumerated() {
                for (j, c) in m.columns.enumerated() {
                    let cell = m.cells[i][j], want = expected["\(r.id)|\(c.id)"]!
                    #expect(cell.count == want.0 && cell.weakestEvidence == want.1, "\(r.id) × \(c.id) at \(minimum)")
                }
            }
        }
    }

    @Test func knownCells() {
        let m = graph.intersectionMatrix(rows: .terroristGroup, columns: .form, via: .practice)
        let row = { (id: NodeID) in m.rows.firstIndex { $0.id == id }! }, column = { (id: NodeID) in m.columns.firstIndex { $0.id == id }! }
        let organs = m.cells[row("daesh_isil")][column("removal_of_organs")]
        #expect(organs.connections.map { $0.node?.id } == ["organ_removal_alleged"] && organs.weakestEvidence == .inferred)
        #expect(m.cells[row("al_qaida_affiliates")].allSatisfy { $0.count == 0 })
        let direct = graph.intersectionMatrix(rows: .recommendation, columns: .area, via: nil)
        #expect(direct.cells.allSatisfy { $0.filter { $0.count > 0 }.count == 1 }, "each recommendation sits in one area")
    }
}
