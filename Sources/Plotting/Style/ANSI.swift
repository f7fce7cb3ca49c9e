/// SGR escape codes for the foreground and background colours of each colour mode.
public enum ANSI {
    /// The code that resets all attributes: `ESC[0m`.
    public static let reset = "\u{1B}[0m"

    /// The code that sets the foreground colour in `mode` (empty for `.none`).
    public static func foreground(_ color: Color, mode: ColorMode) -> String {
        code(color, mode: mode, background: false)
    }

    /// The code that sets the background colour in `mode` (empty for `.none`).
    public static func background(_ color: Color, mode: ColorMode) -> String {
        code(color, mode: mode, background: true)
    }

    /// `text` wrapped in a foreground colour and a reset; `text` unchanged for `.none`.
    public static func colored(_ text: String, _ color: Color, mode: ColorMode) -> String {
        guard mode.hasColor, !text.isEmpty else { return text }
        return foreground(color, mode: mode) + text + reset
    }

    static func code(_ color: Color, mode: ColorMode, background: Bool) -> String {
        var bytes: [UInt8] = []
        append(color, mode: mode, background: background, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the colour code to a UTF-8 byte buffer (nothing for `.none`); no allocation.
    static func append(_ color: Color, mode: ColorMode, background: Bool, to out: inout [UInt8]) {
        switch mode {
        case .none:
            return
        case .ansi16:
            let i = color.ansi16Index
            let base = i < 8 ? (background ? 40 : 30) : (background ? 100 : 90)
            out.append(0x1B)
            out.append(0x5B)
            appendDecimal(base + i % 8, to: &out)
            out.append(0x6D)
        case .ansi256:
            out.append(0x1B)
            out.append(0x5B)
            out.append(background ? 0x34 : 0x33)
            out.append(contentsOf: [0x38, 0x3B, 0x35, 0x3B])  // "8;5;"
            appendDecimal(color.ansi256Index, to: &out)
            out.append(0x6D)
        case .trueColor:
            out.append(0x1B)
            out.append(0x5B)
            out.append(background ? 0x34 : 0x33)
            out.append(0x38)
            out.append(0x3B)
            out.append(0x32)
            for v in [color.r, color.g, color.b] {
                out.append(0x3B)
                appendDecimal(Int(v), to: &out)
            }
            out.append(0x6D)
        }
    }

    /// Appends `ESC[0m`.
    static func appendReset(to out: inout [UInt8]) {
        out.append(contentsOf: [0x1B, 0x5B, 0x30, 0x6D])
    }

    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value >= 100 { out.append(UInt8(48 + value / 100)) }
        if value >= 10 { out.append(UInt8(48 + (value / 10) % 10)) }
        out.append(UInt8(48 + value % 10))
    }
}
