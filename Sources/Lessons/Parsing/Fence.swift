/// A Markdown code fence line: three or more backticks (or tildes) and an info string.
struct Fence: Equatable {
    /// The fence character, `` ` `` or `~`.
    var marker: Character
    /// How many of them open the fence (a closing fence needs at least as many).
    var count: Int
    /// The words after the fence (`nnlab exercise` → ["nnlab", "exercise"]).
    var info: [String]

    /// Reads an opening fence line (up to three spaces of indentation); nil when it is not one.
    init?(opening line: String) {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
        let run = rest.prefix { $0 == marker }
        guard run.count >= 3 else { return nil }
        let infoText = rest.dropFirst(run.count)
        if marker == "`" && infoText.contains("`") { return nil }
        self.marker = marker
        self.count = run.count
        self.info = infoText.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
    }

    /// Whether `line` closes this fence: the same character, at least as many, nothing after.
    func isClosed(by line: String) -> Bool {
        let text = line.trimmed
        guard text.count >= count, text.allSatisfy({ $0 == marker }) else { return false }
        return line.prefix(while: { $0 == " " }).count <= 3
    }

    /// Whether this fence opens an nnlab cell (its first info word is `nnlab`).
    var isNnlab: Bool { info.first?.lowercased() == "nnlab" }

    /// The cell tag after `nnlab` (`exercise`, `solution`, or "" for a code cell).
    var tag: String { info.dropFirst().joined(separator: " ").lowercased() }
}
