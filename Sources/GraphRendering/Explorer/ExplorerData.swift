import GraphCore
import GraphQuery

/// What the explorer page embeds, as JSON (docs/explorer.md, "The embedded data"): the graph with provenance, the
/// bibliography, the drawn views, and everything the page shows that the library computes — the recommendation
/// rankings of every query node and the centralities — at every evidence level, so the page only looks them up.
/// Nodes and edges are referred to by their position in ``nodes`` and ``edges`` (the graph's own order).
package struct ExplorerData: Encodable {
    struct NodeEntry: Encodable {
        let id: String
        let label: String
        let kind: String
        let description: String?
        let aliases: [String]
        let evidence: String
        /// `[source position, locator or null]`.
        let citations: [CitationEntry]
        /// The area of a recommendation (node position).
        let area: Int?
        /// The node's own attributes, sorted by name, as text.
        let attributes: [[String]]
        /// The words `graph-tool search` matches, per field: label, ID, description.
        let words: [[String]]
        /// The words of each alias, in ``aliases``' order (an alias matches when it alone holds every word).
        let aliasWords: [[String]]
        /// For a recommendation: the caveat its evidence calls for.
        let caveat: String?
    }

    struct CitationEntry: Encodable {
        let source: Int?
        let key: String
        let locator: String?
    }

    struct EdgeEntry: Encodable {
        let source: Int
        let target: Int
        let relation: String
        let evidence: String
        let citations: [CitationEntry]
        let weight: Double?
        let note: String?
    }

    struct SourceEntry: Encodable {
        let key: String
        let title: String
        let author: String?
        let year: Int?
        /// Only `http`/`https` addresses; anything else is left out (a `javascript:` URL in the data opens nothing).
        let url: String?
        let path: String?
        let note: String?
    }

    struct KindEntry: Encodable {
        let id: String
        let label: String
        let count: Int
        let border: String
        let fill: String
    }

    struct ViewEntry: Encodable {
        let id: String
        let title: String
        let svg: String
        /// The summary's area → practice lines and the `addresses` edges each stands for.
        let aggregates: [String: [Int]]
    }

    struct RankedEntry: Encodable {
        let recommendation: Int
        let rank: Int
        let score: Double
        let support: Double
        let direct: Bool
        /// Explanation paths: the query node's position, then the edges followed, in order.
        let paths: [[Int]]
        let pathCount: Int
    }

    struct RankingEntry: Encodable {
        let recommendations: [RankedEntry]
        let of: Int
        let caveat: String?
        let emptyReason: String?
        let note: String?
    }

    struct CentralityEntry: Encodable {
        /// By node position; `nil` where the measure failed (see ``error``).
        let scores: [Double]?
        let error: String?
    }

    struct LensLinkEntry: Encodable {
        let node: Int
        let evidence: String
        let citations: [CitationEntry]
    }

    struct VerdictEntry: Encodable {
        let group: Int
        let targetEvidence: String
        let child: Bool
        let required: [String]
        let missing: [String]
        let weakestEvidence: String?
    }

    /// ``/GraphQuery/PracticeLens``, by position.
    struct PracticeLensEntry: Encodable {
        let acts: [LensLinkEntry]
        let means: [LensLinkEntry]
        let purposes: [LensLinkEntry]
        let missing: [String]
        let verdicts: [VerdictEntry]
    }

    struct LensEntry: Encodable {
        /// The victim groups counted as children (positions), and how the dataset says so.
        let childGroups: [Int]
        let childrenDeclared: String
        /// By evidence level, then practice position.
        let practices: [String: [String: PracticeLensEntry]]
    }

    /// ``/GraphQuery/IntersectionMatrix``, by position: `cells[row][column]` lists the connecting nodes.
    struct MatrixEntry: Encodable {
        struct Cell: Encodable {
            let via: [Int]
            let weakestEvidence: String?
        }
        let rows: [Int]
        let columns: [Int]
        let via: String?
        let cells: [[Cell]]
    }

    let title: String
    let typed: Bool
    let directed: Bool
    /// Whether the centralities were computed with edge directions.
    let centralityDirected: Bool
    /// Evidence levels, strongest first.
    let evidenceLevels: [String]
    let kinds: [KindEntry]
    let nodes: [NodeEntry]
    let edges: [EdgeEntry]
    let sources: [SourceEntry]
    let views: [ViewEntry]
    /// What is drawn when not everything is: a sentence for the page.
    let drawnNote: String?
    /// Rankings by evidence level, then by query node position (as a string key).
    let rankings: [String: [String: RankingEntry]]
    /// The measures of ``centrality``, in column order.
    let measures: [String]
    /// Centralities by evidence level, then measure.
    let centrality: [String: [String: CentralityEntry]]
    /// The trafficking lens of every practice at every level (`nil` when the graph declares no lens; see ``lensNote``).
    let lens: LensEntry?
    /// Why there is no lens, when there is none and the graph has practices.
    let lensNote: String?
    /// Terrorist groups × forms of exploitation through practices, by evidence level (`graph-tool matrix`'s default).
    let matrix: [String: MatrixEntry]
    /// What the command embedded, for the page's footer.
    let generator: String
}

extension ExplorerData {
    /// Six significant digits: what a reader can compare, and a third of the bytes.
    static func rounded(_ x: Double) -> Double {
        guard x.isFinite, x != 0 else { return x }
        return Double(String(format: "%.6g", x)) ?? x
    }

    static func safeURL(_ url: String?) -> String? {
        guard let url, let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon].lowercased()
        return scheme == "http" || scheme == "https" ? url : nil
    }
}
