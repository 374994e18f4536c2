import Testing
@testable import graph_tool

/// Tables fit a terminal by cutting their widest text columns, never numbers or identifiers; a pipe gets them whole.
@Suite struct TextTableTests {
    static func table() -> TextTable {
        var t = TextTable(["id", "label", "score"], numericColumns: [2])
        t.add(["recruitment_use_of_children_in_hostilities", "Recruitment and use of children in hostilities", "0.106702"])
        t.add(["PROT-4", "Gender-sensitive, non-stigmatizing protection for survivors", "1"])
        return t
    }

    @Test func aNarrowTerminalCutsTheLabelsNotTheIDsOrTheNumbers() {
        let lines = Self.table().render(width: 80).split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines)")
        #expect(lines[2].hasPrefix("recruitment_use_of_children_in_hostilities  ") && lines[2].hasSuffix("0.106702"))
        #expect(lines[2].contains("…") && lines[3].contains("…"))
    }

    @Test func withoutATerminalNothingIsCut() {
        let whole = Self.table().render(width: nil)
        #expect(whole.contains("Gender-sensitive, non-stigmatizing protection for survivors") && !whole.contains("…"))
        #expect(Self.table().render(width: 200) == whole, "a wide terminal changes nothing")
    }

    @Test func columnsStopAtEightCharacters() {
        let lines = Self.table().render(width: 10).split(separator: "\n").map(String.init)
        #expect(lines[2].contains("Recruit…"))
    }
}
