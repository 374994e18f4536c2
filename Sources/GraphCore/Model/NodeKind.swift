/// The closed set of node kinds of the intersection knowledge graph.
///
/// The raw value is the spelling used in dataset files, JSON/CSV output and on the command line.
/// `generic` is the neutral kind given to nodes of graphs brought in from other formats (edge lists and the like).
public enum NodeKind: String, CaseIterable, Sendable, Codable, Comparable {
    case terroristGroup = "terrorist_group"
    case practice
    case act
    case means
    case form
    case victimGroup = "victim_group"
    case recommendation
    case area
    case actor
    case instrument
    case theme
    case generic

    /// A human-readable name, plural, for tables and legends.
    public var pluralName: String {
        switch self {
        case .terroristGroup: "terrorist groups"
        case .practice: "practices"
        case .act: "acts (trafficking element)"
        case .means: "means (trafficking element)"
        case .form: "forms of exploitation"
        case .victimGroup: "victim groups"
        case .recommendation: "recommendations"
        case .area: "recommendation areas"
        case .actor: "actors"
        case .instrument: "instruments"
        case .theme: "themes"
        case .generic: "generic nodes"
        }
    }

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
