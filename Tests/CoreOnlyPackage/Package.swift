// swift-tools-version:6.0
// A package that depends on the GraphCore product alone, as a library user who wants the model and the algorithms
// would. Tests/Scripts/core-only.sh builds and runs it with Graphviz's pkg-config file hidden, which proves that
// GraphCore needs neither Graphviz's headers nor YAML.
import Foundation
import PackageDescription

// A path dependency's identity is its directory's name, which depends on where the repository was cloned.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "core-only",
    dependencies: [.package(path: root.path)],
    targets: [
        .executableTarget(
            name: "core-only",
            dependencies: [.product(name: "GraphCore", package: root.lastPathComponent.lowercased())]
        ),
    ],
    swiftLanguageModes: [.v6]
)
