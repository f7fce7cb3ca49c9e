import Foundation
import Testing
@testable import Language

/// Scripts under Transcripts/ run through `Interpreter.runScript` — what `nnlab run` does —
/// with their plain-text output compared to the `.out` file beside them.
///
/// To write a new transcript, add `name.nn`, run the tests once with
/// `NNLAB_WRITE_TRANSCRIPTS=1`, read the `.out` file it wrote carefully, and commit both.
@Suite struct TranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts")

    static var scripts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".nn") }.sorted()
    }

    /// The transcript of a script: every output as plain text at 80 columns.
    static func transcript(of script: String) throws -> String {
        let url = folder.appendingPathComponent(script)
        let text = try String(contentsOf: url, encoding: .utf8)
        let interpreter = Interpreter(seed: 1, workingDirectory: FileManager.default.temporaryDirectory)
        var lines: [String] = []
        interpreter.runScript(text, name: script, keepGoing: true) { output in
            if let plain = output.plainText(width: 80) { lines.append(plain) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func thereAreTranscripts() {
        #expect(Self.scripts.count >= 5)
    }

    @Test(arguments: TranscriptTests.scripts)
    func transcriptMatches(_ script: String) throws {
        let actual = try Self.transcript(of: script)
        let expectedURL = Self.folder.appendingPathComponent(script.replacingOccurrences(of: ".nn", with: ".out"))
        if ProcessInfo.processInfo.environment["NNLAB_WRITE_TRANSCRIPTS"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("\(script) differs from its .out at line \(first + 1):\n  got:      \(first < a.count ? a[first] : "<end>")\n  expected: \(first < e.count ? e[first] : "<end>")")
        }
    }

    @Test func sameScriptSameBytes() throws {
        for script in Self.scripts.prefix(3) {
            #expect(try Self.transcript(of: script) == Self.transcript(of: script))
        }
    }
}
