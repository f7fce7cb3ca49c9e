import Foundation
import Testing
@testable import Lessons

@Suite struct ProgressStoreTests {
    @Test func lineFormatRoundTrips() {
        let record = LessonProgress(lesson: 3, cell: 5, solved: [4, 2, 4], done: false)
        #expect(record.line == "03 cell=5 solved=2,4 done=no")
        #expect(LessonProgress(line: record.line) == record)
        #expect(LessonProgress(line: "12 cell=1 solved= done=yes") == LessonProgress(lesson: 12, done: true))
        #expect(LessonProgress(line: "garbage") == nil)
        #expect(LessonProgress(line: "04 cell=2 future=thing")?.cell == 2)
    }

    @Test func storeRoundTripAndForget() throws {
        let folder = try temporaryFolder()
        let url = folder.appendingPathComponent("nested/nnlab/progress")
        let store = ProgressStore(fileURL: url)
        #expect(store.all().isEmpty)
        try store.save(LessonProgress(lesson: 3, cell: 5, solved: [2, 4]))
        try store.update(lesson: 1) { $0.done = true }
        try store.update(lesson: 3) { $0.markSolved(5) }
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text == "01 cell=1 solved= done=yes\n03 cell=5 solved=2,4,5 done=no\n")
        let again = ProgressStore(fileURL: url)
        #expect(again.progress(lesson: 3) == LessonProgress(lesson: 3, cell: 5, solved: [2, 4, 5]))
        try again.forget(lesson: 3)
        #expect(again.progress(lesson: 3) == nil)
        #expect(again.progress(lesson: 1)?.done == true)
    }

    @Test func writesAtomicallyLeavingNoTemporaryFiles() throws {
        let folder = try temporaryFolder()
        let url = folder.appendingPathComponent("progress")
        try "01 cell=2 solved= done=no\nthis line is damaged\n".write(to: url, atomically: false, encoding: .utf8)
        let store = ProgressStore(fileURL: url)
        for cell in 1...20 { try store.update(lesson: 2) { $0.cell = cell } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["progress"])
        #expect(try String(contentsOf: url, encoding: .utf8) == "01 cell=2 solved= done=no\n02 cell=20 solved= done=no\n")
    }

    @Test func aFailedWriteKeepsTheOldFile() throws {
        let folder = try temporaryFolder()
        let url = folder.appendingPathComponent("progress")
        let store = ProgressStore(fileURL: url)
        try store.save(LessonProgress(lesson: 1, cell: 4))
        // A folder where the temporary file would be renamed makes the rename fail.
        let blocked = ProgressStore(fileURL: folder.appendingPathComponent("blocked"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("blocked/inside"), withIntermediateDirectories: true)
        #expect(throws: (any Error).self) { try blocked.save(LessonProgress(lesson: 1)) }
        #expect(store.progress(lesson: 1)?.cell == 4)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["blocked", "progress"])
    }

    @Test func defaultLocationFollowsXDG() {
        #expect(ProgressStore.defaultFileURL(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]).path == "/data/nnlab/progress")
        #expect(ProgressStore.defaultFileURL(environment: ["HOME": "/home/a"]).path == "/home/a/.local/share/nnlab/progress")
        #expect(ProgressStore.defaultFileURL(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"]).path == "/home/a/.local/share/nnlab/progress")
    }
}
