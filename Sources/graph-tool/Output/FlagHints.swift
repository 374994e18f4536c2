import Graph

/// A library error with the command-line flags that change the outcome added to its message.
struct HintedError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Library errors carry values (which limit, which weight, which kind); this is where they become messages that name
/// the flags a user can change. Errors without a hint pass through unchanged.
enum FlagHints {
    static func hinted(_ error: any Error) -> any Error {
        switch error {
        case let e as GraphInputError:
            guard e.diagnostics.contains(where: { $0.exceededLimit != nil }) else { return e }
            return HintedError(GraphInputError(e.diagnostics.map(hinted)).description)
        case let e as AlgorithmError:
            switch e {
            case .negativeEdgeWeight: return HintedError(e.description + " (fix the weight, or leave out --weighted)")
            case .failedToConverge(let algorithm, _, _, _) where algorithm == "eigenvector centrality":
                return HintedError(e.description + ". The power iteration converges only on a graph that is strongly connected and aperiodic, and this one (with --directed: its stored directions) is not. Use --measure pagerank (its teleportation handles both) or --measure hits, or leave out --directed if you gave it")
            default: return e
            }
        case let e as RecommendationError:
            guard case .notAQueryKind = e else { return e }
            return HintedError(e.description + " (use --area to restrict areas)")
        case let e as DiagramError:
            switch e {
            case .recommendations(let inner): return hinted(inner)
            case .centrality(let inner): return hinted(inner)
            default: return e
            }
        default:
            return error
        }
    }

    private static func hinted(_ d: Diagnostic) -> Diagnostic {
        var d = d
        switch d.exceededLimit {
        case .expandedEdges?: d.message += "; --max-expanded-edges raises the limit"
        case .stringLength?: d.message += " (--max-string-length raises it)"
        case .nesting?, nil: break
        }
        return d
    }
}
