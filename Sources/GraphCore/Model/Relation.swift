/// The closed set of edge relations. Which (source kind, relation, target kind) triples are allowed is
/// decided by ``Schema``; the raw value is the spelling used in dataset files and output.
public enum Relation: String, CaseIterable, Sendable, Codable, Comparable {
    /// terrorist group → practice
    case employs
    /// practice → form of exploitation (the trafficking *purpose* element)
    case amountsTo = "amounts_to"
    /// practice → means (the trafficking *means* element)
    case uses
    /// practice → act (the trafficking *act* element)
    case comprises
    /// practice → victim group
    case targets
    /// recommendation → area
    case belongsTo = "belongs_to"
    /// recommendation → practice, form or victim group
    case addresses
    /// recommendation → actor (who must act)
    case involves
    /// recommendation → instrument
    case drawsOn = "draws_on"
    /// any node of the domain → theme
    case concerns
    /// victim group → victim group, form → form: the source is a narrower case of the target
    case subtypeOf = "subtype_of"
    /// instrument → terrorist group, practice, means, form or victim group it names or regulates
    case covers
    /// the neutral relation of graphs brought in from other formats
    case linked

    public static func < (lhs: Relation, rhs: Relation) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
