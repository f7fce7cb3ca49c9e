import Foundation

/// A learner's progress through the lessons, kept in one plain-text file, one line per lesson
/// (`03 cell=5 solved=2,4 done=no`). Every change rereads the file and rewrites it atomically
/// (temporary file, then rename), so an interrupted write never loses earlier progress.
public struct ProgressStore: Sendable {
    /// The progress file.
    public let fileURL: URL

    /// A store kept in `fileURL` (tests pass a temporary folder).
    public init(fileURL: URL) {
        self.fileURL = fileURL
    }

    /// The per-user file: `$XDG_DATA_HOME/nnlab/progress`, by default
    /// `~/.local/share/nnlab/progress` (`HOME` from `environment`; the current folder when unset).
    public static func defaultFileURL(environment: [String: String]) -> URL {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return URL(fileURLWithPath: data).appendingPathComponent("nnlab/progress")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/nnlab/progress")
    }

    /// Every lesson's record, by lesson number (empty when the file does not exist yet).
    /// Lines that cannot be read are ignored.
    public func all() -> [Int: LessonProgress] {
        guard let text = try? String(contentsOf: fileURL, encoding: .utf8) else { return [:] }
        var records: [Int: LessonProgress] = [:]
        for line in text.split(separator: "\n") {
            if let record = LessonProgress(line: String(line)) { records[record.lesson] = record }
        }
        return records
    }

    /// The record of lesson `number`, or nil when the learner has not started it.
    public func progress(lesson number: Int) -> LessonProgress? {
        all()[number]
    }

    /// Stores `record`, replacing the lesson's earlier one.
    public func save(_ record: LessonProgress) throws {
        var records = all()
        records[record.lesson] = record
        try write(records)
    }

    /// Changes lesson `number`'s record (starting from a new one at cell 1) and stores it.
    @discardableResult
    public func update(lesson number: Int, _ change: (inout LessonProgress) -> Void) throws -> LessonProgress {
        var record = progress(lesson: number) ?? LessonProgress(lesson: number)
        change(&record)
        record.lesson = number
        try save(record)
        return record
    }

    /// Forgets lesson `number`: it shows as new again.
    public func forget(lesson number: Int) throws {
        var records = all()
        guard records.removeValue(forKey: number) != nil else { return }
        try write(records)
    }

    private func write(_ records: [Int: LessonProgress]) throws {
        let text = records.keys.sorted().compactMap { records[$0]?.line }.map { $0 + "\n" }.joined()
        try AtomicFile.write(text, to: fileURL)
    }
}
