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
