// swift-tools-version:6.0
// The benchmark package: runs the library's algorithms on generated inputs, one measurement per process, for
// Scripts/bench.py to compare with NetworkX, igraph, NetworKit and rustworkx side by side. Never a dependency of the
// library.
import Foundation
import PackageDescription

// A path dependency's identity is its directory's name, which depends on where the repository was cloned.
let rootIdentity = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "graph-benchmarks",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "graph-bench",
            dependencies: [.product(name: "Graph", package: rootIdentity)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
