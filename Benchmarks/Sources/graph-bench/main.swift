// graph-bench ALGORITHM FILE [--directed] [--weighted] [--threads N] [--reps R] [--sources K] [--seed S]
//
// Loads FILE (an edge list), runs ALGORITHM R times and prints one JSON line:
// {"lib": "swift", "algo": …, "times": [seconds…], "median": …, "load": seconds, "peak_rss_mib": …, "fingerprint": …}
// The fingerprint (count, sum, max of the result) lets the driver check that every library computed the same thing.
// --sources K (betweenness only): Brandes from K evenly spaced sources, the nodes labelled i·n/K for i < K, and the raw
// sums (not normalized); peer.py runs igraph on the same labels, so the two times compare per source.
import Foundation
import Graph
@_spi(Benchmarking) import GraphCore

struct Options {
    var algorithm = ""
    var file = ""
    var directed = false
    var weighted = false
    var threads = Concurrency.defaultThreadCount
    var reps = 3
    var sources: Int?
    var seed: UInt64 = 42
}

func parse() -> Options {
    var o = Options()
    var args = Array(CommandLine.arguments.dropFirst())
    var positional: [String] = []
    while !args.isEmpty {
        let a = args.removeFirst()
        switch a {
        case "--directed": o.directed = true
        case "--weighted": o.weighted = true
        case "--threads": o.threads = Int(args.removeFirst())!
        case "--reps": o.reps = Int(args.removeFirst())!
        case "--sources": o.sources = Int(args.removeFirst())!
        case "--seed": o.seed = UInt64(args.removeFirst())!
        default: positional.append(a)
        }
    }
    guard positional.count == 2 else {
        FileHandle.standardError.write(Data("usage: graph-bench ALGORITHM FILE [--directed] [--weighted] [--threads N] [--reps R] [--sources K] [--seed S]\n".utf8))
        exit(2)
    }
    o.algorithm = positional[0]
    if let k = o.sources, k < 1 || o.algorithm != "betweenness" {
        FileHandle.standardError.write(Data("graph-bench: --sources needs a positive count and the betweenness algorithm\n".utf8))
        exit(2)
    }
    o.file = positional[1]
    return o
}

