import GraphCore
import GraphFormats
import GraphQuery
/// The visual language of knowledge-graph diagrams.
///
/// Colours come from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies); every kind
/// also has its own shape, so a diagram printed in grey still reads. Edge colour *and* arrowhead say the relation —
/// every relation has an arrowhead of its own, so relations that share a colour, or all of them in greyscale print,
/// stay apart; line style says the evidence: **bold** report, solid about-report, dashed context, dotted inferred.
package enum DiagramStyle {
    package struct KindStyle: Sendable {
        package let shape: String
        package let border: String
        package let fill: String
        package let extraStyle: String?
    }

    package static func style(of kind: NodeKind) -> KindStyle {
        switch kind {
        case .terroristGroup: KindStyle(shape: "octagon", border: "#D55E00", fill: "#F9D5BF", extraStyle: nil)
        case .practice: KindStyle(shape: "box", border: "#E69F00", fill: "#FCE6BC", extraStyle: "rounded")
        case .act: KindStyle(shape: "ellipse", border: "#7F7F7F", fill: "#EDEDED", extraStyle: nil)
        case .means: KindStyle(shape: "invhouse", border: "#7F7F7F", fill: "#FFFFFF", extraStyle: nil)
        case .form: KindStyle(shape: "hexagon", border: "#CC79A7", fill: "#F3D8E8", extraStyle: nil)
        case .victimGroup: KindStyle(shape: "ellipse", border: "#009E73", fill: "#C4EADC", extraStyle: nil)
        case .recommendation: KindStyle(shape: "note", border: "#0072B2", fill: "#CFE3F3", extraStyle: nil)
        case .area: KindStyle(shape: "folder", border: "#0072B2", fill: "#FFFFFF", extraStyle: nil)
        case .actor: KindStyle(shape: "cds", border: "#56B4E9", fill: "#E2F2FB", extraStyle: nil)
        case .instrument: KindStyle(shape: "tab", border: "#000000", fill: "#FFFFFF", extraStyle: nil)
        case .theme: KindStyle(shape: "parallelogram", border: "#8C7E00", fill: "#FBF7CC", extraStyle: nil)
        case .generic: KindStyle(shape: "ellipse", border: "#000000", fill: "#FFFFFF", extraStyle: nil)
        }
    }

    package static func color(of relation: Relation) -> String {
        switch relation {
        case .employs: "#D55E00"
        case .amountsTo: "#CC79A7"
        case .uses, .comprises: "#7F7F7F"
        case .targets: "#009E73"
        case .addresses, .belongsTo: "#0072B2"
        case .involves: "#56B4E9"
        case .drawsOn, .covers: "#000000"
        case .concerns: "#8C7E00"
        case .subtypeOf: "#4D4D4D"
        case .linked: "#000000"
        }
    }

    /// One arrowhead per relation (`linked`, the relation of plain graphs, never meets `employs`).
    package static func arrowhead(of relation: Relation) -> String {
        switch relation {
        case .employs: "normal"
        case .amountsTo: "diamond"
        case .uses: "dot"
        case .comprises: "odot"
        case .targets: "vee"
        case .belongsTo: "obox"
        case .addresses: "box"
        case .involves: "tee"
        case .drawsOn: "odiamond"
        case .concerns: "open"
        case .subtypeOf: "empty"
        case .covers: "crow"
        case .linked: "normal"
        }
    }

    /// DOT `style` and `penwidth` for an edge of this evidence level.
    package static func line(for evidence: EvidenceLevel) -> (style: String, penwidth: String) {
        switch evidence {
        case .report: ("solid", "2.4")
        case .aboutReport: ("solid", "1.2")
        case .context: ("dashed", "1.2")
        case .inferred: ("dotted", "1.2")
        }
    }

    package static func lineName(for evidence: EvidenceLevel) -> String {
        switch evidence {
        case .report: "bold line"
        case .aboutReport: "solid line"
        case .context: "dashed line"
        case .inferred: "dotted line"
        }
    }
}
