import Foundation
import Testing
import Language
@testable import Lessons

/// The checker against the real interpreter: it passes a sound lesson and fails, with file
/// and line, on an unmet `expect`, on a cell that errors, and on a malformed file.
@Suite struct RealInterpreterCheckTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-lessons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    static func check(_ text: String) throws -> CheckReport {
        let dir = try folder(["01-test.md": text])
        defer { try? FileManager.default.removeItem(at: dir) }
        return LessonChecker(makeRunner: { Interpreter(seed: 1, workingDirectory: dir) }).check(directory: dir)
    }

    static let header = "---\ntitle: Test\n---\nSome prose.\n\n"

    @Test func aSoundLessonPasses() throws {
        let report = try Self.check(Self.header + """
            ```nnlab
            data line n=200
            layer dense 1 sigmoid
            train 20
            expect accuracy valid >= 0.9
            ```

            ```nnlab exercise
            expect epochs >= 30
            hint: train more
            ```

            ```nnlab solution
            train 10
            ```
            """)
        #expect(report.succeeded, "\(report.render())")
    }

    @Test func anUnmetExpectFailsWithItsLine() throws {
        let report = try Self.check(Self.header + """
            ```nnlab
            data xor n=200
            layer dense 1 sigmoid
            train 5
            expect accuracy valid >= 0.99
            ```
            """)
        #expect(!report.succeeded)
        let text = report.render()
        #expect(text.contains("01-test.md:10"), "\(text)")
        #expect(text.contains("expect accuracy valid >= 0.99"), "\(text)")
        #expect(text.contains("0 passed, 1 failed"))
    }

    @Test func anUnmetExerciseGoalFails() throws {
        let report = try Self.check(Self.header + """
            ```nnlab exercise
            expect epochs >= 5
            hint: train
            ```

            ```nnlab solution
            data circle n=100
            train 2
            ```
            """)
        #expect(!report.succeeded)
        #expect(report.render().contains("epochs"), "\(report.render())")
    }

    @Test func aCellErrorFails() throws {
        let report = try Self.check(Self.header + "```nnlab\ndata circle\ntrian 5\n```\n")
        #expect(!report.succeeded)
        #expect(report.render().contains("01-test.md:8"), "\(report.render())")
        #expect(report.render().contains("unknown command `trian`"), "\(report.render())")
    }

    @Test func aMalformedLessonFails() throws {
        let report = try Self.check("no front matter here\n```nnlab\ndata circle\n")
        #expect(!report.succeeded)
        #expect(report.render().contains("01-test.md:"), "\(report.render())")
    }
}
