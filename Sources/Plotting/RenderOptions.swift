/// How a picture is drawn as text: the width in display columns, the colour mode and whether
/// only ASCII characters may be used.
public struct RenderOptions: Sendable, Equatable {
    /// The number of display columns available (clamped to 10…1000 when drawing).
    public var width: Int
    /// Which escape codes, if any, may be emitted.
    public var colorMode: ColorMode
    /// When true, only ASCII characters are emitted (no braille, blocks or box drawing).
    public var asciiOnly: Bool

    /// Creates options; the defaults are 80 columns, no colour, Unicode allowed.
    public init(width: Int = 80, colorMode: ColorMode = .none, asciiOnly: Bool = false) {
        self.width = width
        self.colorMode = colorMode
        self.asciiOnly = asciiOnly
    }

    /// Options for the process's own terminal: width from `TerminalSize.columns(environment:)`,
    /// colour from `ColorMode.detect(environment:isTerminal:)` applied to standard output.
    public static func forStandardOutput(
        environment: [String: String], asciiOnly: Bool = false
    ) -> RenderOptions {
        RenderOptions(
            width: TerminalSize.columns(environment: environment),
            colorMode: ColorMode.detect(
                environment: environment, isTerminal: TerminalSize.standardOutputIsTerminal()),
            asciiOnly: asciiOnly)
    }

    /// The width actually used for layout: 10 to 1000 columns.
    var layoutWidth: Int { min(1000, max(10, width)) }
}
