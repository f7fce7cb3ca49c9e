/// How a picture is drawn as text: the width in display columns, the lines it may take, the
/// colour mode and whether only ASCII characters may be used.
public struct RenderOptions: Sendable, Equatable {
    /// The number of display columns available (clamped to 10…1000 when drawing).
    public var width: Int
    /// The number of lines the whole picture (title, axes and legend included) should fit in,
    /// or nil when no height is known (output that is not a terminal). Views of the plane
    /// (regions, scatter plots, unit responses) grow with it and keep their aspect ratio; with
    /// no height they use at most `RenderOptions.defaultPlaneRows` rows.
    public var height: Int?
    /// Which escape codes, if any, may be emitted.
    public var colorMode: ColorMode
    /// When true, only ASCII characters are emitted (no braille, blocks or box drawing).
    public var asciiOnly: Bool

    /// Creates options; the defaults are 80 columns, no known height, no colour, Unicode allowed.
    public init(width: Int = 80, colorMode: ColorMode = .none, asciiOnly: Bool = false, height: Int? = nil) {
        self.width = width
        self.height = height
        self.colorMode = colorMode
        self.asciiOnly = asciiOnly
    }

    /// Rows of the plot area of a view of the plane when no height is known.
    public static let defaultPlaneRows = 20

    /// Lines a picture leaves free on a terminal of `rows` lines: the statement typed above it
    /// and the prompt below it stay on the screen.
    public static let linesLeftFree = 3

    /// Options for the process's own terminal, read now: width from
    /// `TerminalSize.columns(environment:)`, height from `TerminalSize.rows(environment:)` less
    /// `linesLeftFree` (none for a pipe without `LINES`), colour from `ColorMode.detect(environment:isTerminal:)` applied to
    /// standard output.
    public static func forStandardOutput(
        environment: [String: String], asciiOnly: Bool = false
    ) -> RenderOptions {
        RenderOptions(
            width: TerminalSize.columns(environment: environment),
            colorMode: ColorMode.detect(environment: environment, isTerminal: TerminalSize.standardOutputIsTerminal()),
            asciiOnly: asciiOnly,
            height: TerminalSize.rows(environment: environment).map { max(8, $0 - linesLeftFree) })
    }

    /// The width actually used for layout: 10 to 1000 columns.
    var layoutWidth: Int { min(1000, max(10, width)) }

    /// The height actually used for layout: at least 8 lines, at most 1000; nil when unknown.
    var layoutHeight: Int? { height.map { min(1000, max(8, $0)) } }
}
