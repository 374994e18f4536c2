import Foundation
import GraphCore
import GraphFormats
import GraphQuery

/// What the explorer page draws and for whom (``ExplorerDocument``).
public struct ExplorerOptions: Sendable {
    /// The page's title (default: the graph's title, else its `name` attribute, as GraphML and GEXF files name a
    /// graph, else "Graph explorer").
    public var title: String?
    /// Graphs with more nodes than this are not drawn whole: the page draws the neighbourhood of ``focus``, or else
    /// the `drawLimit` nodes of highest degree, and says so; every node stays in the search, panels and tables.
    public var drawLimit = ExplorerDocument.defaultDrawLimit
    /// Draw only the neighbourhood of this node (``depth`` hops), whatever the graph's size.
    public var focus: NodeID?
    /// Hops around ``focus``.
    public var depth = 1
    /// Compute the centralities with edge directions; `nil` (the default) takes `graph-tool centrality`'s rule,
    /// ``/GraphQuery/AnalysisGraph/analysedDirectedByDefault(_:)`` (the knowledge graph undirected, other graphs as
    /// their files declare).
    public var directed: Bool?
    /// What produced the page, for its footer (the command line, say).
    public var generator = "intersection-graph explorer"
    /// Who lays the views out. In this process (the default), only the first view is sure to come out the same
    /// every run (``DiagramRenderer``); a renderer that uses a fresh process per view makes the whole page
    /// byte-identical, as `graph-tool explore` does.
    public var renderer = DiagramRenderer.inProcess

    /// The defaults: every view of a graph up to ``ExplorerDocument/defaultDrawLimit`` nodes.
    public init() {}
}

/// The explorer: one self-contained HTML page in which a reader searches the graph, selects a node to see its
/// description, evidence, citations and typed neighbours, sees the recommendations relevant to a practice with the
/// paths that explain them, sorts the centralities, and filters by kind, area and evidence — offline, with no
/// request to any server (docs/explorer.md).
///
/// Everything the page shows is computed here, by the library: the diagrams are laid out by Graphviz (the
/// overview, each recommendation area and the whole graph for a knowledge graph; the graph's own drawing for other
/// graphs), the rankings are ``/GraphQuery/RecommendationRanker``'s for every query node at every evidence level,
/// the centralities ``/GraphQuery/AnalysisGraph``'s. The page's script only looks them up. The file is
/// byte-identical for the same graph and options when each view is laid out in a fresh process
/// (``ExplorerOptions/renderer``).
public struct ExplorerDocument: Sendable {
    /// The most nodes drawn by default (see docs/explorer.md for the measurement behind it).
    public static let defaultDrawLimit = 1000
    /// The measures of the centrality table, in column order.
    public static let measures: [CentralityMeasure] = [.degree, .betweenness, .closeness, .pagerank, .eigenvector]

    /// The page.
    public let html: String
    /// The titles of the drawn views, in the page's order.
    public let viewTitles: [String]
    /// What the page says about a graph too large to draw whole (`nil` when every node is drawn in some view).
    public let drawnNote: String?

    /// The explorer page for `graph`.
    /// - Throws: ``ExplorerError`` when the focus is not in the graph or Graphviz cannot lay a view out.
    public init(graph: KnowledgeGraph, options: ExplorerOptions = ExplorerOptions()) throws(ExplorerError) {
        let typed = Diagram.drawsTyped(graph)
        let (views, drawnNote) = try Self.views(of: graph, options: options, typed: typed)
        let levels: [EvidenceLevel] = typed ? EvidenceLevel.allCases.sorted(by: >) : [.inferred]
        let title = options.title ?? graph.title ?? graph.attributes["name"]?.description ?? "Graph explorer"
        let (lens, lensNote) = Self.lens(of: graph, levels: levels)
        let centralityDirected = options.directed ?? AnalysisGraph.analysedDirectedByDefault(graph)
        let data = ExplorerData(
            title: title, typed: typed, directed: graph.isDirected, centralityDirected: centralityDirected,
            evidenceLevels: levels.map(\.rawValue),
            kinds: Self.kinds(of: graph),
            nodes: Self.nodes(of: graph), edges: Self.edges(of: graph), sources: Self.sources(of: graph),
            views: views, drawnNote: drawnNote,
            rankings: Self.rankings(of: graph, levels: levels),
            measures: Self.measures.map(\.rawValue),
            centrality: Self.centralities(of: graph, levels: levels, directed: centralityDirected),
            lens: lens, lensNote: lensNote, matrix: Self.matrices(of: graph, levels: levels),
            generator: options.generator)
        html = try ExplorerPage.html(title: title, data: data)
        viewTitles = views.map(\.title)
        self.drawnNote = drawnNote
    }

