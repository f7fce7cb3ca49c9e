import Foundation

/// Where the lesson files are: `$NNLAB_LESSONS`, else `lessons/` in the current folder, else
/// the `lessons/` folder of the checkout the executable was built in (found by walking up
/// from the executable's own path).
public enum LessonDirectory {
    /// The lessons folder, or nil when none is found.
    public static func locate(environment: [String: String], currentDirectory: URL, executable: URL) -> URL? {
        let fm = FileManager.default
        func isLessonFolder(_ url: URL) -> Bool {
            guard let names = try? fm.contentsOfDirectory(atPath: url.path) else { return false }
            return names.contains { $0.hasSuffix(".md") && $0.first?.isNumber == true }
        }
        if let explicit = environment["NNLAB_LESSONS"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        let here = currentDirectory.appendingPathComponent("lessons")
        if isLessonFolder(here) { return here }
        var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("lessons")
            if isLessonFolder(candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
