/// How many colours the terminal can show, which decides the escape codes a picture emits.
public enum ColorMode: Sendable, Equatable, CaseIterable {
    /// No escape codes at all: density characters and markers carry the meaning.
    case none
    /// The 16 standard colours (`ESC[31m`, `ESC[94m`, …).
    case ansi16
    /// The xterm 256-colour palette (`ESC[38;5;Nm`).
    case ansi256
    /// 24-bit colour (`ESC[38;2;R;G;Bm`).
    case trueColor

    /// Picks the colour mode from the environment and whether output is a terminal.
    ///
    /// No colour when output is not a terminal, when `NO_COLOR` is present and not empty, or
    /// when `TERM` is `dumb`. Otherwise 24-bit when `COLORTERM` is `truecolor` or `24bit`,
    /// 256 colours when `TERM` mentions `256color`, else 16 colours.
    public static func detect(environment: [String: String], isTerminal: Bool) -> ColorMode {
        guard isTerminal else { return .none }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let term = (environment["TERM"] ?? "").lowercased()
        if term == "dumb" { return .none }
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" { return .trueColor }
        if term.contains("256color") || term.contains("truecolor") { return .ansi256 }
        return .ansi16
    }

    /// Whether any escape codes may be emitted.
    public var hasColor: Bool { self != .none }
}
