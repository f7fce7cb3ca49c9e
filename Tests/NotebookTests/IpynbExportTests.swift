import Foundation
import Language
import Notebook
import Testing

/// `export "day1.ipynb"`: a Jupyter notebook the nbformat package accepts.
@Suite struct IpynbExportTests {
    /// Whether Python's nbformat package is there (`scripts/test` installs it and sets
    /// NNLAB_REQUIRE_NBFORMAT=1, so CI never skips the validation).
    static let canValidate: Bool = {
        ProcessInfo.processInfo.environment["NNLAB_REQUIRE_NBFORMAT"] == "1" || python(["-c", "import nbformat"])?.status == 0
    }()

    /// The sample session exported, read back, and the scratch folder (removed by the caller).
    func exported() throws -> (text: String, url: URL, dir: URL) {
        let (interpreter, dir) = try scratchInterpreter()
        type(sampleSession + "\nexport \"day1.ipynb\"", into: interpreter)
        let url = dir.appendingPathComponent("day1.ipynb")
        return (try String(contentsOf: url, encoding: .utf8), url, dir)
    }

    @Test func theNotebookHoldsCellsOutputsAndAKernelspec() throws {
        let (text, _, dir) = try exported()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["nbformat"] as? Int == 4)
        let metadata = try #require(json["metadata"] as? [String: Any])
        #expect((metadata["kernelspec"] as? [String: Any])?["name"] as? String == "nnlab")
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.map { $0["cell_type"] as? String } == ["markdown", "markdown"] + Array(repeating: "code", count: 9))
        let code = cells.filter { $0["cell_type"] as? String == "code" }
        #expect(code.map { $0["execution_count"] as? Int } == Array(1...9))
        let outputTypes = code.flatMap { ($0["outputs"] as? [[String: Any]] ?? []).compactMap { $0["output_type"] as? String } }
        #expect(outputTypes.contains("stream") && outputTypes.contains("display_data") && outputTypes.contains("error"))
        let data = code.flatMap { ($0["outputs"] as? [[String: Any]] ?? []).compactMap { $0["data"] as? [String: Any] } }
        #expect(data.contains { $0["image/svg+xml"] != nil && $0["text/plain"] != nil })
        #expect(data.contains { $0["text/html"] != nil && $0["image/svg+xml"] == nil })   // the table
        #expect(((code[2]["metadata"] as? [String: Any])?["tags"] as? [String]) == ["undone"])
        #expect(text.hasSuffix("}\n") && !text.contains("\\/"))
    }

    @Test func theSameSessionGivesTheSameBytes() throws {
        let first = try exported(), second = try exported()
        defer { try? FileManager.default.removeItem(at: first.dir); try? FileManager.default.removeItem(at: second.dir) }
        #expect(first.text == second.text)
    }

    @Test(.enabled(if: IpynbExportTests.canValidate, "Python's nbformat package is not installed"))
    func nbformatValidatesIt() throws {
        let (_, url, dir) = try exported()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try #require(python(["-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')", url.path]))
        #expect(result.status == 0 && result.output.contains("valid"), "\(result.output)")
    }

    /// Whether jupyter nbconvert is there (it is optional: `scripts/test` installs it when it can).
    static let canConvert: Bool = python(["-c", "import nbconvert"])?.status == 0

    @Test(.enabled(if: IpynbExportTests.canConvert, "jupyter nbconvert is not installed"))
    func nbconvertOpensIt() throws {
        let (_, url, dir) = try exported()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try #require(python(["-m", "nbconvert", "--to", "html", "--log-level", "ERROR", url.path]))
        #expect(result.status == 0, "\(result.output)")
        let html = try String(contentsOf: dir.appendingPathComponent("day1.html"), encoding: .utf8)
        #expect(html.contains("data spiral n=120") && html.contains("image/svg+xml"))   // nbconvert embeds SVG as data
    }
}
