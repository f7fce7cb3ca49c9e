/// The few looks prose uses in a terminal: bold, dim and cyan (ANSI SGR codes), combinable.
struct TextStyle: OptionSet, Hashable, Sendable {
    let rawValue: Int
    static let bold = TextStyle(rawValue: 1)
    static let dim = TextStyle(rawValue: 2)
    static let cyan = TextStyle(rawValue: 4)
    /// Marks inline code: shown cyan with colour, between backticks without it. Its spaces do
    /// not break a line.
    static let code = TextStyle(rawValue: 8)

    /// `text` in this style: wrapped in escape codes when `color` is on, unchanged otherwise.
    func apply(_ text: String, color: Bool) -> String {
        guard color, !text.isEmpty else { return text }
        var codes: [String] = []
        if contains(.bold) { codes.append("1") }
        if contains(.dim) { codes.append("2") }
        if contains(.cyan) || contains(.code) { codes.append("36") }
        guard !codes.isEmpty else { return text }
        return "\u{1B}[" + codes.joined(separator: ";") + "m" + text + TextStyle.reset
    }

    /// The escape code that ends every style.
    static let reset = "\u{1B}[0m"
}

/// A stretch of text in one style.
struct StyledRun: Equatable {
    var text: String
    var style: TextStyle
}
