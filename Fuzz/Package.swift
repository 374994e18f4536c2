// swift-tools-version:6.0
// The fuzzing harness: one coverage-guided libFuzzer executable per reader, each running the round-trip oracle on
// every input (Graph's RoundTrip). Built with -sanitize=fuzzer,address by Scripts/fuzz.sh, outside the main package's
// graph, so `swift test` never builds it. See docs/reliability.md.
import Foundation
import PackageDescription

// A path dependency's identity is its directory's name, which depends on where the repository was cloned.
let rootIdentity = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let readers = ["dataset", "graphml", "gexf", "nodelink", "dot", "edgelist"]

let package = Package(
    name: "graph-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Graph", package: rootIdentity)]),
    ] + readers.map { reader in
        .executableTarget(name: "fuzz-\(reader)", dependencies: ["FuzzSupport"], path: "Sources/fuzz-\(reader)")
    },
    swiftLanguageModes: [.v6]
)