/// VmHWM from /proc/self/status: this process's peak resident set (exec resets it, unlike getrusage's ru_maxrss).
func peakRSSMiB() -> Double {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
       let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
       let kb = Double(line.split(separator: " ", omittingEmptySubsequences: true)[1]) {
        return kb / 1024
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func fingerprint(_ values: [Double]) -> [String: Double] {
    ["count": Double(values.count), "sum": values.reduce(0, +), "max": values.max() ?? 0]
}

let o = parse()
// render: FILE is DOT text, --engine via ALGORITHM suffix (render-dot, render-neato); times the in-process render.
if o.algorithm.hasPrefix("render") {
    let engine = LayoutEngine(rawValue: String(o.algorithm.dropFirst("render-".count))) ?? .dot
    let dot = try String(contentsOfFile: o.file, encoding: .utf8)
    var times: [Double] = []
    var size = 0
    for _ in 0..<max(1, o.reps) {
        let start = DispatchTime.now().uptimeNanoseconds
        size = try GraphvizRenderer.shared.render(dot: dot, engine: engine, format: .svg).data.count
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let result: [String: Any] = ["lib": "swift", "algo": o.algorithm, "times": times, "median": times.sorted()[times.count / 2],
                                 "load": 0, "peak_rss_mib": peakRSSMiB(), "fingerprint": ["bytes": size], "threads": 1]
    print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
    exit(0)
}
let loadStart = DispatchTime.now().uptimeNanoseconds
let snapshot = try EdgeListReader.readSnapshot(contentsOf: URL(fileURLWithPath: o.file), options: .init(directed: o.directed, weighted: o.weighted))
let loadTime = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
let g = snapshot.graph
// The sampled sources by label (edge-list labels are 0..<n in every generated input), mapped to our indices.
let sampledSources: [Int]? = o.sources.map { k in
    (0..<k).map { i in
        guard let index = snapshot.index(of: NodeID(String(i * g.nodeCount / k))) else {
            FileHandle.standardError.write(Data("no node labelled \(i * g.nodeCount / k)\n".utf8)); exit(2)
        }
        return index
    }
}

var times: [Double] = []
var print_: [String: Double] = [:]
for _ in 0..<max(1, o.reps) {
    let start = DispatchTime.now().uptimeNanoseconds
    switch o.algorithm {
    case "betweenness-approx":
        // the error of approximate betweenness (k seeded sources) against the exact values, for several k
        let exact = try g.betweennessCentrality(weighted: o.weighted, normalized: true, threads: o.threads).values
        let topExact = Set(exact.indices.sorted { exact[$0] > exact[$1] }.prefix(100))
        var report: [String: Double] = ["exact_max": exact.max() ?? 0]
        for k in [100, 500, 1000, 2000] where k <= g.nodeCount {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let approx = try g.approximateBetweennessCentrality(sampleSize: k, seed: o.seed, weighted: o.weighted, normalized: true, threads: o.threads).values
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            let errors = zip(exact, approx).map { abs($0 - $1) }
            let relative = zip(exact, approx).filter { $0.0 > 0 }.map { abs($0.0 - $0.1) / $0.0 }
            let topApprox = Set(approx.indices.sorted { approx[$0] > approx[$1] }.prefix(100))
            report["k\(k)_seconds"] = seconds
            report["k\(k)_max_abs_error"] = errors.max() ?? 0
            report["k\(k)_mean_abs_error"] = errors.reduce(0, +) / Double(max(1, errors.count))
            report["k\(k)_median_relative_error"] = relative.sorted()[relative.count / 2]
            report["k\(k)_top100_overlap"] = Double(topExact.intersection(topApprox).count)
            let topRelative = topExact.map { abs(exact[$0] - approx[$0]) / exact[$0] }
            report["k\(k)_top100_mean_relative_error"] = topRelative.reduce(0, +) / Double(topRelative.count)
        }
        print_ = report
    case "load-bound":
        // the bound loading is measured against: read the file and sum the integers in it, nothing else
        let data = try Data(contentsOf: URL(fileURLWithPath: o.file))
        var sum = 0, value = 0, count = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            for byte in raw {
                let digit = Int(byte) &- 0x30
                if digit >= 0 && digit <= 9 { value = value &* 10 &+ digit } else if value != 0 || byte == 0x30 { sum &+= value; value = 0; count += 1 }
            }
        }
        print_ = ["sum": Double(sum), "integers": Double(count)]
    case "load":
        let s = try EdgeListReader.readSnapshot(contentsOf: URL(fileURLWithPath: o.file), options: .init(directed: o.directed, weighted: o.weighted))
        print_ = ["nodes": Double(s.graph.nodeCount), "edges": Double(s.graph.edgeCount)]
    case "betweenness" where sampledSources != nil:
        print_ = fingerprint(try g.betweennessDependencySums(sources: sampledSources!, weighted: o.weighted, threads: o.threads))
    case "betweenness":
        print_ = fingerprint(try g.betweennessCentrality(weighted: o.weighted, normalized: true, threads: o.threads).values)
    case "closeness":
        print_ = fingerprint(try g.closenessCentrality(weighted: o.weighted, threads: o.threads).values)
    case "pagerank":
        print_ = fingerprint(try g.pageRank(weighted: o.weighted, threads: o.threads).values)
    case "components":
        let weak = g.weaklyConnectedComponents().blockCount
        let strong = g.isDirected ? g.stronglyConnectedComponents().blockCount : weak
        print_ = ["weak": Double(weak), "strong": Double(strong)]
    case "sssp":
        let tree = try g.shortestPathDistances(from: snapshot.index(of: NodeID("0")) ?? 0, weighted: o.weighted)
        print_ = fingerprint(tree.distances.filter(\.isFinite))
    case "louvain":
        let r = g.louvainCommunities(seed: o.seed)
        print_ = ["modularity": r.modularity, "communities": Double(r.partition.blockCount)]
    case "leiden":
        let r = g.leidenCommunities(seed: o.seed)
        print_ = ["modularity": r.modularity, "communities": Double(r.partition.blockCount)]
    default:
        FileHandle.standardError.write(Data("unknown algorithm \(o.algorithm)\n".utf8))
        exit(2)
    }
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
let sorted = times.sorted()
let result: [String: Any] = [
    "lib": "swift", "algo": o.algorithm, "threads": o.threads, "times": times, "median": sorted[sorted.count / 2],
    "load": loadTime, "peak_rss_mib": peakRSSMiB(), "fingerprint": print_,
]
let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: data, as: UTF8.self))
