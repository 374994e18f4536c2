import Foundation
#if canImport(Glibc)
import Glibc
import GraphCore
#endif

/// Writes output files so that nothing is ever half-written or destroyed.
///
/// - A regular file (or a new one) is replaced atomically: the bytes go to a temporary file in the same directory,
///   which is renamed over the destination. A failure at any point leaves the old file as it was. The new file keeps
///   the old one's permission bits (a new file gets 0666 less the umask, as `>` in a shell).
/// - A symbolic link is followed: its target is what gets replaced, and the link stays a link.
/// - A FIFO or a character device (`/dev/null`, `/dev/stdout`, a terminal) is written in place: that is what writing
///   to it means, and renaming a file over it would replace the device node.
/// - Anything else (a directory, a block device, a socket) is refused.
///
/// The temporary file is `.NAME.PID.RANDOM.tmp`; it is removed on every error path, and a write that finds such files
/// for the same destination left by a process that no longer runs (killed with SIGKILL mid-write) removes them.
package enum AtomicFile {
    package struct WriteError: Error, CustomStringConvertible {
        package let path: String
        package let reason: String
        package var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes several files into `folder`, each atomically; the folder is created when missing (its parent must
    /// exist), and files already in it that are not among `files` are left alone. A path that is not a folder is
    /// refused before anything is written.
    package static func write(_ files: [(name: String, data: Data)], intoFolder folder: URL) throws(WriteError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw WriteError(path: folder.path, reason: "it is a file; these files are written into a folder") }
        } else {
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false) } catch {
                throw WriteError(path: folder.path, reason: "cannot create the folder (\(error.localizedDescription))")
            }
        }
        for (name, data) in files { try write(data, to: folder.appendingPathComponent(name)) }
    }

    package static func write(_ data: Data, to url: URL) throws(WriteError) {
        let path = try resolveLinks(url.path)
        var info = stat()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFIFO, S_IFCHR: return try writeInPlace(data, path: path, shown: url.path)
            case S_IFDIR: throw WriteError(path: url.path, reason: "it is a directory")
            default: throw WriteError(path: url.path, reason: "it is not a regular file (a block device or socket); refusing to replace it")
            }
        }
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: url.path, reason: "the directory \(directory.path) does not exist")
        }
        removeStaleTemporaries(for: target)
        let mode: mode_t = lstat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o666 & ~currentUmask()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw WriteError(path: url.path, reason: String(cString: strerror(errno))) }
        var failure: String?
        if let reason = writeAll(fd, data) { failure = reason }
        else if fchmod(fd, mode) != 0 { failure = String(cString: strerror(errno)) }
        else if fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil && rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: url.path, reason: failure)
        }
    }

    /// Follows symbolic links (up to 40, as the kernel does) to the path that will be written; a dangling link's
    /// target is created.
    static func resolveLinks(_ start: String) throws(WriteError) -> String {
        var path = start
        for _ in 0..<40 {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(path, &buffer, buffer.count - 1)
            guard n >= 0 else { throw WriteError(path: start, reason: String(cString: strerror(errno))) }
            let link = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            path = link.hasPrefix("/") ? link : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(link).path
        }
        throw WriteError(path: start, reason: "too many levels of symbolic links")
    }

    private static func writeInPlace(_ data: Data, path: String, shown: String) throws(WriteError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw WriteError(path: shown, reason: String(cString: strerror(errno))) }
        let failure = writeAll(fd, data)
        close(fd)
        if let failure { throw WriteError(path: shown, reason: failure) }
    }

    /// Writes every byte, retrying after interruptions. - Returns: the reason it failed, or nil.
    package static func writeAll(_ fd: Int32, _ data: Data) -> String? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += n
            }
            return nil
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// Removes `.NAME.PID.*.tmp` files next to `target` whose process no longer exists.
    private static func removeStaleTemporaries(for target: URL) {
        let directory = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(prefix.count).dropLast(4).split(separator: ".")
            guard middle.count == 2, let pid = Int32(middle[0]), middle[1].count == 8 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory.appendingPathComponent(name).path) }
        }
    }
}

/// Standard output that reports failed writes instead of losing them: a closed, full or broken standard output is a
/// ``AtomicFile/WriteError`` (the CLI exits 1), never a crash and never a silent success.
package enum StandardOutput {
    package static func write(_ data: Data) throws(AtomicFile.WriteError) {
        try finish()
        if let reason = AtomicFile.writeAll(STDOUT_FILENO, data) { throw AtomicFile.WriteError(path: "standard output", reason: reason) }
    }

    package static func write(_ text: String) throws(AtomicFile.WriteError) { try write(Data(text.utf8)) }

    /// Flushes what `print` buffered. - Throws: when any write to standard output failed.
    package static func finish() throws(AtomicFile.WriteError) {
        guard let stream else { return }
        if fflush(stream) != 0 || ferror(stream) != 0 {
            throw AtomicFile.WriteError(path: "standard output", reason: String(cString: strerror(errno == 0 ? EIO : errno)))
        }
    }

    /// C's `stdout` stream, which `print` writes to. Swift 6 refuses the imported global variable as shared mutable
    /// state, so its address is looked up by name.
    private static var stream: UnsafeMutablePointer<FILE>? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "stdout")?.assumingMemoryBound(to: UnsafeMutablePointer<FILE>?.self).pointee
    }
}
