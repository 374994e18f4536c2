/// The closed set of node kinds of the intersection knowledge graph.
///
/// The raw value is the spelling used in dataset files, JSON/CSV output and on the command line.
/// `generic` is the neutral kind given to nodes of graphs brought in from other formats (edge lists and the like).
public enum NodeKind: String, CaseIterable, Sendable, Codable, Comparable {
    /// A terrorist or armed group.
    case terroristGroup = "terrorist_group"
    /// What groups do, read through the trafficking lens (abduction, sexual slavery, …).
    case practice
    /// The trafficking *act* element: recruitment, transportation, transfer, harbouring, receipt.
    case act
    /// The trafficking *means* element: force, coercion, abduction, deception, abuse of vulnerability, payments.
    case means
    /// A form of exploitation: the trafficking *purpose* element.
    case form
    /// People targeted.
    case victimGroup = "victim_group"
    /// One of the report's recommendations.
    case recommendation
    /// One of the five recommendation areas.
    case area
    /// Who must act.
    case actor
    /// A legal or policy instrument.
    case instrument
    /// A cross-cutting theme.
    case theme
    /// A node of a graph brought in from another format, without a kind.
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
