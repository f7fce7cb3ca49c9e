#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import LineEditor

/// Every test that reads or clears the process-wide Ctrl-C flag lives in this one serialized
/// suite (`readStatement` clears the flag, so it would race with the SIGINT test elsewhere).
@Suite("LineEditor on a pipe, and Ctrl-C as a flag", .serialized)
struct LineEditorTests {
    @Test func sigintSetsTheFlagAndDoesNotKill() {
        #expect(Interrupt.install())
        Interrupt.clear()
        #expect(!Interrupt.isRequested)
        // kill, not raise: the test thread may block SIGINT, so let any thread take it.
        kill(getpid(), SIGINT)
        var waited = 0
        while !Interrupt.isRequested, waited < 200 {
            usleep(5_000)
            waited += 1
        }
        #expect(Interrupt.isRequested)
        Interrupt.clear()
        #expect(!Interrupt.isRequested)
        Interrupt.request()
        #expect(Interrupt.isRequested)
        Interrupt.clear()
    }

    @Test func readStatementClearsALeftoverFlag() throws {
        var ends: [Int32] = [0, 0]
        try #require(ends.withUnsafeMutableBufferPointer { pipe($0.baseAddress) } == 0)
        _ = "x\n".utf8CString.withUnsafeBytes { write(ends[1], $0.baseAddress, 2) }
        close(ends[1])
        defer { close(ends[0]) }
        let editor = LineEditor(programName: "t", historyFile: nil, completer: nil, interactive: false, plainInput: ends[0])
        Interrupt.request()
        #expect(editor.readStatement(prompt: "", continuationPrompt: "", isComplete: { _ in true }) == .line("x"))
        #expect(!Interrupt.isRequested)
    }

    @Test func lineEditorFallsBackToPlainReading() throws {
        let fd = try PlainLineReaderTests.pipe(holding: "a \\\nb\nc\n")
        defer { close(fd) }
        let editor = LineEditor(
            programName: "test", historyFile: nil, completer: nil, interactive: false, plainInput: fd)
        #expect(!editor.isLineEditing)
        let read = { editor.readStatement(prompt: "\u{1B}[1m> \u{1B}[0m", continuationPrompt: "… ", isComplete: PlainLineReaderTests.continues) }
        #expect(read() == .line("a \\\nb"))
        #expect(read() == .line("c"))
        #expect(read() == .endOfInput)
    }
}