    // MARK: - Graph

    private static func kinds(of graph: KnowledgeGraph) -> [ExplorerData.KindEntry] {
        NodeKind.allCases.compactMap { kind in
            let count = graph.nodes.filter { $0.kind == kind }.count
            guard count > 0 else { return nil }
            let style = DiagramStyle.style(of: kind)
            return .init(id: kind.rawValue, label: kind.rawValue.replacingOccurrences(of: "_", with: " "), count: count,
                         border: style.border, fill: style.fill)
        }
    }

    /// Citations with their source's position in ``ExplorerData/sources`` (`sourcePosition`: by key).
    private static func citations(_ citations: [Citation], _ sourcePosition: [String: Int]) -> [ExplorerData.CitationEntry] {
        citations.map { .init(source: sourcePosition[$0.sourceKey], key: $0.sourceKey, locator: $0.locator) }
    }

    private static func sourcePositions(_ graph: KnowledgeGraph) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: graph.sourceKeys.enumerated().map { ($1, $0) })
    }

    private static func nodes(of graph: KnowledgeGraph) -> [ExplorerData.NodeEntry] {
        let areaOf = Dictionary(graph.edges.filter { $0.relation == .belongsTo }.map { ($0.source, $0.target) }, uniquingKeysWith: { a, _ in a })
        let sourcePosition = sourcePositions(graph)
        return graph.nodes.map { node in
            let words = KnowledgeGraph.words
            return .init(
                id: node.id.rawValue, label: node.label, kind: node.kind.rawValue, description: node.description,
                aliases: node.aliases, evidence: node.provenance.evidence.rawValue,
                citations: citations(node.provenance.citations, sourcePosition),
                area: node.kind == .recommendation ? areaOf[node.id].flatMap { graph.position(of: $0) } : nil,
                attributes: node.attributes.keys.sorted().map { [$0, node.attributes[$0]!.description] },
                words: [words(node.label), words(node.id.rawValue), node.description.map(words) ?? []],
                aliasWords: node.aliases.map(words),
                caveat: node.kind == .recommendation ? RecommendationReport.caveat(evidence: [node.provenance.evidence]) : nil)
        }
    }

    private static func edges(of graph: KnowledgeGraph) -> [ExplorerData.EdgeEntry] {
        let sourcePosition = sourcePositions(graph)
        return graph.edges.map { edge in
            .init(source: graph.position(of: edge.source)!, target: graph.position(of: edge.target)!, relation: edge.relation.rawValue,
                  evidence: edge.provenance.evidence.rawValue, citations: citations(edge.provenance.citations, sourcePosition),
                  weight: edge.weight, note: edge.note)
        }
    }

    private static func sources(of graph: KnowledgeGraph) -> [ExplorerData.SourceEntry] {
        graph.sourceKeys.compactMap { graph.sources[$0] }.map { s in
            .init(key: s.key, title: s.title, author: s.author, year: s.year, url: ExplorerData.safeURL(s.url), path: s.path, note: s.note)
        }
    }

    // MARK: - Views

    private static func views(of graph: KnowledgeGraph, options: ExplorerOptions, typed: Bool) throws(ExplorerError) -> ([ExplorerData.ViewEntry], String?) {
        var result: [ExplorerData.ViewEntry] = []
        func add(_ id: String, _ title: String, _ view: DiagramView, aggregates: [String: [Int]] = [:]) throws(ExplorerError) {
            var view = view
            view.elementIDs = true
            let diagram: Diagram
            do { diagram = try Diagram(of: graph, view: view) } catch {
                if error == .nothingToDraw { return }
                throw .diagram(error)
            }
            let svg: String
            do { svg = String(decoding: try options.renderer.render(diagram, .svg), as: UTF8.self) } catch { throw .render(error) }
            result.append(.init(id: id, title: title, svg: ExplorerPage.embeddableSVG(svg), aggregates: aggregates))
        }
        if let focus = options.focus {
            guard graph.contains(focus) else { throw .unknownNode(focus) }
            var view = DiagramView()
            view.focus = focus
            view.depth = options.depth
            let label = graph.node(focus)!.label
            try add("focus", "Neighbourhood of \(label) (\(options.depth) hop\(options.depth == 1 ? "" : "s"))", view)
            let drawn = result.first.map { _ in Self.neighbourhoodSize(of: focus, depth: options.depth, in: graph) } ?? 0
            return (result, drawn < graph.nodeCount ? "Drawn: the \(drawn) nodes within \(options.depth) hop\(options.depth == 1 ? "" : "s") of \(label), of \(graph.nodeCount); every node is in the search and the tables." : nil)
        }
        if graph.nodeCount > options.drawLimit {
            var view = DiagramView()
            view.full = true
            view.only = Set(topByDegree(graph, count: options.drawLimit))
            try add("top", "The \(options.drawLimit) nodes of highest degree", view)
            return (result, "Drawn: the \(options.drawLimit) nodes of highest degree, of \(graph.nodeCount) (more than \(options.drawLimit) are not drawn in a browser; graph-tool explore --focus NODE draws a neighbourhood instead). Every node is in the search and the tables.")
        }
        guard typed else {
            try add("graph", graph.title ?? "The graph", DiagramView())
            return (result, nil)
        }
        try add("overview", "Overview", DiagramView(), aggregates: summaryAggregates(of: graph))
        for area in graph.nodes where area.kind == .area {
            var view = DiagramView()
            view.areas = [area.id]
            try add("area:" + area.id.rawValue, area.label, view)
        }
        var everything = DiagramView()
        everything.full = true
        try add("all", "Everything (\(graph.nodeCount) nodes)", everything)
        return (result, nil)
    }

    /// The summary's area → practice lines, by their diagram id, and the `addresses` edges each one counts.
    private static func summaryAggregates(of graph: KnowledgeGraph) -> [String: [Int]] {
        Dictionary(uniqueKeysWithValues: DiagramBuilder.areaSummary(of: graph).map { ($0.id, $0.edges) })
    }

    private static func topByDegree(_ graph: KnowledgeGraph, count: Int) -> [NodeID] {
        let ranked = (try? AnalysisGraph(graph).rankNodes(CentralityRequest(measure: .degree))) ?? []
        return ranked.prefix(count).map(\.id)
    }

    private static func neighbourhoodSize(of focus: NodeID, depth: Int, in graph: KnowledgeGraph) -> Int {
        let view = AnalysisGraph(graph)
        return view.graph.egoNetwork(of: view.snapshot.index(of: focus)!, depth: depth).count
    }

    // MARK: - Computed answers

    private static func rankings(of graph: KnowledgeGraph, levels: [EvidenceLevel]) -> [String: [String: ExplorerData.RankingEntry]] {
        guard graph.nodes.contains(where: { $0.kind == .recommendation }) else { return [:] }
        let ranker = RecommendationRanker(graph: graph)
        var edgeIndex: [String: Int] = [:]
        for (i, e) in graph.edges.enumerated() where edgeIndex[edgeKey(e.source, e.relation, e.target)] == nil {
            edgeIndex[edgeKey(e.source, e.relation, e.target)] = i
        }
        var result: [String: [String: ExplorerData.RankingEntry]] = [:]
        for level in levels {
            var byNode: [String: ExplorerData.RankingEntry] = [:]
            for (q, node) in graph.nodes.enumerated() where node.kind != .recommendation && node.kind != .area {
                var query = RecommendationQuery(nodes: [node.id])
                query.minimumEvidence = level
                guard let report = try? ranker.report(query) else { continue }
                let entries = report.recommendations.map { r in
                    ExplorerData.RankedEntry(
                        recommendation: graph.position(of: r.id)!, rank: r.rank, score: ExplorerData.rounded(r.score),
                        support: ExplorerData.rounded(r.support), direct: r.isDirect,
                        paths: r.explanations.map { ex in
                            [graph.position(of: ex.start)!] + ex.steps.map { step in
                                edgeIndex[step.forward ? edgeKey(step.from, step.relation, step.to) : edgeKey(step.to, step.relation, step.from)]!
                            }
                        },
                        pathCount: r.pathCount)
                }
                byNode[String(q)] = .init(recommendations: entries, of: report.recommendationCount, caveat: report.caveat,
                                          emptyReason: report.emptyReason, note: report.indirectOnlyNote)
            }
            result[level.rawValue] = byNode
        }
        return result
    }

    private static func edgeKey(_ s: NodeID, _ r: Relation, _ t: NodeID) -> String { "\(s.rawValue)\u{1}\(r.rawValue)\u{1}\(t.rawValue)" }

    private static func lens(of graph: KnowledgeGraph, levels: [EvidenceLevel]) -> (ExplorerData.LensEntry?, String?) {
        guard graph.nodes.contains(where: { $0.kind == .practice }) else { return (nil, nil) }
        var lens: TraffickingLens
        do { lens = try TraffickingLens(graph: graph) } catch { return (nil, error.description) }
        let sourcePosition = sourcePositions(graph)
        func links(_ links: [PracticeLens.Link]) -> [ExplorerData.LensLinkEntry] {
            links.map { .init(node: graph.position(of: $0.node.id)!, evidence: $0.evidence.rawValue, citations: citations($0.citations, sourcePosition)) }
        }
        var byLevel: [String: [String: ExplorerData.PracticeLensEntry]] = [:]
        for level in levels {
            lens.minimumEvidence = level
            var entries: [String: ExplorerData.PracticeLensEntry] = [:]
            for p in lens.practices() {
                entries[String(graph.position(of: p.practice.id)!)] = .init(
                    acts: links(p.acts), means: links(p.means), purposes: links(p.purposes), missing: p.missingElements.map(\.rawValue),
                    verdicts: p.verdicts.map { v in
                        .init(group: graph.position(of: v.victimGroup.id)!, targetEvidence: v.targetEvidence.rawValue, child: v.isChild,
                              required: v.required.map(\.rawValue), missing: v.missing.map(\.rawValue), weakestEvidence: v.weakestEvidence?.rawValue)
                    })
            }
            byLevel[level.rawValue] = entries
        }
        let declared = "lens.children: " + lens.declaration.children.map(\.rawValue).joined(separator: " ")
            + (lens.declaration.narrower.map { ", and every group narrower through '\($0.rawValue)'" } ?? "")
        let children = lens.childGroups
        return (.init(childGroups: graph.nodes.indices.filter { children.contains(graph.nodes[$0].id) }, childrenDeclared: declared,
                      practices: byLevel), nil)
    }

    private static func matrices(of graph: KnowledgeGraph, levels: [EvidenceLevel]) -> [String: ExplorerData.MatrixEntry] {
        guard [NodeKind.terroristGroup, .form, .practice].allSatisfy({ k in graph.nodes.contains { $0.kind == k } }) else { return [:] }
        var result: [String: ExplorerData.MatrixEntry] = [:]
        for level in levels {
            let m = graph.intersectionMatrix(rows: .terroristGroup, columns: .form, via: .practice, minimumEvidence: level)
            result[level.rawValue] = .init(
                rows: m.rows.map { graph.position(of: $0.id)! }, columns: m.columns.map { graph.position(of: $0.id)! }, via: m.via?.rawValue,
                cells: m.cells.map { row in row.map { .init(via: $0.connections.compactMap { $0.node.map { graph.position(of: $0.id)! } }, weakestEvidence: $0.weakestEvidence?.rawValue) } })
        }
        return result
    }

    private static func centralities(of graph: KnowledgeGraph, levels: [EvidenceLevel], directed: Bool) -> [String: [String: ExplorerData.CentralityEntry]] {
        var result: [String: [String: ExplorerData.CentralityEntry]] = [:]
        for level in levels {
            let view = AnalysisGraph(graph.keepingEdges(atLeast: level), directed: directed)
            var byMeasure: [String: ExplorerData.CentralityEntry] = [:]
            for measure in measures {
                do {
                    let ranked = try view.rankNodes(CentralityRequest(measure: measure))
                    var scores = [Double](repeating: 0, count: graph.nodeCount)
                    for r in ranked { scores[graph.position(of: r.id)!] = ExplorerData.rounded(r.score) }
                    byMeasure[measure.rawValue] = .init(scores: scores, error: nil)
                } catch {
                    byMeasure[measure.rawValue] = .init(scores: nil, error: error.description)
                }
            }
            result[level.rawValue] = byMeasure
        }
        return result
    }
}

/// Why an explorer page could not be made.
public enum ExplorerError: Error, Equatable, CustomStringConvertible {
    /// The focus is not in the graph.
    case unknownNode(NodeID)
    /// A view could not be drawn.
    case diagram(DiagramError)
    /// Graphviz could not lay a view out.
    case render(RenderError)
    /// The page's own HTML, CSS or script is missing from the installation.
    case missingResource(String)

    public var description: String {
        switch self {
        case .unknownNode(let id): "unknown node '\(id)'"
        case .diagram(let e): e.description
        case .render(let e): e.description
        case .missingResource(let name): "the explorer's resource \(name) is missing from this installation"
        }
    }
}
