/// RFC 4180 CSV: header row, fields quoted when they hold a comma, quote, CR or LF.
struct CSVTable {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) { self.header = header }
    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\n")
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
