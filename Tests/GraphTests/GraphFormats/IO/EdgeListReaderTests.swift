import Foundation
import Testing
import Graph
@_spi(Testing) @testable import GraphFormats
import GraphCore

@Suite struct EdgeListReaderTests {
    private func read(_ text: String, _ options: EdgeListReader.Options = .init()) throws(GraphInputError) -> GraphSnapshot {
        try EdgeListReader.readSnapshot(data: Data(text.utf8), file: "g.edges", options: options)
    }

    @Test func readsNamesCommentsAndWeights() throws {
        let s = try read("# header\nalpha beta 2.5\n\nbeta  γ\t1 # trailing comment\r\n7 alpha 3\n", .init(weighted: true))
        #expect(s.ids.map(\.rawValue) == ["alpha", "beta", "γ", "7"])
        #expect(s.graph.edgeCount == 3 && !s.graph.isDirected)
        #expect(s.graph.edgeWeights == [2.5, 1, 3])
        checkInvariants(s.graph)
    }

    @Test func thirdColumnIsIgnoredUnlessWeighted() throws {
        let s = try read("a b not-a-number\n")
        #expect(s.graph.weight(ofEdge: 0) == 1 && !s.graph.hasWeights)
    }

    @Test func duplicatesMergeAsNetworkXGraphDoes() throws {
        let undirected = try read("a b 1\nb a 5\na b 2\n", .init(weighted: true))
        #expect(undirected.graph.edgeCount == 1 && undirected.graph.edgeWeights == [2])
        let directed = try read("a b\nb a\na b\n", .init(directed: true))
        #expect(directed.graph.edgeCount == 2)
    }

    @Test func numericAndTextNamesNeverCollide() throws {
        let s = try read("1 01\n01 1\n5000000 1\n5000000 2\n")
        #expect(s.ids.map(\.rawValue) == ["1", "01", "5000000", "2"])
        #expect(s.graph.edgeCount == 3)
    }

    @Test func everyBadLineIsReportedWithItsNumber() {
        do {
            _ = try read("a b\nlonely\na b c d\nx y\nq r nan\ns t\n", .init(weighted: true))
            Issue.record("no error")
        } catch {
            let lines = error.diagnostics.map { $0.line ?? 0 }
            #expect(lines == [1, 2, 3, 4, 5, 6])
            #expect(error.diagnostics.allSatisfy { $0.file == "g.edges" })
            #expect(error.diagnostics[1].message.contains("expected 2 or 3 columns"))
            #expect(error.diagnostics[4].field == "weight")
        }
    }

    @Test func emptyAndBinaryInputFailCleanly() {
        #expect(throws: GraphInputError.self) { try read("# nothing here\n\n") }
        do { _ = try EdgeListReader.readSnapshot(data: Data([0x61, 0x20, 0x00, 0x0A]), file: "bin"); Issue.record("no error") } catch {
            #expect(error.diagnostics[0].message.contains("NUL"))
        }
        do { _ = try EdgeListReader.readSnapshot(data: Data([0x61, 0x20, 0xFF, 0x0A]), file: "bin"); Issue.record("no error") } catch {
            #expect(error.diagnostics[0].message.contains("UTF-8") && error.diagnostics[0].line == 1)
        }
    }

    @Test(arguments: ["karate", "florentine", "davis", "kite", "langville_meyer", "weighted_directed", "weighted_undirected", "disconnected"])
    func sharedReferenceEdgeListsMatchTheirJSON(_ name: String) throws {
        let r = ReferenceGraph.load(name)
        let url = ReferenceGraph.directory.appendingPathComponent("graphs/\(name).edges")
        let s = try EdgeListReader.readSnapshot(contentsOf: url, options: .init(directed: r.graph.isDirected, weighted: r.weighted))
        #expect(s.graph.edgeCount == r.graph.edgeCount)
        // Nodes isolated in the JSON never appear in an edge list; here every node has an edge.
        #expect(s.graph.nodeCount == r.graph.nodeCount)
        let ours = try s.graph.betweennessCentrality(weighted: r.weighted)
        let names = s.ids.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }
        let expected = names.map { r.measures[r.weighted ? "betweenness_weighted" : "betweenness"]![$0]! }
        #expect(maxDifference(ours.values, expected) < 1e-9)
    }
}

