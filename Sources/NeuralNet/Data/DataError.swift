/// Everything that can go wrong while making, loading, splitting or batching a data set.
///
/// Each case carries what a learner needs to fix the problem: the file, the 1-based line,
/// the column name and the offending text where they apply. `description` is the sentence
/// to show; `file`, `line` and `column` let a front end point at the place.
public enum DataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read (missing, a folder, no permission, not UTF-8).
    case cannotRead(file: String, reason: String)
    /// The file holds nothing but white space.
    case emptyFile(file: String)
    /// The file has a header row and no data rows.
    case headerOnly(file: String)
    /// A header field is empty (`column` is the 1-based position).
    case emptyColumnName(file: String, column: Int)
    /// Two header fields have the same name.
    case duplicateColumn(file: String, name: String)
    /// A quoted field is never closed; `line` is where the quote opened.
    case unterminatedQuote(file: String, line: Int)
    /// A data row has a different number of fields from the header.
    case raggedRow(file: String, line: Int, fields: Int, expected: Int)
    /// A feature (or regression target) field is not a number.
    case notANumber(file: String, line: Int, column: String, value: String)
    /// A field is empty.
    case missingValue(file: String, line: Int, column: String)
    /// A field is NaN or infinite (or too large for a 32-bit float).
    case notFinite(file: String, line: Int, column: String, value: String)
    /// The requested target column is not in the header; `suggestion` is the closest name.
    case unknownTarget(file: String, name: String, suggestion: String?, columns: [String])
    /// The file has only the target column, so there is nothing to learn from.
    case noFeatures(file: String, hint: String?)
    /// Split percentages are negative or do not add up to 100.
    case badSplit(train: Double, valid: Double, test: Double)
    /// An explicit split index lies outside the data set.
    case indexOutOfRange(index: Int, count: Int)
    /// A generator or helper argument is out of its range, e.g. `n=-3` or `noise=-1`.
    case invalidArgument(name: String, value: String, expected: String)
    /// Arrays handed to `Dataset.init` do not fit the shape they claim.
    case shapeMismatch(String)

    /// The file the error is about, when there is one.
    public var file: String? {
        switch self {
        case .cannotRead(let f, _), .emptyFile(let f), .headerOnly(let f),
             .emptyColumnName(let f, _), .duplicateColumn(let f, _),
             .unterminatedQuote(let f, _), .raggedRow(let f, _, _, _),
             .notANumber(let f, _, _, _), .missingValue(let f, _, _),
             .notFinite(let f, _, _, _), .unknownTarget(let f, _, _, _), .noFeatures(let f, _):
            return f
        default:
            return nil
        }
    }

    /// The 1-based line of the file the error is about, when there is one.
    public var line: Int? {
        switch self {
        case .headerOnly, .emptyColumnName, .duplicateColumn, .unknownTarget, .noFeatures:
            return 1
        case .unterminatedQuote(_, let l), .raggedRow(_, let l, _, _),
             .notANumber(_, let l, _, _), .missingValue(_, let l, _), .notFinite(_, let l, _, _):
            return l
        default:
            return nil
        }
    }

    /// The column name the error is about, when there is one.
    public var column: String? {
        switch self {
        case .notANumber(_, _, let c, _), .missingValue(_, _, let c), .notFinite(_, _, let c, _):
            return c
        case .duplicateColumn(_, let name):
            return name
        case .unknownTarget(_, let name, _, _):
            return name
        default:
            return nil
        }
    }

    /// The message to show, e.g. "data.csv: line 7 has 3 fields, the header has 4".
    public var description: String {
        switch self {
        case .cannotRead(let f, let reason):
            return "cannot read \(f): \(reason)"
        case .emptyFile(let f):
            return "\(f): the file is empty"
        case .headerOnly(let f):
            return "\(f): the file has a header row but no data rows"
        case .emptyColumnName(let f, let c):
            return "\(f): line 1, column \(c) of the header has no name"
        case .duplicateColumn(let f, let name):
            return "\(f): line 1, the header names column `\(name)` twice"
        case .unterminatedQuote(let f, let l):
            return "\(f): line \(l) opens a quoted field that is never closed"
        case .raggedRow(let f, let l, let n, let expected):
            return "\(f): line \(l) has \(n) field\(n == 1 ? "" : "s"), the header has \(expected)"
        case .notANumber(let f, let l, let c, let v):
            return "\(f): line \(l), column `\(c)`: `\(v)` is not a number"
        case .missingValue(let f, let l, let c):
            return "\(f): line \(l), column `\(c)` is empty"
        case .notFinite(let f, let l, let c, let v):
            return "\(f): line \(l), column `\(c)`: `\(v)` is not a finite number"
        case .unknownTarget(let f, let name, let suggestion, let columns):
            var text = "\(f): there is no column `\(name)`"
            if let s = suggestion { text += "; did you mean `\(s)`?" }
            text += " (columns: " + columns.map { "`\($0)`" }.joined(separator: ", ") + ")"
            return text
        case .noFeatures(let f, let hint):
            var text = "\(f): the file has only the target column, no feature columns"
            if let h = hint { text += "; \(h)" }
            return text
        case .badSplit(let a, let b, let c):
            if a < 0 || b < 0 || c < 0 || !(a + b + c).isFinite {
                return "split percentages must be 0 or more, got \(fmt(a)) \(fmt(b)) \(fmt(c))"
            }
            return "split percentages must add up to 100, got \(fmt(a)) + \(fmt(b)) + \(fmt(c)) = \(fmt(a + b + c))"
        case .indexOutOfRange(let i, let n):
            return "index \(i) is outside the data set (it has \(n) rows, indices 0…\(max(n - 1, 0)))"
        case .invalidArgument(let name, let value, let expected):
            return "\(name)=\(value) is out of range: \(expected)"
        case .shapeMismatch(let what):
            return "data shapes do not fit: \(what)"
        }
    }
}

/// A percentage without a useless ".0".
private func fmt(_ x: Double) -> String {
    if x.isFinite && x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
    return String(x)
}
