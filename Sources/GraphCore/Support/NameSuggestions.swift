/// "Did you mean" candidates by edit distance, for error messages about unknown names.
package enum NameSuggestions {
    /// Up to `limit` candidates within an edit distance proportional to the name's length, containing the name, or
    /// containing all its words; closest first, ties by name.
    /// Returns `nil` when nothing is close.
    package static func closest(to name: String, among candidates: [String], limit: Int = 3) -> [String]? {
        let needle = Array(name.lowercased())
        let threshold = max(2, needle.count / 3)
        // Words of the name (3+ letters), so "grooming online" finds "online grooming".
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).filter { $0.count >= 3 }
        let scored = candidates.compactMap { candidate -> (Int, String)? in
            let lowered = candidate.lowercased()
            let d = distance(needle, Array(lowered))
            if d <= threshold || (needle.count >= 3 && lowered.contains(String(needle))) { return (d, candidate) }
            if !words.isEmpty && words.allSatisfy({ lowered.contains($0) }) { return (d, candidate) }
            return nil
        }
        let best = scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.1)
        return best.isEmpty ? nil : Array(best)
    }

    /// Levenshtein distance between two character arrays (two-row dynamic programme).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
