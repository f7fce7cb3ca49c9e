import Foundation

/// Loading a learner's own comma-separated file (`data load "file.csv" target=label`).
///
/// The rules:
/// - The first row is the header and names every column; names must be non-empty and distinct.
/// - Fields are separated by commas; a field may be quoted with `"` (then it may hold commas,
///   line breaks and `""` for a quote). Spaces around unquoted fields are ignored; blank lines
///   are skipped; `\n`, `\r\n` and a UTF-8 byte-order mark are fine.
/// - The target column is `target` when given (exact name, or the only name equal to it
///   ignoring case, or a column number from 1); otherwise the first of `label`, `target`, `y` present (ignoring case);
///   otherwise the last column. Every other column is a feature and must hold finite numbers.
/// - The task is `task` when given. Otherwise: a target whose values are all numbers is
///   classification when they are all whole numbers with at most 20 distinct values, else
///   regression; a target with words in it is classification (words as class names), unless
///   it also holds numbers that are not a small set of whole numbers, which is reported as a
///   non-number in the target column.
/// - Classes are numbered 0…k−1 in sorted order of their labels (numbers numerically and
///   before words, words alphabetically); `classNames` keeps the original labels.
/// - Every problem is a `DataError` naming the file, the 1-based line and the column.
extension Dataset {
    /// Classes are inferred for an all-whole-number target with at most this many distinct
    /// values.
    public static let maximumInferredClasses = 20

    /// Loads the CSV file at `path`; see the rules above. The data set's name is the file's
    /// name without its extension; errors name the file as `path` was given.
    public static func loadCSV(path: String, target: String? = nil,
                               task: TaskKind? = nil) throws(DataError) -> Dataset {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .cannotRead(file: path, reason: "no such file")
        }
        if isFolder.boolValue { throw .cannotRead(file: path, reason: "it is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(file: path, reason: "the file cannot be opened (permissions?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .cannotRead(file: path, reason: "it is not UTF-8 text")
        }
        let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try loadCSV(text: text, name: path, datasetName: base, target: target, task: task)
    }

    /// Loads CSV `text` as if read from a file called `name` (used in error messages; the
    /// data set's name is `datasetName`, by default `name` without its extension).
    public static func loadCSV(text: String, name: String = "data.csv", datasetName: String? = nil,
                               target: String? = nil, task: TaskKind? = nil) throws(DataError) -> Dataset {
        let file = name
        let records = try CSVRecords.parse(text, file: file)
        guard let headerRecord = records.first else { throw .emptyFile(file: file) }
        let header = headerRecord.fields
        for (i, h) in header.enumerated() where h.isEmpty {
            throw .emptyColumnName(file: file, column: i + 1)
        }
        var seen = Set<String>()
        for h in header {
            if !seen.insert(h).inserted { throw .duplicateColumn(file: file, name: h) }
        }
        let targetColumn = try resolveTarget(target, header: header, file: file)
        guard header.count > 1 else {
            let h = header[0]
            let hint: String? = h.contains(";") ? "is the separator `;`? nnlab reads comma-separated files"
                : h.contains("\t") ? "is the separator a tab? nnlab reads comma-separated files" : nil
            throw .noFeatures(file: file, hint: hint)
        }
        let rows = records.dropFirst()
        guard !rows.isEmpty else { throw .headerOnly(file: file) }

        let featureColumns = (0..<header.count).filter { $0 != targetColumn }
        let targetName = header[targetColumn]
        var features = [Float]()
        features.reserveCapacity(rows.count * featureColumns.count)
        var labels = [(text: String, line: Int)]()
        labels.reserveCapacity(rows.count)
        for record in rows {
            guard record.fields.count == header.count else {
                throw .raggedRow(file: file, line: record.line, fields: record.fields.count,
                                 expected: header.count)
            }
            for c in featureColumns {
                features.append(try number(record.fields[c], file: file, line: record.line,
                                           column: header[c]))
            }
            let t = record.fields[targetColumn]
            if t.isEmpty { throw .missingValue(file: file, line: record.line, column: targetName) }
            labels.append((t, record.line))
        }

        let kind: TaskKind
        if let given = task {
            kind = given
        } else {
            kind = try inferTask(labels, file: file, column: targetName)
        }
        let names = featureColumns.map { header[$0] }
        let datasetName = datasetName ?? URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
        switch kind {
        case .regression:
            var targets = [Float]()
            targets.reserveCapacity(labels.count)
            for l in labels {
                targets.append(try number(l.text, file: file, line: l.line, column: targetName))
            }
            return Dataset(unchecked: datasetName, features: features, featureCount: names.count,
                           targets: targets, targetWidth: 1, task: .regression,
                           featureNames: names, targetName: targetName, classNames: nil,
                           imageShape: nil)
        case .classification:
            let (targets, classNames) = classes(of: labels.map(\.text))
            return Dataset(unchecked: datasetName, features: features, featureCount: names.count,
                           targets: targets, targetWidth: 1,
                           task: .classification(classes: classNames.count),
                           featureNames: names, targetName: targetName, classNames: classNames,
                           imageShape: nil)
        }
    }

    /// The index of the target column, or a did-you-mean error.
    private static func resolveTarget(_ target: String?, header: [String], file: String) throws(DataError) -> Int {
        if let wanted = target {
            if let i = header.firstIndex(of: wanted) { return i }
            let folded = header.indices.filter { header[$0].lowercased() == wanted.lowercased() }
            if folded.count == 1 { return folded[0] }
            // A column number, counted from 1 (a column named like a number wins above).
            if let number = Int(wanted), number >= 1, number <= header.count { return number - 1 }
            throw .unknownTarget(file: file, name: wanted,
                                 suggestion: EditDistance.suggestion(for: wanted, among: header),
                                 columns: header)
        }
        for usual in ["label", "target", "y"] {
            if let i = header.firstIndex(where: { $0.lowercased() == usual }) { return i }
        }
        return header.count - 1
    }

    /// A field as a finite `Float`, or the error saying why not.
    private static func number(_ text: String, file: String, line: Int, column: String) throws(DataError) -> Float {
        if text.isEmpty { throw .missingValue(file: file, line: line, column: column) }
        guard let d = Double(text) else {
            throw .notANumber(file: file, line: line, column: column, value: text)
        }
        let f = Float(d)
        guard d.isFinite, f.isFinite else {
            throw .notFinite(file: file, line: line, column: column, value: text)
        }
        return f
    }

    /// Classification or regression, from the target texts (see the rules on this extension).
    private static func inferTask(_ labels: [(text: String, line: Int)], file: String,
                                  column: String) throws(DataError) -> TaskKind {
        var distinct = Set<String>()
        var allWhole = true
        var firstWord: (text: String, line: Int)?
        for l in labels {
            if let d = Double(l.text) {
                guard d.isFinite else {
                    throw .notFinite(file: file, line: l.line, column: column, value: l.text)
                }
                if d != d.rounded() || abs(d) > 1e15 { allWhole = false }
                distinct.insert(allWhole ? String(Int64(d)) : l.text)
            } else {
                if firstWord == nil { firstWord = l }
                distinct.insert(l.text)
            }
        }
        let fewWhole = allWhole && distinct.count <= maximumInferredClasses
        if let word = firstWord {
            let hasNumbers = labels.contains { Double($0.text) != nil }
            if hasNumbers && !fewWhole {
                throw .notANumber(file: file, line: word.line, column: column, value: word.text)
            }
            return .classification
        }
        return fewWhole ? .classification : .regression
    }

    /// Class indices (sorted labels: numbers numerically first, then words alphabetically)
    /// and the class names, one per class.
    private static func classes(of texts: [String]) -> (targets: [Float], names: [String]) {
        enum Key: Hashable, Comparable {
            case number(Double)
            case word(String)
        }
        func key(_ t: String) -> Key {
            if let d = Double(t), d.isFinite { return .number(d == 0 ? 0 : d) }
            return .word(t)
        }
        var firstText = [Key: String]()
        for t in texts {
            let k = key(t)
            if firstText[k] == nil { firstText[k] = t }
        }
        let sorted = firstText.keys.sorted()
        var index = [Key: Int]()
        for (i, k) in sorted.enumerated() { index[k] = i }
        let names = sorted.map { k -> String in
            if case .number(let d) = k, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
            return firstText[k] ?? ""
        }
        return (texts.map { Float(index[key($0)] ?? 0) }, names)
    }
}

/// The records of a CSV text: fields per row, with the 1-based line each row starts on.
struct CSVRecords {
    /// One row of fields.
    struct Record {
        /// The 1-based line the record starts on.
        var line: Int
        /// The field texts, unquoted; unquoted fields trimmed of spaces and tabs.
        var fields: [String]
    }

