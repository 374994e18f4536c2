import Foundation
import GraphvizBridge
import GraphCore
import GraphFormats
import GraphQuery

/// Graphviz layout engines (the `-K` of the `dot` command).
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// A Graphviz layout engine, by its name.
    case dot, neato, fdp, sfdp, circo, twopi, osage, patchwork

    /// Whether the engine draws `cluster` subgraphs as boxes (the others ignore them or draw them badly).
    public var drawsClusters: Bool { [.dot, .fdp, .osage, .patchwork].contains(self) }
}

/// Output formats of a render (the `-T` of the `dot` command).
public enum RenderFormat: String, CaseIterable, Sendable {
    /// An output format, by Graphviz's name for it.
    case svg, png, pdf, dot, plain, json

    /// The format a file extension asks for (`.gv` is DOT), or `nil`.
    public init?(fileExtension ext: String) {
        switch ext.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "gv", "dot": self = .dot
        case "plain", "txt": self = .plain
        case "json": self = .json
        default: return nil
        }
    }
}

/// A finished render: the bytes and any warnings Graphviz gave.
public struct RenderResult: Sendable {
    /// The rendered bytes.
    public let data: Data
    /// Graphviz's warnings, one per message.
    public let warnings: [String]
}

/// Graphviz failures, with Graphviz's own message.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// The DOT text did not parse.
    case syntax(message: String)
    /// The layout failed.
    case layoutFailed(engine: String, message: String)
    /// The render failed.
    case renderFailed(format: String, message: String)
    /// This Graphviz has no such layout engine.
    case unknownEngine(String, available: [String])
    /// This Graphviz has no such output format.
    case unknownFormat(String, available: [String])
    /// Graphviz's plugin configuration is missing or empty.
    case pluginsUnavailable(String)

    public var description: String { GraphvizError(self).description }
}

/// Lays out and renders DOT text in memory through the Graphviz C library, in-process.
///
/// Graphviz keeps process-wide state, so every call is serialised behind one lock and runs on a thread with a large
/// stack (the Graphviz bridge does that); Graphviz's messages are captured, never printed: errors in the thrown
/// ``RenderError``, warnings in ``RenderResult/warnings``. Safe to call from any thread or task.
public final class GraphvizRenderer: Sendable {
    /// The renderer; there is one, since Graphviz keeps process-wide state.
    public static let shared = GraphvizRenderer()

    private init() {}

    /// Layout engines available in this Graphviz installation.
    public func availableEngines() throws(RenderError) -> [String] {
        do { return try GraphvizSession.availableEngines() } catch { throw RenderError(error) }
    }

    /// Output formats (devices) available in this Graphviz installation.
    public func availableFormats() throws(RenderError) -> [String] {
        do { return try GraphvizSession.availableFormats() } catch { throw RenderError(error) }
    }

    /// Parses `dot`, lays it out with `engine` and renders it to `format`.
    /// - Throws: ``RenderError`` with Graphviz's message.
    public func render(dot: String, engine: LayoutEngine = .dot, format: RenderFormat = .svg) throws(RenderError) -> RenderResult {
        try render(dot: dot, engineName: engine.rawValue, formatName: format.rawValue)
    }

    /// As ``render(dot:engine:format:)`` with engine and format by name (e.g. `"svg:cairo"`).
    public func render(dot: String, engineName: String, formatName: String) throws(RenderError) -> RenderResult {
        do {
            let output = try GraphvizSession.render(dot: dot, engineName: engineName, formatName: formatName)
            return RenderResult(data: output.data, warnings: output.warnings)
        } catch { throw RenderError(error) }
    }
}

extension GraphvizError {
    init(_ error: RenderError) {
        switch error {
        case .syntax(let m): self = .syntax(message: m)
        case .layoutFailed(let e, let m): self = .layoutFailed(engine: e, message: m)
        case .renderFailed(let f, let m): self = .renderFailed(format: f, message: m)
        case .unknownEngine(let e, let a): self = .unknownEngine(e, available: a)
        case .unknownFormat(let f, let a): self = .unknownFormat(f, available: a)
        case .pluginsUnavailable(let m): self = .pluginsUnavailable(m)
        }
    }
}

extension RenderError {
    init(_ error: GraphvizError) {
        switch error {
        case .syntax(let m): self = .syntax(message: m)
        case .layoutFailed(let e, let m): self = .layoutFailed(engine: e, message: m)
        case .renderFailed(let f, let m): self = .renderFailed(format: f, message: m)
        case .unknownEngine(let e, let a): self = .unknownEngine(e, available: a)
        case .unknownFormat(let f, let a): self = .unknownFormat(f, available: a)
        case .pluginsUnavailable(let m): self = .pluginsUnavailable(m)
        }
    }
}

/// Who lays a diagram out when a result is made of several layouts (a page fit measures before it draws; the
/// explorer draws several views): this process (``inProcess``), or a function of the caller's.
///
/// Why it matters: Graphviz 2.43 keeps state from one layout to the next, so the *second* and later `dot` layouts in
/// a process can come out a little different from run to run (measured on the bundled area views: the same DOT
/// rendered twice in one process gave one of two SVGs at random, its first rendering always the same). A caller that
/// needs every layout byte-identical across runs lays each one out in a fresh process — `graph-tool` runs its own
/// hidden `render-worker` for that.
public struct DiagramRenderer: Sendable {
    /// Lays `diagram` out with its engine and renders it to `format`.
    public let render: @Sendable (_ diagram: Diagram, _ format: RenderFormat) throws(RenderError) -> Data

    /// A renderer that calls `render`.
    public init(_ render: @escaping @Sendable (_ diagram: Diagram, _ format: RenderFormat) throws(RenderError) -> Data) {
        self.render = render
    }

    /// Graphviz in this process (``GraphvizRenderer/shared``): fast, and reproducible for the first layout of a
    /// process only.
    public static let inProcess = DiagramRenderer { diagram, format throws(RenderError) in try diagram.render(to: format).data }
}
