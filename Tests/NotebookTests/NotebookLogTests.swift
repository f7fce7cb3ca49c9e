import Foundation
import Language
import Notebook
import Plotting
import Testing

/// The interpreter keeps, per statement typed at the top level, its number, text and outputs;
/// undone statements are marked, not lost.
@Suite struct NotebookLogTests {
    @Test func everyStatementKeepsItsNumberTextAndOutputs() throws {
        let (interpreter, dir) = try scratchInterpreter()
        defer { try? FileManager.default.removeItem(at: dir) }
        type(sampleSession, into: interpreter)
        let entries = interpreter.notebook.entries
        #expect(entries.map(\.number) == [nil, 1, 2, 3, 4, 5, 6, 7, 8, 9])
        #expect(entries.first?.source == "# A first look at the spiral.")
        #expect(entries[1].source == "data spiral n=120")
        #expect(entries[3].outputs.contains { if case .picture = $0 { return true } else { return false } })   // train's curve
        #expect(entries[4].outputs.contains { if case .picture(let p) = $0 { return p is Table } else { return false } })
        #expect(entries[6].failed && entries[6].outputs.count == 1)
        // `undo` took back `train 12` (the last change): marked with the undo's number.
        #expect(entries[3].undoneBy == 8)
        #expect(entries.filter(\.isUndone).count == 1)
        #expect(entries[9].failed)   // after the undo there is no training history
    }

    @Test func progressAndLivePicturesAreNotKept() throws {
        let (interpreter, dir) = try scratchInterpreter(live: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outputs = type("data circle n=100\nlayer dense 4 tanh\ntrain 5 live", into: interpreter)
        #expect(outputs.contains { if case .progress = $0 { return true } else { return false } })
        #expect(outputs.contains { if case .live = $0 { return true } else { return false } })
        let kept = try #require(interpreter.notebook.entries.last).outputs
        #expect(!kept.contains { if case .progress = $0 { return true } else { return false } })
        #expect(!kept.contains { if case .live = $0 { return true } else { return false } })
        #expect(kept.contains { if case .picture(let p) = $0 { return p is RegionMap } else { return false } })
    }

    @Test func aScriptRunIsOneEntryAndExportsAreLeftOut() throws {
        let (interpreter, dir) = try scratchInterpreter()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "data line n=50\nlayer dense 1 sigmoid\n".write(to: dir.appendingPathComponent("a.nn"), atomically: true, encoding: .utf8)
        type("run \"a.nn\"\nexport \"x.html\"\nevaluate", into: interpreter)
        let entries = interpreter.notebook.entries
        #expect(entries.count == 3)
        #expect(entries[0].source == "run \"a.nn\"" && entries[0].outputs.count == 2)
        #expect(entries[1].isExport)
        #expect(interpreter.notebook.exported.map(\.source) == ["run \"a.nn\"", "evaluate"])
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.html").path))
    }

    @Test func exportRefusesOtherNamesAndMissingFolders() throws {
        let (interpreter, dir) = try scratchInterpreter()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outputs = type("export \"day1.pdf\"\nexport \"no/such/folder/a.html\"\nexport \"ok.IPYNB\"", into: interpreter)
        let errors = outputs.compactMap { if case .error(let d, _) = $0 { return d.summary } else { return nil } }
        #expect(errors.count == 2)
        #expect(errors.first?.contains(".html") == true && errors.last?.contains("no folder") == true)
        let requests = outputs.compactMap { if case .export(let r) = $0 { return r } else { return nil } }
        #expect(requests.map(\.format) == [.ipynb])
    }

    @Test func setWidthAndHeightAreSettingsUndoTakesBack() throws {
        let (interpreter, dir) = try scratchInterpreter()
        defer { try? FileManager.default.removeItem(at: dir) }
        type("set width 160\nset height 50", into: interpreter)
        #expect(interpreter.session.pictureSize == PictureSize(width: 160, height: 50))
        type("undo\nset width 0", into: interpreter)
        #expect(interpreter.session.pictureSize == PictureSize())
        let outputs = type("set width 5000\ncompare width 80 120", into: interpreter)
        #expect(outputs.filter(\.isError).count == 2)
    }
}
