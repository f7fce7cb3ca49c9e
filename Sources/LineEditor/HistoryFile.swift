#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The persisted list of past statements: capped, without consecutive duplicates, saved
/// atomically.
///
/// Several nnlab processes may share one file (two terminals): each save re-reads the file
/// under a lock on its folder and adds only this process's new entries, so none are lost.
///
/// File format: UTF-8, one entry per line; inside an entry `\` is written `\\`, a newline
/// `\n` and a carriage return `\r`, so a multi-line statement stays one entry.
struct HistoryFile: Equatable, Sendable {
    /// Where the history lives.
    let url: URL
    /// The most entries kept; older ones are dropped first.
    let capacity: Int
    /// Entries, oldest first: those loaded and those appended by this process.
    private(set) var entries: [String]
    /// Entries appended since the last successful save.
    private var unsaved: [String] = []

    /// An empty history for `url` (nothing is read).
    init(url: URL, capacity: Int = 1000, entries: [String] = []) {
        self.url = url
        self.capacity = max(1, capacity)
        self.entries = []
        for entry in entries { append(entry) }
        unsaved = []
    }

    /// The history stored at `url`; empty when the file is missing or unreadable.
    static func load(from url: URL, capacity: Int = 1000) -> HistoryFile {
        let text = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return HistoryFile(url: url, capacity: capacity, entries: decode(text))
    }

    /// Appends `entry` unless it is blank or equal to the last entry; drops the oldest entries
    /// beyond ``capacity``. Returns whether it was added.
    @discardableResult
    mutating func append(_ entry: String) -> Bool {
        guard !entry.allSatisfy(\.isWhitespace), entry != entries.last else { return false }
        entries.append(entry)
        unsaved.append(entry)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        if unsaved.count > capacity { unsaved.removeFirst(unsaved.count - capacity) }
        return true
    }

    /// Adds the entries appended since the last save to the file at ``url``: creates the
    /// folder (mode 0700) if needed; under an exclusive lock on the folder, re-reads the file
    /// (another process may have saved since), appends, writes a temporary file (mode 0600)
    /// beside the target and renames it over the target, so a crash or a full disk never
    /// leaves a truncated history. ``entries`` stays as it was. A failed save keeps the new
    /// entries for the next one.
    mutating func save() throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let lock = open(folder.path, O_RDONLY | O_DIRECTORY)
        guard lock >= 0 else { throw HistoryError(errno: errno) }
        defer { close(lock) }   // closing releases the lock
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw HistoryError(errno: errno) }
        }
        var merged = Self.load(from: url, capacity: capacity)
        for entry in unsaved { merged.append(entry) }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(getpid())")
        let bytes = Array(Self.encode(merged.entries).utf8)
        do {
            try Self.writeFile(bytes, toPath: temporary.path)
            guard rename(temporary.path, url.path) == 0 else { throw HistoryError(errno: errno) }
        } catch {
            unlink(temporary.path)
            throw error
        }
        unsaved = []
    }

    /// The file text for `entries`.
    static func encode(_ entries: [String]) -> String {
        entries.map { entry in
            var line = ""
            for scalar in entry.unicodeScalars {
                switch scalar {
                case "\\": line += "\\\\"
                case "\n": line += "\\n"
                case "\r": line += "\\r"
                default: line.unicodeScalars.append(scalar)
                }
            }
            return line + "\n"
        }.joined()
    }

    /// The entries in file text `text`; unknown escapes are kept literally, blank lines skipped.
    static func decode(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            var entry = String.UnicodeScalarView()
            var escaped = false
            for scalar in line.unicodeScalars {
                if escaped {
                    switch scalar {
                    case "n": entry.append("\n")
                    case "r": entry.append("\r")
                    case "\\": entry.append("\\")
                    default: entry.append("\\"); entry.append(scalar)
                    }
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else {
                    entry.append(scalar)
                }
            }
            if escaped { entry.append("\\") }
            return String(entry)
        }
    }

    /// Writes `bytes` to a new file at `path` (mode 0600), flushed to disk.
    private static func writeFile(_ bytes: [UInt8], toPath path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw HistoryError(errno: errno) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw HistoryError(errno: errno)
            }
            offset += written
        }
        guard fsync(fd) == 0 else { throw HistoryError(errno: errno) }
    }
}

/// A history file could not be written; wraps the C `errno`.
struct HistoryError: Error, Equatable, CustomStringConvertible {
    /// The C error number.
    let errno: Int32
    /// The system's message for ``errno``.
    var description: String { String(cString: strerror(errno)) }
}
