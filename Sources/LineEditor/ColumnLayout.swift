/// Lays out completion candidates in columns, filled top to bottom like `ls` (pure).
enum ColumnLayout {
    /// Gap between columns, in terminal cells.
    static let gap = 2

    /// The text lines that show `items` in as many columns as fit in `width` cells.
    /// Each item counts one cell per `Character`; lines carry no trailing spaces.
    static func lines(for items: [String], width: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let widest = items.map(\.count).max() ?? 0
        let columnWidth = widest + gap
        let columns = max(1, min(items.count, (max(width, 1) + gap) / columnWidth))
        let rows = (items.count + columns - 1) / columns
        var result: [String] = []
        result.reserveCapacity(rows)
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < items.count else { break }
                let item = items[index]
                let isLast = column == columns - 1 || (column + 1) * rows + row >= items.count
                line += isLast ? item : item + String(repeating: " ", count: columnWidth - item.count)
            }
            result.append(line)
        }
        return result
    }

    /// The names shown in a listing: the directory part shared by all path candidates is
    /// dropped (`data/a.csv`, `data/b.csv` list as `a.csv`, `b.csv`).
    static func displayNames(for candidates: [String]) -> [String] {
        let prefix = CompletionEdit.longestCommonPrefix(candidates)
        guard let slash = prefix.lastIndex(of: "/") else { return candidates }
        let cut = prefix.distance(from: prefix.startIndex, to: slash) + 1
        return candidates.map { candidate in
            let rest = String(candidate.dropFirst(cut))
            return rest.isEmpty ? candidate : rest
        }
    }
}
