import Foundation

/// The lessons of a folder: finding the files, loading one by number, and the menu.
public enum LessonCatalog {
    /// The lesson files (`NN-slug.md`) in `directory`, sorted by name. Other files (a README)
    /// are ignored.
    public static func lessonFiles(in directory: URL) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return names.filter { LessonFileName($0) != nil }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The file of lesson `number` in `directory`, or nil when there is none.
    public static func file(number: Int, in directory: URL) -> URL? {
        (try? lessonFiles(in: directory))?.first { LessonFileName($0.lastPathComponent)?.number == number }
    }

    /// Loads lesson `number` from `directory`.
    public static func load(number: Int, from directory: URL) throws(LessonError) -> Lesson {
        guard let url = file(number: number, in: directory) else {
            throw LessonError(file: directory.path, line: 1, message: "there is no lesson \(number)")
        }
        return try LessonParser.parse(contentsOf: url)
    }

    /// The lesson menu for the welcome screen and `lessons`: one line per lesson,
    /// `01 The neuron — done`, `02 Activations — in progress at cell 3 of 9`,
    /// `03 Deep networks — new`; a file that cannot be read is listed with its error.
    public static func menu(directory: URL, progress: ProgressStore?) -> String {
        guard let files = try? lessonFiles(in: directory), !files.isEmpty else {
            return "No lessons found in \(directory.path)."
        }
        let records = progress?.all() ?? [:]
        return files.map { url -> String in
            let name = LessonFileName(url.lastPathComponent)
            let number = name.map { $0.number < 10 ? "0\($0.number)" : "\($0.number)" } ?? "??"
            do throws(LessonError) {
                let lesson = try LessonParser.parse(contentsOf: url)
                let state = LessonState(progress: records[lesson.number], cellCount: lesson.cells.count)
                return "\(number) \(lesson.title) — \(state)"
            } catch {
                return "\(number) (cannot be read: \(error))"
            }
        }.joined(separator: "\n")
    }
}
