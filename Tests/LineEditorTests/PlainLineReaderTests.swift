#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import LineEditor

@Suite("Plain reader (stdin not a terminal)")
struct PlainLineReaderTests {
    /// A pipe already holding `text` with its write end closed; returns the read end.
    static func pipe(holding text: String) throws -> Int32 {
        var ends: [Int32] = [0, 0]
        try #require(ends.withUnsafeMutableBufferPointer { Glibc.pipe($0.baseAddress) } == 0)
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        try #require(written == bytes.count)
        close(ends[1])
        return ends[0]
    }

    /// A statement continues while it ends with a backslash.
    static func continues(_ statement: String) -> Bool { !statement.hasSuffix("\\") }

    @Test func readsLinesWithoutNewlines() throws {
        let fd = try Self.pipe(holding: "data spiral\r\n\ntrain 5\nlast")
        defer { close(fd) }
        let reader = PlainLineReader(fileDescriptor: fd)
        #expect(reader.readLine() == "data spiral")
        #expect(reader.readLine() == "")
        #expect(reader.readLine() == "train 5")
        #expect(reader.readLine() == "last")
        #expect(reader.readLine() == nil)
        #expect(reader.readLine() == nil)
    }

    @Test func joinsContinuationLines() throws {
        let fd = try Self.pipe(holding: "layer dense \\\n16 \\\nrelu\nshow\n")
        defer { close(fd) }
        let reader = PlainLineReader(fileDescriptor: fd)
        #expect(reader.readStatement(isComplete: Self.continues) == .line("layer dense \\\n16 \\\nrelu"))
        #expect(reader.readStatement(isComplete: Self.continues) == .line("show"))
        #expect(reader.readStatement(isComplete: Self.continues) == .endOfInput)
    }

    @Test func unfinishedStatementAtEndIsReturned() throws {
        let fd = try Self.pipe(holding: "train \\\n")
        defer { close(fd) }
        let reader = PlainLineReader(fileDescriptor: fd)
        #expect(reader.readStatement(isComplete: Self.continues) == .line("train \\"))
        #expect(reader.readStatement(isComplete: Self.continues) == .endOfInput)
    }

    @Test func invalidUTF8DoesNotCrash() throws {
        var ends: [Int32] = [0, 0]
        try #require(ends.withUnsafeMutableBufferPointer { Glibc.pipe($0.baseAddress) } == 0)
        let bytes: [UInt8] = [0x61, 0xFF, 0xFE, 0x0A]
        _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        defer { close(ends[0]) }
        #expect(PlainLineReader(fileDescriptor: ends[0]).readLine() == "a\u{FFFD}\u{FFFD}")
    }

    @Test func largeInputSpansManyReads() throws {
        let lines = (0..<2000).map { "line \($0) " + String(repeating: "x", count: 20) }
        let fd = try Self.pipe(holding: lines.prefix(2000).joined(separator: "\n") + "\n")
        defer { close(fd) }
        let reader = PlainLineReader(fileDescriptor: fd)
        var read: [String] = []
        while let line = reader.readLine() { read.append(line) }
        #expect(read == lines)
    }
}
