/// Marks the invisible parts of a prompt for libedit (pure).
enum PromptMarkup {
    /// The byte libedit is told (EL_PROMPT_ESC) brackets invisible prompt text.
    static let ignoreMarker: Character = "\u{1}"

    /// `prompt` with each ANSI escape sequence (CSI `ESC [ … final`, OSC `ESC ] … BEL/ST`,
    /// or a two-byte `ESC x`) wrapped in ``ignoreMarker`` so libedit does not count it as
    /// width. Existing markers are removed first, so marking twice changes nothing.
    static func markInvisible(_ prompt: String) -> String {
        let scalars = Array(prompt.unicodeScalars.filter { $0 != "\u{1}" })
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\u{1B}" else {
                out.append(scalars[index])
                index += 1
                continue
            }
            var end = index + 1
            if end < scalars.count, scalars[end] == "[" {
                end += 1
                while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
                end = min(end + 1, scalars.count)
            } else if end < scalars.count, scalars[end] == "]" {
                end += 1
                while end < scalars.count, scalars[end] != "\u{7}", scalars[end] != "\u{1B}" { end += 1 }
                if end < scalars.count, scalars[end] == "\u{1B}" { end += 1 }  // ST is ESC \
                end = min(end + 1, scalars.count)
            } else {
                end = min(end + 1, scalars.count)
            }
            out.append("\u{1}")
            out.append(contentsOf: scalars[index..<end])
            out.append("\u{1}")
            index = end
        }
        return String(out)
    }
}
