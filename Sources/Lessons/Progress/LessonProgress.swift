/// Where a learner stands in one lesson: the cell to resume at, the exercises they solved,
/// and whether they finished it. Stored as one line: `03 cell=5 solved=2,4 done=no`.
public struct LessonProgress: Sendable, Equatable {
    /// The lesson number.
    public var lesson: Int
    /// The 1-based cell to resume at.
    public var cell: Int
    /// The 1-based cell numbers of the exercises whose goals the learner met, ascending.
    public var solved: [Int]
    /// Whether the learner reached the end of the lesson (kept when they review it).
    public var done: Bool

    /// Creates a record; `solved` is sorted and deduplicated.
    public init(lesson: Int, cell: Int = 1, solved: [Int] = [], done: Bool = false) {
        self.lesson = lesson
        self.cell = max(1, cell)
        self.solved = Array(Set(solved)).sorted()
        self.done = done
    }

    /// Adds `cell` to the solved exercises.
    public mutating func markSolved(_ cell: Int) {
        if !solved.contains(cell) { solved = (solved + [cell]).sorted() }
    }

    /// The stored line, e.g. `03 cell=5 solved=2,4 done=no`.
    public var line: String {
        let number = lesson < 10 ? "0\(lesson)" : "\(lesson)"
        let solvedText = solved.map(String.init).joined(separator: ",")
        return "\(number) cell=\(cell) solved=\(solvedText) done=\(done ? "yes" : "no")"
    }

    /// Reads a stored line; nil when it is not one (a damaged line is then ignored).
    /// Unknown `key=value` fields are skipped, so later versions can add some.
    public init?(line: String) {
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = fields.first, let lesson = Int(first), lesson >= 0 else { return nil }
        var cell = 1
        var solved: [Int] = []
        var done = false
        for field in fields.dropFirst() {
            let parts = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let value = parts[1]
            switch parts[0] {
            case "cell": cell = Int(value) ?? 1
            case "solved": solved = value.split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
            case "done": done = value == "yes"
            default: continue
            }
        }
        self.init(lesson: lesson, cell: cell, solved: solved, done: done)
    }
}
