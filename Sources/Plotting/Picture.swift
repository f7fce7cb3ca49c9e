/// A picture of plain numbers that can be drawn as terminal text or as a standalone SVG file.
///
/// Pictures are value types: building one does no drawing; rendering is a pure function of the
/// picture and the options, so the same input always gives the same bytes.
public protocol Picture: Sendable {
    /// Draws the picture as terminal text that fits in `options.width` display columns.
    ///
    /// Lines are separated by `"\n"` with no trailing newline. Escape codes appear only when
    /// `options.colorMode` is not `.none`.
    func renderText(_ options: RenderOptions) -> String

    /// Draws the picture as a standalone SVG document (with an XML declaration and a viewBox).
    func renderSVG() -> String
}
