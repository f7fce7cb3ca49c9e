import Foundation
import Testing
@testable import LineEditor

@Suite("History file")
struct HistoryFileTests {
    /// A fresh empty folder under the system temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("lineeditor-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func encodeDecodeRoundTrip() {
        let entries = ["train 100", "layer dense 16 \\\nrelu", "back\\slash", "cr\rhere", "ünï 😀", "\\n literal"]
        #expect(HistoryFile.decode(HistoryFile.encode(entries)) == entries)
        #expect(HistoryFile.encode(["a\nb"]) == "a\\nb\n")
    }

    @Test func decodeIsLenient() {
        #expect(HistoryFile.decode("a\n\n\\q\nend\\") == ["a", "\\q", "end\\"])
        #expect(HistoryFile.decode("") == [])
    }

    @Test func appendSkipsBlankAndConsecutiveDuplicates() {
        var history = HistoryFile(url: URL(fileURLWithPath: "/nonexistent/h"))
        let added = [
            history.append("train 10"), history.append("train 10"), history.append("   "),
            history.append("show loss"), history.append("train 10"),
        ]
        #expect(added == [true, false, false, true, true])
        #expect(history.entries == ["train 10", "show loss", "train 10"])
    }

    @Test func capacityDropsOldest() {
        var history = HistoryFile(url: URL(fileURLWithPath: "/nonexistent/h"), capacity: 3)
        for index in 1...5 { history.append("cmd \(index)") }
        #expect(history.entries == ["cmd 3", "cmd 4", "cmd 5"])
    }

    @Test func saveAndLoadRoundTrip() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("state/nnlab/history")  // folders created on save
        var history = HistoryFile(url: url)
        history.append("data spiral")
        history.append("layer dense 16 \\\nrelu")
        try history.save()
        let loaded = HistoryFile.load(from: url)
        #expect(loaded.entries == ["data spiral", "layer dense 16 \\\nrelu"])

        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(
            atPath: url.deletingLastPathComponent().path)
        #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test func saveReplacesAtomicallyAndLeavesNoTemporaryFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("history")
        try "old 1\nold 2\nold 3\n".write(to: url, atomically: false, encoding: .utf8)
        var history = HistoryFile.load(from: url)
        #expect(history.entries == ["old 1", "old 2", "old 3"])
        history.append("new")
        try history.save()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["history"])
        #expect(try String(contentsOf: url, encoding: .utf8) == "old 1\nold 2\nold 3\nnew\n")
    }

    /// Two processes on one file (two terminals): each save adds its own new entries to
    /// what the other saved, and neither process's own list changes under it.
    @Test func twoHistoriesSharingAFileLoseNothing() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("history")
        try "old\n".write(to: url, atomically: false, encoding: .utf8)
        var first = HistoryFile.load(from: url)
        var second = HistoryFile.load(from: url)
        first.append("from first")
        second.append("from second")
        try first.save()
        try second.save()
        first.append("first again")
        try first.save()
        #expect(HistoryFile.load(from: url).entries == ["old", "from first", "from second", "first again"])
        #expect(second.entries == ["old", "from second"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["history"])
    }

    @Test func failedSaveKeepsTheOldFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("history")
        try "keep\n".write(to: url, atomically: false, encoding: .utf8)
        // A directory where the file should be: rename fails, nothing half-written remains.
        let blocked = folder.appendingPathComponent("blocked")
        try FileManager.default.createDirectory(
            at: blocked.appendingPathComponent("child"), withIntermediateDirectories: true)
        var history = HistoryFile(url: blocked)
        history.append("lost")
        #expect(throws: HistoryError.self) { try history.save() }
        #expect(try String(contentsOf: url, encoding: .utf8) == "keep\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["blocked", "history"])
    }

    @Test func missingFileLoadsEmpty() {
        #expect(HistoryFile.load(from: URL(fileURLWithPath: "/nonexistent/nnlab/history")).entries.isEmpty)
    }

    @Test func defaultHistoryFileLocation() {
        #expect(LineEditor.defaultHistoryFile(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.path
            == "/s/nnlab/history")
        #expect(LineEditor.defaultHistoryFile(environment: ["HOME": "/h"])?.path
            == "/h/.local/state/nnlab/history")
        // XDG says relative values are invalid and must be ignored.
        #expect(LineEditor.defaultHistoryFile(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])?.path
            == "/h/.local/state/nnlab/history")
        #expect(LineEditor.defaultHistoryFile(environment: [:]) == nil)
    }
}
