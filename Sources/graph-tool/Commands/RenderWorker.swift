import ArgumentParser
import Foundation
import Graph

/// Hidden subcommand: reads DOT on standard input, renders it in-process, writes the bytes to standard output.
/// `render --timeout` runs it as a child process so that a layout that takes too long can be stopped (an in-process
/// Graphviz layout cannot be interrupted).
struct RenderWorker: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render-worker", shouldDisplay: false)

    @Option var engine: LayoutEngine
    @Option var format: RenderFormat
    /// Render the same input this many times in one process (for leak checks under valgrind; see docs/rendering.md).
    @Option(name: .customLong("repeat")) var repetitions: Int = 1
    /// The process that started this worker: the worker exits within 0.1 s of its end, so a killed
    /// `render --timeout` never leaves a layout running (an in-process layout cannot be interrupted, so a thread
    /// watches the parent while the layout runs).
    @Option(name: .customLong("parent")) var parent: Int32?

    func run() throws {
        if let parent {
            if getppid() != parent { throw ExitCode(1) }
            Thread.detachNewThread {
                while getppid() == parent { usleep(100_000) }
                _exit(1)
            }
        }
        let dot = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        var last = Data()
        for _ in 0..<max(1, repetitions) {
            let result = try GraphvizRenderer.shared.render(dot: dot, engine: engine, format: format)
            for warning in result.warnings { note("graphviz warning: \(warning)") }
            last = result.data
        }
        try StandardOutput.write(last)
    }

    /// Every layout in a child process of its own, so each is the first of its process and comes out the same every
    /// run (see `DiagramRenderer`); for results made of several layouts (a page fit, the explorer's views).
    static let isolated = DiagramRenderer { diagram, format throws(RenderError) in
        do { return try renderInChild(dot: diagram.dot, engine: diagram.engine, format: format, timeout: 24 * 3600) }
        catch let error as RenderError { throw error }
        catch { throw .renderFailed(format: format.rawValue, message: "\(error)") }
    }

    struct TimeoutError: Error, CustomStringConvertible {
        let seconds: Double
        let engine: LayoutEngine
        var description: String {
            "the \(engine.rawValue) layout did not finish within \(seconds) s and was stopped" + (engine == .dot ? "; try --engine sfdp for large graphs" : "")
        }
    }

    struct ChildError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// Renders in a child process running this same executable; kills it after `timeout` seconds.
    static func renderInChild(dot: String, engine: LayoutEngine, format: RenderFormat, timeout: Double) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        if let exe = Bundle.main.executableURL { process.executableURL = exe }
        process.arguments = ["render-worker", "--engine", engine.rawValue, "--format", format.rawValue, "--parent", String(getpid())]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Drain both pipes concurrently so a child that writes a lot never blocks.
        let collected = PipeOutputs()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { collected.setOut(output.fileHandleForReading.readDataToEndOfFile()) }
        DispatchQueue.global().async(group: reading) { collected.setErr(errors.fileHandleForReading.readDataToEndOfFile()) }
        input.fileHandleForWriting.write(Data(dot.utf8))
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            usleep(100_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            reading.wait()
            throw TimeoutError(seconds: timeout, engine: engine)
        }
        process.waitUntilExit()
        reading.wait()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: collected.err, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ChildError(message: message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message)
        }
        let warnings = String(decoding: collected.err, as: UTF8.self)
        if !warnings.isEmpty { FileHandle.standardError.write(Data(warnings.utf8)) }
        return collected.out
    }
}

/// The child's standard output and error, each written once by its reader and read after `DispatchGroup.wait`.
private final class PipeOutputs: @unchecked Sendable {
    private let lock = NSLock()
    private var outData = Data(), errData = Data()
    var out: Data { lock.withLock { outData } }
    var err: Data { lock.withLock { errData } }
    func setOut(_ data: Data) { lock.withLock { outData = data } }
    func setErr(_ data: Data) { lock.withLock { errData = data } }
}
