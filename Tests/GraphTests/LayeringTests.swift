import Foundation
import Testing

/// The module graph enforces one direction of flow (README "Layout"): each module may import only the modules listed
/// for it here, so a back-edge — Formats importing Rendering, the core importing Yams — fails this test even where the
/// build would let it through (SwiftPM finds any module built in the same package, declared or not).
@Suite struct LayeringTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The package's own modules and the C and YAML modules the layering is about.
    static let governed: Set<String> = ["GraphCore", "GraphvizBridge", "GraphFormats", "GraphQuery", "GraphRendering", "Graph",
                                        "CGraphviz", "Yams", "CYaml", "ArgumentParser", "graph_tool"]
    static let allowed: [String: Set<String>] = [
        "GraphCore": [],
        "GraphvizBridge": ["CGraphviz"],
        "GraphFormats": ["GraphCore", "GraphvizBridge", "Yams", "CYaml"],
        "GraphQuery": ["GraphCore"],
        "GraphRendering": ["GraphCore", "GraphFormats", "GraphQuery", "GraphvizBridge"],
        "Graph": ["GraphCore", "GraphFormats", "GraphQuery", "GraphRendering"],
        "graph-tool": ["Graph", "ArgumentParser"],
    ]

    static func imports(of module: String) throws -> [(file: String, module: String)] {
        let directory = root.appendingPathComponent("Sources").appendingPathComponent(module)
        guard let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        var found: [(String, String)] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let i = words.firstIndex(of: "import"), words[..<i].allSatisfy({ $0.hasPrefix("@") }), i + 1 < words.count else { continue }
                found.append((url.lastPathComponent, String(words[i + 1])))
            }
        }
        return found
    }

    @Test(arguments: allowed.keys.sorted()) func importsOnlyModulesBelow(_ module: String) throws {
        let found = try Self.imports(of: module)
        #expect(!found.isEmpty || module == "GraphCore", "no Swift files found for \(module)")
        for (file, imported) in found where Self.governed.contains(imported) {
            #expect(Self.allowed[module]!.contains(imported), "\(module)/\(file) imports \(imported)")
        }
    }

    @Test func onlyTheBridgeImportsGraphviz() throws {
        for module in Self.allowed.keys where module != "GraphvizBridge" {
            #expect(try Self.imports(of: module).allSatisfy { $0.module != "CGraphviz" }, "\(module) imports CGraphviz")
        }
        #expect(try Self.imports(of: "GraphvizBridge").contains { $0.module == "CGraphviz" })
    }

    @Test func everySourceModuleIsGoverned() throws {
        let modules = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Sources").path)
        #expect(Set(modules).subtracting(["CGraphviz"]) == Set(Self.allowed.keys))
    }
}
