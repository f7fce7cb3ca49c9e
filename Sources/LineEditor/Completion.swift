/// The answer of a completer: candidates for the word under the cursor.
///
/// Offsets count `Character`s of the line the completer was given.
public struct Completion: Equatable, Sendable {
    /// Full replacement texts for the word that starts at ``wordStart`` and ends at the cursor.
    public var candidates: [String]
    /// Where the word being completed starts (a `Character` offset into the line).
    public var wordStart: Int

    /// Creates a completion.
    /// - Parameters:
    ///   - candidates: full replacement texts for the word (not only the missing rest).
    ///   - wordStart: `Character` offset in the line where the word begins.
    public init(candidates: [String], wordStart: Int) {
        self.candidates = candidates
        self.wordStart = wordStart
    }

    /// No candidates: Tab beeps.
    public static let none = Completion(candidates: [], wordStart: 0)
}
