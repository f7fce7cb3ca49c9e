import Foundation
import Testing
@testable import LineEditor

@Suite("Path completion")
struct PathCompleterTests {
    /// A temporary tree: data/{a.csv,b.csv,sub/}, dance.txt, .hidden, other/.
    static func makeTree() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("pathcompleter-\(UUID().uuidString)", isDirectory: true)
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("data/sub"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("other"), withIntermediateDirectories: true)
        for file in ["data/a.csv", "data/b.csv", "dance.txt", ".hidden"] {
            #expect(fm.createFile(atPath: root.appendingPathComponent(file).path, contents: Data()))
        }
        return root
    }

    @Test func completesInsideADirectory() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let base = root.path + "/"
        #expect(PathCompleter.candidates(prefix: base + "da") == [base + "dance.txt", base + "data/"])
        #expect(PathCompleter.candidates(prefix: base + "data/") == [base + "data/a.csv", base + "data/b.csv", base + "data/sub/"])
        #expect(PathCompleter.candidates(prefix: base + "data/s") == [base + "data/sub/"])
        #expect(PathCompleter.candidates(prefix: base + "zzz").isEmpty)
        #expect(PathCompleter.candidates(prefix: base + "nothere/x").isEmpty)
    }

    @Test func hiddenOnlyWhenAskedFor() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let base = root.path + "/"
        #expect(!PathCompleter.candidates(prefix: base).contains(base + ".hidden"))
        #expect(PathCompleter.candidates(prefix: base + ".h") == [base + ".hidden"])
    }

    @Test func relativeToCurrentDirectory() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        // Relative prefixes resolve against `relativeTo` (no chdir: tests run in parallel).
        #expect(PathCompleter.candidates(prefix: "da", relativeTo: root) == ["dance.txt", "data/"])
        #expect(PathCompleter.candidates(prefix: "data/a", relativeTo: root) == ["data/a.csv"])
        #expect(PathCompleter.candidates(prefix: "/", relativeTo: root).contains("/tmp/"))
    }

    @Test func oneCandidateDirectoryFeedsTheNoSpaceRule() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let typed = root.path + "/ot"
        let candidates = PathCompleter.candidates(prefix: typed)
        #expect(CompletionEdit.decide(typed: typed, candidates: candidates) == .insert(deleteCount: 0, text: "her/"))
    }
}
