/// What a Tab press does to the line, decided from the typed word and the candidates alone
/// (pure, so it is tested without a terminal).
enum CompletionEdit: Equatable, Sendable {
    /// Delete `deleteCount` Unicode scalars before the cursor, then insert `text`.
    case insert(deleteCount: Int, text: String)
    /// Nothing more can be inserted: show these candidates below the line.
    case list([String])
    /// No candidate: beep.
    case beep

    /// Decides the edit for `typed` (the word from its start to the cursor).
    ///
    /// One candidate: complete it, adding a space unless it ends in `/` (a directory, so the
    /// user can keep completing) or `=` (an option, whose value comes right after). Several: insert their longest common prefix if that adds
    /// anything, else list them (which is also what a second Tab does).
    static func decide(typed: String, candidates: [String]) -> CompletionEdit {
        let unique = deduplicated(candidates)
        guard let first = unique.first else { return .beep }
        if unique.count == 1 {
            let suffix = first.hasSuffix("/") || first.hasSuffix("=") ? "" : " "
            return replacing(typed: typed, with: first + suffix) ?? .beep
        }
        let prefix = longestCommonPrefix(unique)
        if prefix.count > typed.count || (!prefix.hasPrefix(typed) && !prefix.isEmpty) {
            if let edit = replacing(typed: typed, with: prefix) { return edit }
        }
        return .list(unique)
    }

    /// The edit that turns `typed` into `replacement`: only the missing rest when `typed` is a
    /// prefix, else the whole word replaced. `nil` when nothing would change.
    static func replacing(typed: String, with replacement: String) -> CompletionEdit? {
        if replacement == typed { return nil }
        if replacement.hasPrefix(typed) {
            return .insert(deleteCount: 0, text: String(replacement.dropFirst(typed.count)))
        }
        return .insert(deleteCount: typed.unicodeScalars.count, text: replacement)
    }

    /// The longest prefix (in `Character`s) shared by every string; `""` for no strings.
    static func longestCommonPrefix(_ strings: [String]) -> String {
        guard let first = strings.first else { return "" }
        var prefix = Substring(first)
        for string in strings.dropFirst() {
            var end = prefix.startIndex
            var other = string.startIndex
            while end < prefix.endIndex, other < string.endIndex, prefix[end] == string[other] {
                end = prefix.index(after: end)
                other = string.index(after: other)
            }
            prefix = prefix[..<end]
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }

    /// `strings` without repeats, first occurrence kept.
    static func deduplicated(_ strings: [String]) -> [String] {
        var seen = Set<String>()
        return strings.filter { seen.insert($0).inserted }
    }
}
