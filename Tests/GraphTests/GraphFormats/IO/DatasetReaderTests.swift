import Foundation
import Testing
import Graph
@testable import GraphFormats

/// One fixture per class of bad input; each asserts that the message names the file, the line and the field.
@Suite struct DatasetReaderTests {
    static let valid = """
        format: intersection-graph/1
        title: tiny
        sources:
          S1: {title: A source, year: 2021}
        nodes:
          - {id: g, kind: terrorist_group, label: Group, evidence: context, sources: [S1]}
          - id: p
            kind: practice
            label: Practice
            description: >-
              Two lines
              folded.
            evidence: inferred
            sources: [S1 p. 4]
          - {id: f, kind: form, label: Form, evidence: report, sources: [S1]}
          - {id: v, kind: victim_group, label: Victims, evidence: context, sources: [S1]}
        edges:
          - from: g
            evidence: context
            sources: [S1]
            employs: p
          - {from: p, evidence: inferred, sources: [S1], amounts_to: [f], targets: [v]}
        """

    private func problems(_ text: String, file: String = "bad.yaml") -> [Diagnostic] {
        do {
            _ = try DatasetReader.read(text: text, file: file)
            Issue.record("expected a GraphInputError")
            return []
        } catch {
            return error.diagnostics
        }
    }

    private func replacing(_ old: String, _ new: String) -> String {
        precondition(Self.valid.contains(old), "fixture does not contain \(old)")
        return Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test func readsTheValidFixture() throws {
        let g = try DatasetReader.read(text: Self.valid, file: "ok.yaml")
        #expect(g.nodeCount == 4 && g.edgeCount == 3)
        #expect(g.node("p")?.description == "Two lines folded.")
        #expect(g.node("p")?.provenance.citations == [Citation(sourceKey: "S1", locator: "p. 4")])
        #expect(g.edges[0].relation == .employs && g.edges[1].relation == .amountsTo)
        #expect(g.sources["S1"]?.year == 2021)
    }

    @Test func syntaxErrorNamesLineAndColumn() {
        let p = problems(replacing("  - {id: f, kind: form", "  - {id: f, kind: [form"))
        #expect(p.count == 1)
        #expect(p[0].file == "bad.yaml" && p[0].line == 15)
        #expect(p[0].message.contains("YAML syntax error"))
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: GraphInputError.self) { try DatasetReader.read(data: Data(), file: "empty.yaml") }
        do { _ = try DatasetReader.read(data: Data("   \n# only a comment\n".utf8), file: "empty.yaml") } catch {
            #expect(error.diagnostics.first?.message.contains("empty") == true)
            #expect(error.diagnostics.first?.file == "empty.yaml")
        }
    }

    @Test func nulByteAndInvalidUTF8AreLocated() {
        var bytes = Array("format: x\nti".utf8)
        bytes.append(0)
        do { _ = try DatasetReader.read(data: Data(bytes), file: "nul.yaml"); Issue.record("no error") } catch {
            #expect(error.diagnostics[0].line == 2 && error.diagnostics[0].column == 3)
            #expect(error.diagnostics[0].message.contains("NUL"))
        }
        let latin1 = Data("format: x\ntitle: caf".utf8) + Data([0xE9]) + Data("\n".utf8)
        do { _ = try DatasetReader.read(data: latin1, file: "latin1.yaml"); Issue.record("no error") } catch {
            #expect(error.diagnostics[0].line == 2 && error.diagnostics[0].column == 11)
            #expect(error.diagnostics[0].message.contains("invalid UTF-8"))
        }
    }

    @Test func unknownFieldIsNamed() {
        let p = problems(replacing("label: Practice", "label: Practice\n    colour: red"))
        #expect(p.count == 1)
        #expect(p[0].field == "colour" && p[0].line == 10)
        #expect(p[0].message.contains("unknown field 'colour'"))
    }