/// Quoted names and the comma-separated variant.
@Suite struct EdgeListQuotingTests {
    private func problems(_ text: String) -> [Diagnostic] {
        do { _ = try EdgeListReader.readSnapshot(data: Data(text.utf8), file: "q.edges"); return [] } catch { return error.diagnostics }
    }

    @Test func quotedNamesHoldSpacesHashesAndQuotes() throws {
        let s = try EdgeListReader.readSnapshot(data: Data("\"New York\" Boston\n\"say \"\"hi\"\"\" \"#1\"  # a comment\n\"17\" 17\n".utf8), file: "q.edges")
        #expect(s.ids.map(\.rawValue) == ["New York", "Boston", "say \"hi\"", "#1", "17"], "a quoted 17 and a bare 17 are one name")
        #expect(s.graph.edgeCount == 3)
    }

    @Test func aQuoteOutOfPlaceIsAnErrorNotTwoNodes() {
        #expect(problems("\"New York Boston\n").map { [$0.line, $0.column] } == [[1, 1]])
        #expect(problems("a \"b\"c\n").first.map { [$0.line, $0.column] } == [1, 6])
        let inside = problems("ok fine\nNew\"York Boston\n")
        #expect(inside.first?.line == 2 && inside.first?.column == 4 && inside.first?.message.contains("double quotes") == true)
        // two quotes with nothing between them are an empty name, not the node "0"
        let empty = problems("2 3\n\"\" 1\n")
        #expect(empty.first?.line == 2 && empty.first?.message.contains("empty name") == true)
    }

    @Test(arguments: [GraphFileFormat.edgeList, .edgeListCSV]) func awkwardNamesRoundTrip(_ format: GraphFileFormat) throws {
        var g = KnowledgeGraph(isDirected: true)
        for name in ["New York", "say \"hi\"", "#hash", "comma, here", "plain"] {
            try g.add(Node(id: NodeID(name), kind: .generic, label: name, provenance: .unspecified))
        }
        try g.add(Edge(source: "New York", relation: .linked, target: "say \"hi\"", provenance: .unspecified, weight: 2))
        try g.add(Edge(source: "#hash", relation: .linked, target: "comma, here", provenance: .unspecified, weight: 0.5))
        try g.add(Edge(source: "plain", relation: .linked, target: "New York", provenance: .unspecified, weight: 1))
        let text = try GraphIO.write(g, as: format).text
        let options = EdgeListReader.Options(directed: true, weighted: true)
        let back = format == .edgeList ? try EdgeListReader.readSnapshot(data: Data(text.utf8), file: "x", options: options)
                                       : try EdgeListReader.readCSVSnapshot(data: Data(text.utf8), file: "x", options: options)
        #expect(back.ids.map(\.rawValue) == ["New York", "say \"hi\"", "#hash", "comma, here", "plain"])
        #expect((0..<back.graph.edgeCount).map { back.graph.weight(ofEdge: $0) } == [2, 0.5, 1])
        if format == .edgeListCSV { #expect(!text.hasPrefix("#"), "no comment line in the CSV variant") }
    }

    @Test func theCSVVariantSkipsAHeaderAndLocatesBadRecords() throws {
        let s = try EdgeListReader.readCSVSnapshot(data: Data("Source,Target,Weight\r\na,b,1.5\r\nb,c,2\r\n".utf8), file: "e.csv", options: .init(weighted: true))
        #expect(s.graph.edgeCount == 2 && s.ids.map(\.rawValue) == ["a", "b", "c"])
        do {
            _ = try EdgeListReader.readCSVSnapshot(data: Data("a,b,heavy\n,c\nx,y,1,2\n".utf8), file: "e.csv", options: .init(weighted: true))
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map { [$0.line ?? 0, $0.column ?? 0] } == [[1, 5], [2, 1], [3, 7]], "\(error.diagnostics)")
        }
    }

