/// How sure the dataset is of a node or edge, mirroring the fact sheet's tags R / A / C / I.
///
/// Levels are ordered from strongest (`report`) to weakest (`inferred`): `report > aboutReport > context > inferred`.
public enum EvidenceLevel: String, CaseIterable, Sendable, Codable, Comparable {
    /// Stated in the report itself (tag R).
    case report
    /// A fact about the report from a third-party summary, not checked against the report (tag A).
    case aboutReport = "about-report"
    /// Context from another public source, not verified as appearing in the report (tag C).
    case context
    /// Analyst inference, to be checked against the report (tag I).
    case inferred

    /// Strength rank: 3 for `report` down to 0 for `inferred`.
    public var strength: Int {
        switch self {
        case .report: 3
        case .aboutReport: 2
        case .context: 1
        case .inferred: 0
        }
    }

    /// `a < b` when `a` is weaker evidence than `b`.
    public static func < (lhs: EvidenceLevel, rhs: EvidenceLevel) -> Bool { lhs.strength < rhs.strength }
}

/// One reference to a bibliography entry, optionally narrowed to a section, article or paragraph.
///
/// Written in dataset files as `"S9"` or `"S9 op.2(d)"`: the key, then an optional locator after the first space.
public struct Citation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The key of the bibliography entry.
    public var sourceKey: String
    /// Where in the source: a section, article or paragraph (`op.2(d)`), if given.
    public var locator: String?

    /// A citation of `sourceKey`, optionally narrowed by `locator`.
    public init(sourceKey: String, locator: String? = nil) {
        self.sourceKey = sourceKey
        self.locator = locator
    }

    /// Parses `"KEY"` or `"KEY locator text"`.
    public init(parsing text: String) {
        let trimmed = text.trimmed
        if let space = trimmed.firstIndex(of: " ") {
            sourceKey = String(trimmed[..<space])
            let rest = trimmed[space...].trimmed
            locator = rest.isEmpty ? nil : rest
        } else {
            sourceKey = trimmed
            locator = nil
        }
    }

    public var description: String { locator.map { "\(sourceKey) \($0)" } ?? sourceKey }
}

/// Where a node or edge comes from and how sure we are of it. Every node and edge of a ``KnowledgeGraph`` has one.
public struct Provenance: Hashable, Sendable, Codable {
    /// How sure the record is.
    public var evidence: EvidenceLevel
    /// What supports it, as keys into the bibliography.
    public var citations: [Citation]

    /// Provenance with `evidence` and `citations`.
    public init(evidence: EvidenceLevel, citations: [Citation]) {
        self.evidence = evidence
        self.citations = citations
    }

    /// The provenance given to records of graphs read from formats that carry none (edge lists and the like).
    public static let unspecified = Provenance(evidence: .inferred, citations: [])
}

/// One entry of a dataset's bibliography.
public struct Source: Hashable, Sendable, Codable {
    /// The key citations use (`S9`).
    public var key: String
    /// The title (required).
    public var title: String
    /// The author or issuing body, if known.
    public var author: String?
    /// The year of publication, if known.
    public var year: Int?
    /// Where to read it, if public.
    public var url: String?
    /// A file shipped with the dataset, written relative to the folder that holds the dataset file
    /// (`sources/osce-2021-fact-sheet.md` next to `data/osce-2021.yaml`); for sources a reader can open without the web.
    public var path: String?
    /// A remark on the source, if any.
    public var note: String?

    /// A bibliography entry; see the properties for each parameter.
    public init(key: String, title: String, author: String? = nil, year: Int? = nil, url: String? = nil, path: String? = nil,
                note: String? = nil) {
        self.key = key
        self.title = title
        self.author = author
        self.year = year
        self.url = url
        self.path = path
        self.note = note
    }
}
