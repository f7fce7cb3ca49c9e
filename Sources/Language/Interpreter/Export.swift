import Foundation

/// `export "day1.html"` / `export "day1.ipynb"`: the session so far, every statement with its
/// outputs, as a self-contained page or a Jupyter notebook. The interpreter checks the path
/// and hands an `.export` request to the front end, which owns the writers.
extension Interpreter {
    /// Checks where `export` writes and asks the front end to write the notebook there.
    func export(to path: String, at span: SourceSpan, output: (Output) -> Void) throws(Diagnostic) {
        guard let format = NotebookFormat(path: path) else {
            throw Diagnostic("`export` writes an HTML page (.html) or a Jupyter notebook (.ipynb), and \(path.isEmpty ? "an empty name" : path) is neither",
                             at: span, expected: "a name like `\"day1.html\"` or `\"day1.ipynb\"`")
        }
        let url = resolve(path)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Diagnostic("there is no folder \(folder.path) to export \(path) to", at: span, expected: "a path in an existing folder")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Diagnostic("\(path) is a folder", at: span, expected: "a file name such as `\"day1.html\"`")
        }
        if runDepth == 0, let entry = currentEntry { notebook.markExport(entry) }
        output(.export(ExportRequest(path: path, url: url, format: format)))
    }
}
