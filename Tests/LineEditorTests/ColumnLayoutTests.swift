import Testing
@testable import LineEditor

@Suite("Listing candidates in columns")
struct ColumnLayoutTests {
    @Test func fillsColumnsTopToBottom() {
        let items = ["a", "bb", "ccc", "d", "e"]
        // widest 3 + gap 2 = 5 cells a column; width 12 fits 2 columns.
        #expect(ColumnLayout.lines(for: items, width: 12) == [
            "a    d",
            "bb   e",
            "ccc",
        ])
    }

    @Test func lastColumnNeedsNoGap() {
        // 3 columns of 5 cells fit in 13 = 5 + 5 + 3.
        #expect(ColumnLayout.lines(for: ["aaa", "bbb", "ccc"], width: 13) == ["aaa  bbb  ccc"])
        #expect(ColumnLayout.lines(for: ["aaa", "bbb", "ccc"], width: 12) == ["aaa  ccc", "bbb"])
    }

    @Test func narrowTerminalGivesOneColumn() {
        #expect(ColumnLayout.lines(for: ["train", "trace"], width: 3) == ["train", "trace"])
        #expect(ColumnLayout.lines(for: ["x"], width: 0) == ["x"])
    }

    @Test func emptyListHasNoLines() {
        #expect(ColumnLayout.lines(for: [], width: 80).isEmpty)
    }

    @Test func eightyColumns() {
        let items = (1...20).map { "item\($0)" }  // widest 6 → 8 cells → 10 columns
        let lines = ColumnLayout.lines(for: items, width: 80)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines[0].hasPrefix("item1   item3   "))
    }

    @Test func displayNamesDropSharedDirectory() {
        #expect(ColumnLayout.displayNames(for: ["data/a.csv", "data/b/"]) == ["a.csv", "b/"])
        #expect(ColumnLayout.displayNames(for: ["train", "trace"]) == ["train", "trace"])
        #expect(ColumnLayout.displayNames(for: ["/usr/", "/var/"]) == ["usr/", "var/"])
    }
}
