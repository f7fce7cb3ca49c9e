import Foundation
import Language
import Notebook
import Plotting
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A fresh interpreter in a scratch folder (removed by `cleanUp`).
func scratchInterpreter(live: Bool = false) throws -> (Interpreter, URL) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nnlab-notebook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let interpreter = Interpreter(seed: 1, workingDirectory: dir)
    interpreter.liveProgress = live
    return (interpreter, dir)
}

/// Runs `script` statement by statement as the prompt does (comments included), keeping
/// every output; `export` requests are served with the notebook writers.
@discardableResult
func type(_ script: String, into interpreter: Interpreter) -> [Output] {
    var outputs: [Output] = []
    for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
        interpreter.run(String(line), line: 1) { output in
            outputs.append(output)
            if case .export(let request) = output { _ = try? NotebookFile.export(interpreter.notebook, request: request) }
        }
    }
    return outputs
}

/// A session with text, a table, pictures, an error, a comment and an undone statement.
let sampleSession = """
# A first look at the spiral.
data spiral n=120
layer dense 6 tanh
train 12
evaluate
show boundary
trian 3
show weights
undo
show curve
"""

/// Runs `python3` with `arguments`: its exit status and output (nil when it cannot be started).
func python(_ arguments: [String]) -> (status: Int32, output: String)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Element counts of an XML document, or nil when it is not well-formed.
final class XMLCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var ids: [String] = []
    var texts: [String] = []
    private var text = ""
    private var inText = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        if let id = attributes["id"] { ids.append(id) }
        if name == "text" { inText = true; text = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { text += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.append(text); inText = false }
    }

    static func parse(_ xml: String) -> XMLCounter? {
        let parser = XMLParser(data: Data(xml.utf8))
        let counter = XMLCounter()
        parser.delegate = counter
        return parser.parse() ? counter : nil
    }
}