    @Test func wrongTypeIsNamed() {
        let p = problems(replacing("sources: [S1 p. 4]", "sources: S1"))
        #expect(p.contains { $0.field == "nodes[1].sources" && $0.line == 14 && $0.message.contains("expected a list") })
        let year = problems(replacing("year: 2021", "year: soon"))
        #expect(year.contains { $0.field == "sources.S1.year" && $0.line == 4 })
    }

    @Test func missingRequiredFieldIsNamed() {
        let p = problems(replacing("{id: f, kind: form, label: Form, ", "{id: f, kind: form, "))
        #expect(p.contains { $0.field == "nodes[2].label" && $0.line == 15 && $0.message.contains("missing required field 'label'") })
    }

    @Test func duplicateIDIsNamed() {
        let p = problems(replacing("{id: f, kind: form", "{id: g, kind: form"))
        #expect(p.contains { $0.field == "nodes[2].id" && $0.line == 15 && $0.message.contains("duplicate node ID 'g'") })
    }

    @Test func unknownNodeReferenceIsNamedWithSuggestion() {
        let p = problems(replacing("amounts_to: [f]", "amounts_to: [ff]"))
        #expect(p.count == 1)
        #expect(p[0].field == "amounts_to" && p[0].line == 22)
        #expect(p[0].message.contains("unknown node 'ff'") && p[0].message.contains("did you mean f"))
    }

    @Test func aNodeWithoutTheEdgesTheModelRequiresIsNamedAtItsLine() {
        // The practice loses its only victim group: the problem is reported where the practice is defined.
        let p = problems(replacing(", targets: [v]}", "}"))
        #expect(p.count == 1)
        #expect(p[0].line == 7 && p[0].field == "edges")
        #expect(p[0].message == "practice 'p' has none; each practice must have at least one 'targets' edge to a victim_group")
    }

    @Test func relationOutsideTheSchemaIsNamed() {
        let p = problems(replacing("targets: [v]", "targets: [v, f]"))
        #expect(p.count == 1)
        #expect(p[0].line == 22 && p[0].field == "targets")
        #expect(p[0].message.contains("outside the schema") && p[0].message.contains("victim_group"))
        let unknownRelation = problems(replacing("amounts_to: [f]", "amount_to: [f]"))
        #expect(unknownRelation.count == 1)
        #expect(unknownRelation[0].message.contains("unknown field or relation 'amount_to'"))
        #expect(unknownRelation[0].message.contains("amounts_to"))
    }

    @Test func unknownSourceKeyIsNamed() {
        let p = problems(replacing("sources: [S1 p. 4]", "sources: [S2 p. 4]"))
        #expect(p.count == 1)
        #expect(p[0].field == "nodes[1].sources" && p[0].line == 14 && p[0].message.contains("unknown source key 'S2'"))
    }

    @Test func unknownEvidenceLevelIsNamed() {
        let p = problems(replacing("evidence: report", "evidence: certain"))
        #expect(p.count == 1)
        #expect(p[0].field == "nodes[2].evidence" && p[0].line == 15)
        #expect(p[0].message.contains("unknown value 'certain'") && p[0].message.contains("about-report"))
    }

    @Test func everyProblemIsReportedInOneRun() {
        var text = replacing("evidence: report", "evidence: certain")
        text = text.replacingOccurrences(of: "amounts_to: [f]", with: "amounts_to: [nope]")
        text = text.replacingOccurrences(of: "label: Practice", with: "label: Practice\n    colour: red")
        let p = problems(text)
        #expect(p.count == 3)
        #expect(p.map { $0.line ?? 0 } == p.map { $0.line ?? 0 }.sorted())
        #expect(GraphInputError(p).description.hasPrefix("3 problems:\nbad.yaml:10:"))
    }

    @Test func missingFileIsAnErrorNotACrash() {
        #expect(throws: GraphInputError.self) {
            try DatasetReader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/x.yaml"), displayName: "x.yaml")
        }
    }
}
