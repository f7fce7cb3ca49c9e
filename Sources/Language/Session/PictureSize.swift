/// The size pictures are drawn for when the learner fixes it (`set width 160`,
/// `set height 50`, for a projector or a recording); nil follows the terminal.
public struct PictureSize: Sendable, Equatable {
    /// Columns, or nil for the terminal's.
    public var width: Int?
    /// Lines, or nil for the terminal's.
    public var height: Int?

    /// A size that follows the terminal in both directions.
    public init(width: Int? = nil, height: Int? = nil) {
        self.width = width
        self.height = height
    }
}
