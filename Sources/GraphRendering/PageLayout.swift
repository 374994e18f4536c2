import Foundation

/// A paper size and orientation to fit a diagram on (`render --page a4 --landscape`).
public struct PageLayout: Sendable, Equatable {
    /// The paper sizes offered.
    public enum Size: String, CaseIterable, Sendable {
        /// ISO A4, 210 × 297 mm.
        case a4
        /// ISO A3, 297 × 420 mm.
        case a3
        /// US Letter, 8.5 × 11 in.
        case letter

        /// Width and height in inches, portrait.
        var inches: (Double, Double) {
            switch self {
            case .a4: (8.27, 11.69)
            case .a3: (11.69, 16.54)
            case .letter: (8.5, 11)
            }
        }
    }

    /// The paper.
    public var size: Size
    /// Landscape (wider than tall) instead of portrait.
    public var landscape: Bool
    /// The white border kept on every side, in inches.
    public static let margin = 0.4
    /// The smallest text size `render --page` accepts without a warning, in points.
    public static let legibleFontSize = 6.0

    /// A page of `size`, portrait unless `landscape`.
    public init(_ size: Size, landscape: Bool = false) {
        self.size = size
        self.landscape = landscape
    }

    /// Width and height of the paper in inches, in this orientation.
    public var paper: (width: Double, height: Double) {
        let (w, h) = size.inches
        return landscape ? (h, w) : (w, h)
    }

    /// Width and height available to the drawing: the paper less the margins.
    public var drawable: (width: Double, height: Double) {
        (paper.width - 2 * Self.margin, paper.height - 2 * Self.margin)
    }

    /// "A4 portrait".
    public var name: String { "\(size.rawValue.uppercased().replacingOccurrences(of: "LETTER", with: "Letter")) \(landscape ? "landscape" : "portrait")" }
}

/// How a diagram was fitted on a page: the scale Graphviz draws it at and the smallest text that results.
public struct PageFit: Sendable, Equatable {
    /// The page.
    public let page: PageLayout
    /// The natural size of the drawing, in inches.
    public let naturalSize: (width: Double, height: Double)
    /// The factor the drawing is scaled by to fit (1 when it fits as it is; drawings are never enlarged).
    public let scale: Double
    /// The smallest font size in the drawing after scaling, in points.
    public let smallestFontSize: Double

    /// Whether the smallest text is at least ``PageLayout/legibleFontSize``.
    public var isLegible: Bool { smallestFontSize >= PageLayout.legibleFontSize - 1e-9 }

    public static func == (a: PageFit, b: PageFit) -> Bool {
        a.page == b.page && a.scale == b.scale && a.smallestFontSize == b.smallestFontSize
            && a.naturalSize.width == b.naturalSize.width && a.naturalSize.height == b.naturalSize.height
    }
}

/// One way of arranging a diagram on a page. Which one fits a drawing best depends on its shape (a column of tall
/// cards, a wide rank of victim groups, a fourth rank of narrower-than links), which only a layout shows, so
/// ``Diagram/fitted(to:renderer:)`` lays out every candidate and keeps the largest.
package struct PageArrangement: Sendable {
    /// Ranks top to bottom instead of left to right.
    package var topToBottom: Bool
    /// Where the legend goes.
    package var legendPlacement: LegendPlacement
    /// The most nodes to a rank.
    package var rankCap: Int
    /// With the legend after the drawing, the most legend glyphs to a rank.
    package var legendCap: Int
    /// A focused view's recommendations after what they address instead of before it.
    package var mirrorFocused = false

    /// The candidates for `page`, the first the default. Caps come from the page at the smallest legible scale (the
    /// pages' 9 pt text at 6 pt): down a left-to-right page about 1.1 in per node at 100 % (labels of two or three
    /// lines), and a column 9/5 as long, which one- or two-line ellipses (0.6 in) fill; across a top-to-bottom page
    /// about 1.8 in per node, and one and two fewer, as recommendation cards and wide hexagons take more. The legend's
    /// small glyphs go two or three times as many to a rank as the drawing's nodes. A focused view tries each with its
    /// recommendations after what they address as well.
    static func candidates(on page: PageLayout, focused: Bool) -> [PageArrangement] {
        let scale = PageLayout.legibleFontSize / 9
        let down = max(4, Int(page.drawable.height / scale / 1.1))
        let across = max(3, Int(page.drawable.width / scale / 1.8))
        var all = [PageArrangement(topToBottom: false, legendPlacement: .after, rankCap: down, legendCap: 2 * down),
                   PageArrangement(topToBottom: false, legendPlacement: .inRows, rankCap: down, legendCap: down),
                   PageArrangement(topToBottom: false, legendPlacement: .inRows, rankCap: down * 9 / 5, legendCap: down),
                   PageArrangement(topToBottom: false, legendPlacement: .after, rankCap: down * 9 / 5, legendCap: down * 9 / 5)]
        for cap in (max(2, across - 2)...across).reversed() {
            all += [2, 3].map { PageArrangement(topToBottom: true, legendPlacement: .after, rankCap: cap, legendCap: $0 * cap) }
        }
        if focused { all += all.map { var a = $0; a.mirrorFocused = true; return a } }
        return all
    }
}
