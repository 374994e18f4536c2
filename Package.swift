// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "intersection-graph",
    products: [
        .library(name: "Graph", targets: ["Graph"]),
        .executable(name: "graph-tool", targets: ["graph-tool"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(
            name: "Graph",
            dependencies: ["CGraphviz", .product(name: "Yams", package: "Yams")],
            resources: [.copy("../../data/osce-2021.yaml")]
        ),
        .executableTarget(
            name: "graph-tool",
            dependencies: ["Graph", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "GraphTests",
            dependencies: ["Graph"],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "GraphToolTests",
            dependencies: ["graph-tool", "Graph"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