    /// Files the numbered fast path takes (canonical numbers, blanks, tabs, CRLF, comments, blank lines, a BOM, no
    /// last line end, sliced across threads when large) give the general parser's snapshot exactly: the same IDs in
    /// the same order, the same edges in the same order, the same lookups; and files with anything else (a leading
    /// zero, a number of 8 digits, a third column, a name) are handed to the general parser.
    @Test func theNumberedFastPathGivesTheGeneralParsersSnapshot() throws {
        var rng = SeededGenerator(seed: 29)
        func pick(_ options: [String]) -> String { options[rng.nextInt(below: options.count)] }
        func general(_ data: Data, _ options: EdgeListReader.Options) -> GraphSnapshot {
            var parser = EdgeListParser(file: "g.edges", options: options)
            data.withUnsafeBytes { parser.parse($0) }
            #expect(parser.problems.isEmpty)
            return parser.snapshot()
        }
        let blanks = [" ", "\t", "  ", " \t "], ends = ["\n", "\n", "\n", "\r\n"]
        var taken = 0, declined = 0
        for file in 0..<120 {
            let large = file % 60 == 0   // over a MiB (7-digit numbers): scanned in two slices
            let lines = large ? 80_000 : 1 + rng.nextInt(below: 30)
            let range = file % 10 == 0 ? 4_194_304 : file % 3 == 0 ? 100_000 : 60
            var text = file % 7 == 0 ? "\u{FEFF}" : ""
            for _ in 0..<lines {
                switch rng.nextInt(below: 40) {
                case 0: text += "# a comment 1 2"
                case 1: text += pick(blanks)
                default:
                    if rng.nextInt(below: 5) == 0 { text += pick(blanks) }
                    text += "\(rng.nextInt(below: range))" + pick(blanks) + "\(rng.nextInt(below: range))"
                    if rng.nextInt(below: 5) == 0 { text += pick(blanks) }
                    if rng.nextInt(below: 9) == 0 { text += "#\(rng.nextInt(below: 9))" }
                }
                text += pick(ends)
            }
            let spoiled = file % 4 == 3
            if spoiled { text += pick(["007 1\n", "1 12345678\n", "1 2 3\n", "a b\n", "1 2x\n", "1\r2\n", "1 2\r3\n", "\r1 2\n", "1 2 #\u{0}\n7 -8\n"]) }
            if rng.nextInt(below: 3) == 0 { text += "5 6" }   // no line end at the end
            let data = Data(text.utf8)
            for directed in [false, true] {
                let options = EdgeListReader.Options(directed: directed)
                let fast = data.withUnsafeBytes { NumberedEdgeList.snapshot($0, directed: directed, progress: nil) }
                #expect((fast == nil) == spoiled, "file \(file): the fast path \(fast == nil ? "declined" : "took") it")
                guard let fast else { declined += 1; continue }
                taken += 1
                let slow = general(data, options)
                #expect(fast.ids == slow.ids && fast.labels == slow.labels, "file \(file)")
                #expect(fast.graph.edgeSources == slow.graph.edgeSources && fast.graph.edgeTargets == slow.graph.edgeTargets, "file \(file)")
                #expect(fast.graph.outOffsets == slow.graph.outOffsets && fast.graph.outTargets == slow.graph.outTargets, "file \(file)")
                let probes: [NodeID] = Array(fast.ids.prefix(50)) + ["0", "00", "-1", "4194304", "x", ""].map { NodeID($0) }
                for id in probes {
                    #expect(fast.index(of: id) == slow.index(of: id), "file \(file): \(id)")
                }
                #expect(RoundTrip.numberedFastPathDisagreements(data).isEmpty, "file \(file)")
                let read = try EdgeListReader.readSnapshot(data: data, file: "g.edges", options: options)
                #expect(read.ids == slow.ids && read.graph.edgeSources == slow.graph.edgeSources)
            }
        }
        #expect(taken > 100 && declined > 30, "taken \(taken), declined \(declined)")
    }

