import Foundation
import Language
import Notebook
import Testing

/// `nnlab run script.nn --export`: statements and the script's comments in the script's order.
@Suite struct ScriptNotebookTests {
    @Test func commentsSitBetweenTheirStatements() throws {
        let script = """
        # Data first.
        # Two lines of it.
        data line n=40

        # Then a neuron,
        layer dense 1 sigmoid   # with its own remark
        let w = [1,
          2]
        # and the end.
        """
        let (interpreter, dir) = try scratchInterpreter()
        defer { try? FileManager.default.removeItem(at: dir) }
        interpreter.runScript(script, name: "s.nn", keepGoing: false) { _ in }
        let document = NotebookDocument(script: script, log: interpreter.notebook, title: "s")
        let shape = document.cells.map { cell -> String in
            switch cell {
            case .markdown(let m): return "md:" + m
            case .code(let c): return "code:\(c.number ?? 0):" + c.source
            }
        }
        #expect(shape == ["md:Data first.\nTwo lines of it.", "code:1:data line n=40", "md:Then a neuron,",
                          "code:2:layer dense 1 sigmoid   # with its own remark", "code:3:let w = [1,\n  2]", "md:and the end."])
    }
}
