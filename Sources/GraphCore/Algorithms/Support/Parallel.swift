import Foundation
import Dispatch

/// Splits `0..<count` into `threads` contiguous chunks and runs `body(chunk, range)` on each, concurrently when
/// `threads > 1`. Results come back in chunk order, so a reduction over them is deterministic for a given thread count.
package func parallelChunks<T>(count: Int, threads: Int, _ body: @Sendable (Int, Range<Int>) -> T) -> [T] {
    let t = max(1, min(threads, count))
    if t == 1 { return [body(0, 0..<count)] }
    let box = ResultBox<T>(count: t)
    DispatchQueue.concurrentPerform(iterations: t) { chunk in
        let lo = count * chunk / t, hi = count * (chunk + 1) / t
        box.set(chunk, body(chunk, lo..<hi))
    }
    return box.values()
}

/// A raw pointer handed to parallel chunks that write disjoint ranges of one buffer.
package struct UnsafeMutableSendablePointer<T>: @unchecked Sendable {
    package let pointer: UnsafeMutablePointer<T>
    package init(_ pointer: UnsafeMutablePointer<T>) { self.pointer = pointer }
}

/// Per-chunk result slots in raw memory; each slot is written by exactly one chunk, so no two threads touch the same
/// memory (a Swift array property would trip the exclusivity checker on concurrent element writes).
private final class ResultBox<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int
    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }
    deinit { slots.deinitialize(count: count); slots.deallocate() }
    func set(_ i: Int, _ value: T) { slots[i] = value }
    func values() -> [T] { (0..<count).map { slots[$0]! } }
}

/// The number of threads an algorithm uses when the caller does not say: the active processor count.
public enum Concurrency {
    /// The threads the parallel algorithms use by default: the machine's active processor count.
    public static var defaultThreadCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
