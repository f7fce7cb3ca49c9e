#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor with no prompt and no escape codes: the input path when
/// stdin is a pipe or a file (scripts, CI).
final class PlainLineReader {
    /// The descriptor read from (not closed by the reader).
    let fileDescriptor: Int32
    /// Bytes read but not yet returned.
    private var buffer: [UInt8] = []
    /// Whether `read` reported end of input.
    private var reachedEnd = false

    /// A reader of `fileDescriptor` (standard input by default).
    init(fileDescriptor: Int32 = STDIN_FILENO) {
        self.fileDescriptor = fileDescriptor
    }

    /// The next line without its `\n` (or `\r\n`); `nil` at end of input. A last line without
    /// a newline is still returned. Invalid UTF-8 becomes U+FFFD.
    func readLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = buffer[..<newline]
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                let text = String(decoding: line, as: UTF8.self)
                buffer.removeSubrange(...newline)
                return text
            }
            if reachedEnd {
                guard !buffer.isEmpty else { return nil }
                let text = String(decoding: buffer, as: UTF8.self)
                buffer.removeAll()
                return text
            }
            fill()
        }
    }

    /// Lines joined with `\n` until `isComplete` accepts them. At end of input, an unfinished
    /// statement is returned as ``ReadResult/line(_:)`` and the next call gives
    /// ``ReadResult/endOfInput``.
    func readStatement(isComplete: (String) -> Bool) -> ReadResult {
        var lines: [String] = []
        while let line = readLine() {
            lines.append(line)
            let statement = lines.joined(separator: "\n")
            if isComplete(statement) { return .line(statement) }
        }
        return lines.isEmpty ? .endOfInput : .line(lines.joined(separator: "\n"))
    }

    /// Reads one chunk into the buffer; sets ``reachedEnd`` on end of input or a read error.
    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                return
            }
            if count < 0, errno == EINTR { continue }
            reachedEnd = true
            return
        }
    }
}
