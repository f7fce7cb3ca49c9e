import Foundation

/// Reads lesson files: front matter, prose, and fenced ```` ```nnlab ```` cells.
///
/// The format (see LESSONS.md):
/// - the file name is `NN-slug.md`; `NN` is the lesson number;
/// - the file starts with front matter: `---`, `title:`, `minutes:`, `objectives:` (a list of
///   `- item` lines), `---`;
/// - ```` ```nnlab ```` opens a code cell, ```` ```nnlab exercise ```` an exercise, which must
///   be followed (blank lines between allowed, nothing else) by its ```` ```nnlab solution ````;
/// - other fenced blocks (```` ```swift ````, plain ```` ``` ````) are prose;
/// - everything else is prose.
public enum LessonParser {
    /// Parses the text of a lesson; `fileName` (`03-deep-networks.md`, a path is fine) gives the
    /// number and slug and names the file in errors.
    public static func parse(_ text: String, fileName: String) throws(LessonError) -> Lesson {
        let file = LessonFileName.base(of: fileName)
        guard let name = LessonFileName(fileName) else {
            throw LessonError(file: file, line: 1, message: "a lesson file is named `NN-slug.md`, e.g. `03-deep-networks.md`")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        let header = try FrontMatter.parse(lines, file: file)
        let blocks = try parseBody(lines, from: header.bodyStart, file: file)
        return Lesson(
            number: name.number, slug: name.slug, fileName: file, title: header.title,
            minutes: header.minutes, objectives: header.objectives, blocks: blocks)
    }

    /// Reads and parses the lesson file at `url`.
    public static func parse(contentsOf url: URL) throws(LessonError) -> Lesson {
        let file = url.lastPathComponent
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LessonError(file: file, line: 1, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try parse(text, fileName: file)
    }

    private static func parseBody(_ lines: [String], from start: Int, file: String) throws(LessonError) -> [LessonBlock] {
        var blocks: [LessonBlock] = []
        var prose: [String] = []
        /// An exercise waiting for its solution.
        var openExercise: LessonCell?

        func flushProse() throws(LessonError) {
            let text = prose.joined(separator: "\n")
            prose.removeAll()
            guard !text.trimmed.isEmpty else { return }
            if let open = openExercise {
                throw LessonError(file: file, line: open.line, message: "exercise has no `nnlab solution` cell right after it")
            }
            blocks.append(.prose(trimBlankLines(text)))
        }

        var index = start
        while index < lines.count {
            let line = lines[index]
            guard let fence = Fence(opening: line) else {
                prose.append(line)
                index += 1
                continue
            }
            let fenceLine = index + 1
            var body: [(text: String, line: Int)] = []
            var closed = false
            index += 1
            while index < lines.count {
                if fence.isClosed(by: lines[index]) { closed = true; index += 1; break }
                body.append((lines[index], index + 1))
                index += 1
            }
            guard closed else {
                throw LessonError(file: file, line: fenceLine, message: "this fence is never closed")
            }
            guard fence.isNnlab else {
                prose.append(line)
                prose.append(contentsOf: body.map(\.text))
                prose.append(String(repeating: fence.marker, count: fence.count))
                continue
            }
            try flushProse()
            switch fence.tag {
            case "":
                if let open = openExercise {
                    throw LessonError(file: file, line: open.line, message: "exercise has no `nnlab solution` cell right after it")
                }
                let parsed = try CellBody.parse(body, role: .code, file: file)
                blocks.append(.cell(LessonCell(kind: .code, line: fenceLine, lines: parsed.statements)))
            case "exercise":
                if let open = openExercise {
                    throw LessonError(file: file, line: open.line, message: "exercise has no `nnlab solution` cell right after it")
                }
                let parsed = try CellBody.parse(body, role: .exercise, file: file)
                guard !parsed.goals.isEmpty else {
                    throw LessonError(file: file, line: fenceLine, message: "an exercise needs at least one `expect` goal")
                }
                let cell = LessonCell(
                    kind: .exercise, line: fenceLine, lines: parsed.statements, expects: parsed.goals,
                    hints: parsed.hints, why: parsed.why)
                openExercise = cell
            case "solution":
                guard var open = openExercise else {
                    throw LessonError(file: file, line: fenceLine, message: "`nnlab solution` without an `nnlab exercise` just before it")
                }
                let parsed = try CellBody.parse(body, role: .solution, file: file)
                open.solution = parsed.statements
                open.solutionLine = fenceLine
                blocks.append(.cell(open))
                openExercise = nil
            default:
                throw LessonError(
                    file: file, line: fenceLine,
                    message: "unknown cell tag `nnlab \(fence.tag)`; expected `nnlab`, `nnlab exercise` or `nnlab solution`")
            }
        }
        try flushProse()
        if let open = openExercise {
            throw LessonError(file: file, line: open.line, message: "exercise has no `nnlab solution` cell right after it")
        }
        return blocks
    }

    private static func trimBlankLines(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.trimmed.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.trimmed.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
