import Foundation
import Language
import LineEditor

/// Connects the line editor's Tab key to the language's completions (character offsets on
/// one side, UTF-8 offsets on the other), and completes file paths inside quotes.
enum CompletionBridge {
    static func complete(line: String, cursor: Int) -> Completion {
        let before = String(line.prefix(cursor))
        let quotes = before.filter { $0 == "\"" }.count
        if quotes % 2 == 1, let open = before.lastIndex(of: "\"") {
            let prefix = String(before[before.index(after: open)...])
            let start = before.distance(from: before.startIndex, to: open) + 1
            return Completion(candidates: PathCompleter.candidates(prefix: prefix), wordStart: start)
        }
        let (startByte, candidates) = Completions.completions(line: line, cursor: before.utf8.count)
        let utf8 = Array(line.utf8)
        let startText = String(decoding: utf8.prefix(max(0, min(startByte, utf8.count))), as: UTF8.self)
        return Completion(candidates: candidates, wordStart: startText.count)
    }
}
