import Foundation
import Testing

/// Every case of Resources/golden/cases.json run through the built binary and compared byte for byte with its golden
/// transcript (exit status, standard output, standard error), made by make_golden.py beside them. The cases cover
/// every subcommand's table, JSON and CSV output, the help text of every subcommand, and typical errors.
@Suite struct GoldenOutputTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        let name: String
        let args: [String]
        var testDescription: String { name }
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources/golden")
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let cases: [Case] = {
        (try? JSONDecoder().decode([Case].self, from: Data(contentsOf: directory.appendingPathComponent("cases.json")))) ?? []
    }()

    @Test func theCasesAreThere() {
        #expect(Self.cases.count > 50)
    }

    @Test(arguments: cases) func outputMatchesTheGoldenFile(_ c: Case) throws {
        let run = try ToolRun.run(c.args, currentDirectory: Self.root, environment: ["COLUMNS": "80"])
        let actual = "$ graph-tool \(c.args.joined(separator: " "))\nexit \(run.status)\n--- stdout\n\(run.stdout)--- stderr\n\(run.stderr)"
        let expected = try String(contentsOf: Self.directory.appendingPathComponent(c.name + ".txt"), encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false), e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            Issue.record("""
                \(c.name): output differs from Resources/golden/\(c.name).txt at line \(line + 1):
                  expected: \(line < e.count ? String(e[line]) : "<end>")
                  actual:   \(line < a.count ? String(a[line]) : "<end>")
                """)
        }
    }
}