    @Test func lineEndsAreCountedEightBytesAtATime() {
        var rng = SeededGenerator(seed: 3)
        for length in [0, 1, 7, 8, 9, 63, 64, 65, 1_000] {
            let bytes = (0..<length).map { _ in [0x0A, 0x0B, 0x09, 0x8A, 0x30, 0xFF][rng.nextInt(below: 6)] as UInt8 }
            let counted = bytes.withUnsafeBufferPointer { NumberedEdgeList.Scan.lineEnds($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: length) }
            #expect(counted == bytes.filter { $0 == 0x0A }.count, "\(length) bytes")
        }
    }

    /// The reader against a naive one written here (split each line at spaces and tabs after cutting a `#` comment;
    /// strip one CR before the LF; two or three tokens make an edge, anything else but a blank line is an error; nodes
    /// named by their text, numbered in order of first appearance), on random files of digits (leading zeros too),
    /// letters, blanks, CRs, comments and line ends: the fast path for lines of two numbers and the general path must
    /// give the same nodes and edges, and fail on the same files.
    @Test func theReaderAgreesWithANaiveOneOnRandomFiles() throws {
        var rng = SeededGenerator(seed: 11)
        let alphabet: [String] = ["0", "1", "2", "7", "9", "12", "007", "40", "a", " ", " ", "\t", "\r", "#", "\n", "\n", "\n"]
        let tokens = ["0", "1", "2", "7", "9", "12", "007", "65535", "4194304", "1234567890", "a", "x1"]
        let blanks = [" ", "\t", "  ", " \t"], ends = ["\n", "\n", "\r\n"]
        func pick(_ options: [String]) -> String { options[rng.nextInt(below: options.count)] }
        var failures = 0
        for file in 0..<400 {
            // mostly well-formed lines (two or three tokens, blanks, comments), now and then one of random characters
            var text = ""
            for _ in 0..<rng.nextInt(below: 8) {
                if rng.nextInt(below: 12) == 0 {
                    for _ in 0..<rng.nextInt(below: 12) { text += pick(alphabet) }
                } else {
                    if rng.nextInt(below: 4) == 0 { text += pick(blanks) }
                    text += pick(tokens) + pick(blanks) + pick(tokens)
                    if rng.nextInt(below: 6) == 0 { text += pick(blanks) + pick(tokens) }
                    if rng.nextInt(below: 4) == 0 { text += pick(blanks) }
                    if rng.nextInt(below: 6) == 0 { text += "#" + pick(tokens) }
                }
                text += pick(ends)
            }
            if rng.nextInt(below: 3) == 0 { text += pick(tokens) + pick(blanks) + pick(tokens) }
            // the naive reader
            var names: [String] = [], index: [String: Int] = [:], pairs = Set<[Int]>(), bad = false, any = false
            // by scalars: a String's characters would make "\r\n" one character
            for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
                var line = rawLine
                if line.last == "\r" { line = line.dropLast() }
                if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
                let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { String(String.UnicodeScalarView($0)) }
                if tokens.isEmpty { continue }
                any = true
                guard tokens.count == 2 || tokens.count == 3 else { bad = true; continue }
                let ends = tokens.prefix(2).map { name -> Int in
                    if let i = index[name] { return i }
                    names.append(name); index[name] = names.count - 1
                    return names.count - 1
                }
                pairs.insert(ends.sorted())
            }
            let expectFailure = bad || !any
            do {
                let snapshot = try EdgeListReader.readSnapshot(data: Data(text.utf8), file: "random-\(file).edges")
                #expect(!expectFailure, "file \(file) \(text.debugDescription): read, the naive reader fails")
                #expect(snapshot.ids.map(\.rawValue) == names, "file \(file) \(text.debugDescription)")
                let g = snapshot.graph
                let read = Set((0..<g.edgeCount).map { [g.source(ofEdge: $0), g.target(ofEdge: $0)].sorted() })
                #expect(read == pairs, "file \(file) \(text.debugDescription)")
            } catch {
                failures += 1
                #expect(expectFailure, "file \(file) \(text.debugDescription): \(error)")
            }
        }
        #expect(failures > 20 && failures < 380, "the random files should both fail and succeed: \(failures) of 400 failed")
    }
}
