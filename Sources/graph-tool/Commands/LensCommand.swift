import ArgumentParser
import Graph

struct LensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lens",
        abstract: "Read practices through the trafficking definition: act, means and purpose, and for each victim group whether they are all there.",
        discussion: """
            For each practice: the acts, means and purposes (forms of exploitation) the graph links it to, with their \
            evidence; then, for each victim group it targets, whether the elements the definition requires are \
            present (act + means + purpose for adults; act + purpose for children, Palermo Protocol art. 3(c)) and \
            the weakest evidence that verdict rests on. Which relations play the elements, and which victim groups \
            are children, is declared by the dataset (graph attributes lens.*). An analytic aid, not a legal \
            determination: see docs/lens.md.
            """
    )

    @Argument(help: ArgumentHelp("Practices (IDs, labels or aliases); default: every practice.", valueName: "practice"), completion: Completions.nodes)
    var practices: [String] = []

    @Option(name: .customLong("min-evidence"), help: "Count only edges at least this well evidenced.")
    var minEvidence: EvidenceLevel = .inferred

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var output: OutputOptions

    struct LinkView: Encodable { var id: String, label: String, evidence: String, sources: [String] }
    struct VerdictView: Encodable {
        var victimGroup: String, label: String, child: Bool, targetEvidence: String
        var required: [String], missing: [String], holds: Bool
        @NullWhenAbsent var weakestEvidence: String?
        var onlyInferred: Bool
    }
    struct PracticeView: Encodable {
        var id: String, label: String
        var acts: [LinkView], means: [LinkView], purposes: [LinkView], missingElements: [String]
        var verdicts: [VerdictView]
    }
    struct LensView: Encodable {
        var minimumEvidence: String, declaredChildren: [String]
        @NullWhenAbsent var narrower: String?
        var childGroups: [String], practices: [PracticeView]
    }

    func run() throws {
        let graph = try dataOptions.load()
        var lens = try TraffickingLens(graph: graph)
        lens.minimumEvidence = minEvidence
        let read = practices.isEmpty ? lens.practices() : try lens.practices(try practices.map { try graph.resolve($0, kinds: [.practice]).id })
        let view = LensView(minimumEvidence: minEvidence.rawValue, declaredChildren: lens.declaration.children.map(\.rawValue),
                            narrower: lens.declaration.narrower?.rawValue,
                            childGroups: graph.nodes.filter { lens.childGroups.contains($0.id) }.map(\.id.rawValue),
                            practices: read.map(Self.view))
        switch output.format {
        case .json: print(try JSONOutput.render(view))
        case .csv:
            var csv = CSVTable(["practice", "victim_group", "child", "holds", "missing", "weakest_evidence", "acts", "means", "purposes", "sources"])
            for p in view.practices {
                let names = { (links: [LinkView]) in links.map { "\($0.id) (\($0.evidence))" }.joined(separator: "; ") }
                let sources = Self.distinct((p.acts + p.means + p.purposes).flatMap(\.sources)).joined(separator: "; ")
                for v in p.verdicts {
                    csv.add([p.id, v.victimGroup, v.child ? "yes" : "no", v.holds ? "yes" : "no", v.missing.joined(separator: " "),
                             v.weakestEvidence ?? "", names(p.acts), names(p.means), names(p.purposes), sources])
                }
            }
            print(csv.render())
        case .table:
            print(Self.table(view), terminator: "")
        }
    }

    static func view(_ p: PracticeLens) -> PracticeView {
        func links(_ l: [PracticeLens.Link]) -> [LinkView] {
            l.map { LinkView(id: $0.node.id.rawValue, label: $0.node.label, evidence: $0.evidence.rawValue, sources: $0.citations.map(\.description)) }
        }
        return PracticeView(id: p.practice.id.rawValue, label: p.practice.label, acts: links(p.acts), means: links(p.means),
                            purposes: links(p.purposes), missingElements: p.missingElements.map(\.rawValue),
                            verdicts: p.verdicts.map { v in
            VerdictView(victimGroup: v.victimGroup.id.rawValue, label: v.victimGroup.label, child: v.isChild,
                        targetEvidence: v.targetEvidence.rawValue, required: v.required.map(\.rawValue), missing: v.missing.map(\.rawValue),
                        holds: v.holds, weakestEvidence: v.weakestEvidence?.rawValue, onlyInferred: v.weakestEvidence == .inferred)
        })
    }

    /// `items` without repeats, first occurrence first.
    static func distinct(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }

    /// The lens for people: per practice its elements, then one line per victim group with the verdict.
    static func table(_ view: LensView) -> String {
        let how = "lens.children: \(view.declaredChildren.joined(separator: " "))" + (view.narrower.map { ", and every group narrower through '\($0)'" } ?? "")
        var out = "Victim groups counted as children (\(how)): \(view.childGroups.joined(separator: ", ")).\n"
        if view.minimumEvidence != EvidenceLevel.inferred.rawValue {
            out += "Only edges at evidence '\(view.minimumEvidence)' or stronger are counted.\n"
        }
        for p in view.practices {
            out += "\n== \(p.label) [\(p.id)]\n"
            for (name, links) in [("act", p.acts), ("means", p.means), ("purpose", p.purposes)] {
                let text = links.isEmpty ? "(none)" : links.map { "\($0.id) (\($0.evidence))" }.joined(separator: ", ")
                out += "  \(name.padding(toLength: 8, withPad: " ", startingAt: 0))\(text)\n"
                if !links.isEmpty { out += "          sources: \(distinct(links.flatMap(\.sources)).joined(separator: ", "))\n" }
            }
            if !p.missingElements.isEmpty { out += "  missing element(s): \(p.missingElements.joined(separator: ", "))\n" }
            var table = TextTable(["victim group", "child", "verdict", "weakest evidence"])
            for v in p.verdicts {
                let verdict: String
                if v.holds {
                    verdict = v.required.joined(separator: " + ") + (v.child ? " (means not required)" : "")
                } else {
                    verdict = "missing " + v.missing.joined(separator: ", ")
                }
                let weakest = v.weakestEvidence.map { $0 + (v.onlyInferred ? " (rests on inferred edges)" : "") } ?? "-"
                table.add([v.victimGroup, v.child ? "yes" : "no", verdict, weakest])
            }
            out += table.render().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        return out
    }
}
