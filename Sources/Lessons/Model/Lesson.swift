/// A parsed lesson file: its front matter and its blocks in reading order.
public struct Lesson: Sendable, Equatable {
    /// The number from the file name (`03-deep-networks.md` → 3).
    public var number: Int
    /// The rest of the file name without `.md` (`deep-networks`).
    public var slug: String
    /// The file name the lesson was read from, for messages (`03-deep-networks.md`).
    public var fileName: String
    /// The `title:` of the front matter.
    public var title: String
    /// The `minutes:` of the front matter (study time), or nil when not given.
    public var minutes: Int?
    /// The `objectives:` list of the front matter.
    public var objectives: [String]
    /// Prose and cells in reading order.
    public var blocks: [LessonBlock]

    /// Creates a lesson.
    public init(
        number: Int, slug: String, fileName: String, title: String, minutes: Int?,
        objectives: [String], blocks: [LessonBlock]
    ) {
        self.number = number
        self.slug = slug
        self.fileName = fileName
        self.title = title
        self.minutes = minutes
        self.objectives = objectives
        self.blocks = blocks
    }

    /// The cells alone, in order; the runner numbers them from 1 (`cell 4/12`).
    public var cells: [LessonCell] {
        blocks.compactMap { block in
            if case .cell(let cell) = block { return cell }
            return nil
        }
    }
}
