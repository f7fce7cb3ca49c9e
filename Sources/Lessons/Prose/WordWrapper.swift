/// Fills styled text into lines of a given display width, breaking at spaces (never inside
/// inline code unless a word alone is wider than the line), with a prefix on each line.
enum WordWrapper {
    /// A word: the runs between two breakable spaces.
    typealias Word = [StyledRun]

    /// The lines of `runs` filled to `width` columns including the prefixes: `first` starts the
    /// first line, `rest` every other. Escape codes are added only when `color` is on.
    static func wrap(
        _ runs: [StyledRun], width: Int, first: StyledRun, rest: StyledRun, color: Bool
    ) -> [String] {
        let words = split(runs)
        var lines: [[Word]] = [[]]
        var used = 0
        func available(_ lineIndex: Int) -> Int {
            max(1, width - TextWidth.of(lineIndex == 0 ? first.text : rest.text))
        }
        for word in words {
            var pieces = [word]
            if TextWidth.of(word.map(\.text).joined()) > available(lines.count - 1) {
                pieces = hardBreak(word, width: min(available(0), available(1)))
            }
            for piece in pieces {
                let w = TextWidth.of(piece.map(\.text).joined())
                let room = available(lines.count - 1)
                if lines[lines.count - 1].isEmpty {
                    lines[lines.count - 1].append(piece)
                    used = w
                } else if used + 1 + w <= room {
                    lines[lines.count - 1].append(piece)
                    used += 1 + w
                } else {
                    lines.append([piece])
                    used = w
                }
            }
        }
        return lines.enumerated().map { index, words in
            let prefix = index == 0 ? first : rest
            return prefix.style.apply(prefix.text, color: color) + emit(words, color: color)
        }
    }

    /// One line's words joined by spaces; a space between two runs of the same style takes
    /// that style, so a bold phrase is one escape sequence, not one per word.
    static func emit(_ words: [Word], color: Bool) -> String {
        var runs: [StyledRun] = []
        for word in words {
            if let last = runs.last, let next = word.first {
                let style: TextStyle = last.style == next.style ? last.style : []
                runs.append(StyledRun(text: " ", style: style))
            }
            runs += word
        }
        return InlineMarkup.merge(runs).map { $0.style.apply($0.text, color: color) }.joined()
    }

    /// Splits runs into words at spaces and line breaks outside inline code.
    static func split(_ runs: [StyledRun]) -> [Word] {
        var words: [Word] = []
        var current: Word = []
        func endWord() {
            if !current.isEmpty { words.append(current); current = [] }
        }
        for run in runs {
            if run.style.contains(.code) {
                current.append(run)
                continue
            }
            var piece = ""
            for c in run.text {
                if c == " " || c == "\n" || c == "\t" {
                    if !piece.isEmpty { current.append(StyledRun(text: piece, style: run.style)); piece = "" }
                    endWord()
                } else {
                    piece.append(c)
                }
            }
            if !piece.isEmpty { current.append(StyledRun(text: piece, style: run.style)) }
        }
        endWord()
        return words
    }

    /// Cuts a word wider than `width` into pieces of at most `width` columns.
    static func hardBreak(_ word: Word, width: Int) -> [Word] {
        var pieces: [Word] = [[]]
        var used = 0
        for run in word {
            var text = ""
            for c in run.text {
                let w = TextWidth.of(c)
                if used + w > width, used > 0 {
                    if !text.isEmpty { pieces[pieces.count - 1].append(StyledRun(text: text, style: run.style)) }
                    pieces.append([])
                    text = ""
                    used = 0
                }
                text.append(c)
                used += w
            }
            if !text.isEmpty { pieces[pieces.count - 1].append(StyledRun(text: text, style: run.style)) }
        }
        return pieces.filter { !$0.isEmpty }
    }
}