    /// Splits `text` into records; blank lines are skipped. Throws only for a quote that is
    /// never closed.
    static func parse(_ text: String, file: String) throws(DataError) -> [Record] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

        var records = [Record]()
        var fields = [String]()
        var field = [UInt8]()
        var quoted = false        // the current field was quoted
        var inQuotes = false      // inside an open quote
        var line = 1
        var recordLine = 1
        var quoteLine = 1

        func endField() {
            if quoted {
                fields.append(String(decoding: field, as: UTF8.self))
            } else {
                var start = field.startIndex, end = field.endIndex
                while start < end && (field[start] == space || field[start] == tab) { start += 1 }
                while end > start && (field[end - 1] == space || field[end - 1] == tab) { end -= 1 }
                fields.append(String(decoding: field[start..<end], as: UTF8.self))
            }
            field.removeAll(keepingCapacity: true)
            quoted = false
        }
        func endRecord() {
            endField()
            let blank = fields.count == 1 && fields[0].isEmpty
            if !blank { records.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count && bytes[i + 1] == quote {
                        field.append(quote)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == newline { line += 1 }
                    field.append(b)
                }
            } else if b == quote && !quoted && field.allSatisfy({ $0 == space || $0 == tab }) {
                field.removeAll(keepingCapacity: true)
                quoted = true
                inQuotes = true
                quoteLine = line
            } else if b == comma {
                endField()
            } else if b == newline || b == cr {
                if b == cr && i + 1 < bytes.count && bytes[i + 1] == newline { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else if quoted {
                // Text after a closing quote: keep it unless it is padding.
                if b != space && b != tab { field.append(b) }
            } else {
                field.append(b)
            }
            i += 1
        }
        if inQuotes { throw .unterminatedQuote(file: file, line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty || quoted { endRecord() }
        return records
    }
}
