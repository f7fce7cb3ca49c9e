import Foundation
@testable import Language
import Plotting
import Testing

/// `train N live` redraws a picture while training on a terminal, and prints what `train N`
/// prints anywhere else.
@Suite struct LiveTrainingTests {
    func outputs(_ script: String, live: Bool) throws -> [Output] {
        let (interpreter, dir) = try scratchInterpreter(live: live)
        defer { try? FileManager.default.removeItem(at: dir) }
        return type(script, into: interpreter)
    }

    @Test func onATerminalTheBoundaryIsRedrawnAndShownAtTheEnd() throws {
        let out = try outputs("data spiral n=100\nlayer dense 8 tanh\ntrain 20 live", live: true)
        let frames = out.compactMap { if case .live(let p) = $0 { return p } else { return nil } }
        #expect(!frames.isEmpty)
        #expect(frames.allSatisfy { $0 is RegionMap })
        #expect((frames.first as? RegionMap)?.title?.contains("epoch 1 ") == true)   // the first epoch draws at once
        let pictures = out.compactMap { if case .picture(let p) = $0 { return p } else { return nil } }
        #expect(pictures.count == 2 && pictures[0] is RegionMap && pictures[1] is LinePlot)
    }

    @Test func dataOffThePlaneRedrawsTheCurve() throws {
        let out = try outputs("data sine n=60\nlayer dense 8 tanh\ntrain 6 live", live: true)
        let frames = out.compactMap { if case .live(let p) = $0 { return p } else { return nil } }
        #expect(!frames.isEmpty && frames.allSatisfy { $0 is LinePlot })
    }

    @Test func inAPipeLiveChangesNothing() throws {
        let plain = try outputs("data spiral n=100\nlayer dense 8 tanh\ntrain 20", live: false).compactMap { $0.plainText() }
        let live = try outputs("data spiral n=100\nlayer dense 8 tanh\ntrain 20 live", live: false).compactMap { $0.plainText() }
        #expect(plain.count > 3)
        #expect(plain == live)
    }

    @Test func compareShowsProgressOnATerminalOnly() throws {
        let script = "data circle n=80\nlayer dense 4 tanh\ncompare lr 0.01 0.1 epochs=3"
        let onTerminal = try outputs(script, live: true)
        let bars = onTerminal.compactMap { if case .progress(let bar) = $0 { return bar } else { return nil } }
        #expect(bars.count == 6)
        #expect(bars.first?.label == "lr 0.01 (1 of 2)" && bars.last?.label == "lr 0.1 (2 of 2)")
        #expect(bars.map(\.fraction) == bars.map(\.fraction).sorted() && bars.last?.fraction == 1)
        let piped = try outputs(script, live: false)
        #expect(!piped.contains { if case .progress = $0 { return true } else { return false } })
    }

    @Test func thePacerDrawsAtOnceThenWaits() {
        var pacer = LivePacer()
        #expect(pacer.isDue(at: 5))
        pacer.drew(from: 5, to: 1_000_005)   // 1 ms to draw: wait the interval
        #expect(!pacer.isDue(at: 50_000_000) && pacer.isDue(at: 101_000_005))
        pacer.drew(from: 200_000_000, to: 250_000_000)   // 50 ms to draw: wait 9× that
        #expect(!pacer.isDue(at: 600_000_000) && pacer.isDue(at: 700_000_000))
    }
}
