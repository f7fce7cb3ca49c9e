import Language

/// The inside of a fenced nnlab cell, split into statements, goals, hints and a why paragraph.
///
/// Lines are grouped into statements with `Syntax.isComplete`, so a statement that keeps a
/// bracket open continues on the next lines. In an exercise, a line whose first word is
/// `expect` is a goal, a `hint:` line is one hint tier, a `why:` line is part of the why
/// paragraph; elsewhere `hint:` and `why:` are errors, and `expect` lines are statements.
struct CellBody: Equatable {
    var statements: [LessonLine] = []
    var goals: [LessonLine] = []
    var hints: [String] = []
    var whyLines: [String] = []

    /// Which rules apply to the body.
    enum Role: Equatable { case code, exercise, solution }

    /// Splits `lines` (each with its 1-based file line number) according to `role`.
    static func parse(
        _ lines: [(text: String, line: Int)], role: Role, file: String
    ) throws(LessonError) -> CellBody {
        var body = CellBody()
        var pending: (text: String, line: Int)?
        for (raw, number) in lines {
            if let open = pending {
                let joined = open.text + "\n" + raw
                if Syntax.isComplete(joined) {
                    body.statements.append(LessonLine(joined, line: open.line))
                    pending = nil
                } else {
                    pending = (joined, open.line)
                }
                continue
            }
            let text = raw.trimmed
            if text.isEmpty { continue }
            if let hint = directive("hint:", in: text) {
                guard role == .exercise else {
                    throw LessonError(file: file, line: number, message: "`hint:` outside an exercise; hints belong in an `nnlab exercise` cell")
                }
                guard !hint.isEmpty else {
                    throw LessonError(file: file, line: number, message: "empty `hint:`")
                }
                body.hints.append(hint)
                continue
            }
            if let why = directive("why:", in: text) {
                guard role == .exercise else {
                    throw LessonError(file: file, line: number, message: "`why:` outside an exercise; it belongs in an `nnlab exercise` cell")
                }
                body.whyLines.append(why)
                continue
            }
            if role == .exercise, let goal = expectCondition(text) {
                guard !goal.isEmpty else {
                    throw LessonError(file: file, line: number, message: "`expect` needs a condition, e.g. `expect accuracy valid >= 0.9`")
                }
                body.goals.append(LessonLine(goal, line: number))
                continue
            }
            if Syntax.isComplete(text) {
                body.statements.append(LessonLine(text, line: number))
            } else {
                pending = (text, number)
            }
        }
        if let open = pending {
            throw LessonError(file: file, line: open.line, message: "this statement opens a bracket or string that the cell never closes")
        }
        return body
    }

    /// The why paragraph, or nil when there were no `why:` lines.
    var why: String? {
        let text = whyLines.joined(separator: "\n")
        return text.trimmed.isEmpty ? nil : text
    }

    /// The text after `prefix` (case-insensitive), trimmed; nil when `text` does not start with it.
    private static func directive(_ prefix: String, in text: String) -> String? {
        guard text.lowercased().hasPrefix(prefix) else { return nil }
        return String(text.dropFirst(prefix.count)).trimmed
    }

    /// The condition of an `expect …` line; nil when the first word is not `expect`.
    static func expectCondition(_ text: String) -> String? {
        guard text.hasPrefix("expect") else { return nil }
        let rest = text.dropFirst("expect".count)
        if rest.isEmpty { return "" }
        guard let next = rest.first, next == " " || next == "\t" else { return nil }
        return rest.trimmed
    }
}
