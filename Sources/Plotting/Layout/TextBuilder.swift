/// Accumulates the lines of a rendered picture in a UTF-8 byte buffer.
struct TextBuilder {
    private var bytes: [UInt8] = []
    private var lineCount = 0

    private let width: Int
    private let asciiOnly: Bool

    /// A builder for text `options.layoutWidth` columns wide.
    init(_ options: RenderOptions) {
        width = options.layoutWidth
        asciiOnly = options.asciiOnly
        bytes.reserveCapacity(1024)
    }

    /// Appends one line of text; a line without escape codes is cut to the width.
    mutating func line(_ text: String) {
        if lineCount > 0 { bytes.append(0x0A) }
        var t = text.utf8.contains(0x1B) ? text : DisplayWidth.truncate(text, to: width, asciiOnly: asciiOnly)
        while t.last == " " { t.removeLast() }
        bytes.append(contentsOf: t.utf8)
        lineCount += 1
    }

    /// Appends every row of a grid.
    mutating func grid(_ g: CellGrid, _ mode: ColorMode) {
        guard g.height > 0 else { return }
        if lineCount > 0 { bytes.append(0x0A) }
        g.appendRendering(mode, to: &bytes)
        lineCount += g.height
    }

    /// Appends a title, wrapped at spaces to the width (never cut); nothing when nil.
    mutating func title(_ text: String?) {
        guard let text else { return }
        lines(TextWrap.lines(text, width: width))
    }

    /// The number of lines `title(_:)` takes for `text`.
    static func titleLines(_ text: String?, width: Int) -> Int {
        text.map { TextWrap.lines($0, width: width).count } ?? 0
    }

    /// Appends several lines.
    mutating func lines(_ texts: [String]) { for t in texts { line(t) } }

    /// The finished text.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
