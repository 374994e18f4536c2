// swift-tools-version:6.0
import PackageDescription

// The modules, lowest first; each imports only modules above it in this list (README "Layout"; LayeringTests checks):
//   GraphCore       model, CSR storage, algorithms, name suggestions — no C, no YAML
//   GraphvizBridge  the only importer of CGraphviz: lock, big-stack thread, parse, layout and render, error capture
//   GraphFormats    every reader and writer, the DOT document model and DOT text writer, the dataset format (Yams)
//   GraphQuery      the ID-level answer behind every command
//   GraphRendering  diagrams, styles, layout policy, the public renderer, the explorer page
//   Graph           the umbrella: re-exports GraphCore, GraphFormats, GraphQuery and GraphRendering
let package = Package(
    name: "intersection-graph",
    products: [
        .library(name: "Graph", targets: ["Graph"]),
        .library(name: "GraphCore", targets: ["GraphCore"]),
        .executable(name: "graph-tool", targets: ["graph-tool"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "GraphCore"),
        .target(name: "GraphvizBridge", dependencies: ["CGraphviz"]),
        .target(
            name: "GraphFormats",
            dependencies: ["GraphCore", "GraphvizBridge", .product(name: "Yams", package: "Yams")],
            resources: [.copy("../../data/osce-2021.yaml"), .copy("../../data/sources")]
        ),
        .target(name: "GraphQuery", dependencies: ["GraphCore"]),
        .target(
            name: "GraphRendering",
            dependencies: ["GraphCore", "GraphFormats", "GraphQuery", "GraphvizBridge"],
            resources: [.copy("Explorer/Resources")]   // the explorer page's HTML, CSS and script, inlined into each page
        ),
        .target(name: "Graph", dependencies: ["GraphCore", "GraphFormats", "GraphQuery", "GraphRendering"]),
        .executableTarget(
            name: "graph-tool",
            dependencies: ["Graph", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "GraphTests",
            dependencies: ["Graph", "GraphvizBridge"],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "GraphToolTests",
            dependencies: ["graph-tool", "Graph"],
            exclude: ["Resources"]   // golden transcripts, read by path
        ),
    ],
    swiftLanguageModes: [.v6]
)
