import Plotting
import Testing

@Suite struct RegionCellTests {
    @Test func theLikeliestClassWinsWithItsLeadOverAGuess() {
        let cell = RegionCell(classProbabilities: [0.2, 0.5, 0.3])
        #expect(cell.winner == 1)
        #expect(abs(cell.confidence - 0.25) < 1e-6)  // (0.5 − 1/3) / (1 − 1/3)
        #expect(RegionCell(classProbabilities: [0.25, 0.25, 0.25, 0.25]).confidence == 0)
        #expect(RegionCell(classProbabilities: [0, 0, 1]).confidence == 1)
    }

    /// Two classes give the same cell whether the map was made from p(class 1) or from both.
    @Test func twoClassesAgreeWithTheClassOneProbability() {
        for p: Float in [0, 0.1, 0.25, 0.4, 0.6, 0.75, 0.9, 1] {
            let a = RegionCell(classOneProbability: p), b = RegionCell(classProbabilities: [1 - p, p])
            #expect(a.winner == b.winner, "p = \(p)")
            #expect(abs(a.confidence - b.confidence) < 1e-6, "p = \(p)")
        }
    }

    @Test func nonFiniteProbabilitiesGiveNoConfidence() {
        #expect(RegionCell(classProbabilities: [0.5, .nan]).confidence.isNaN)
        #expect(RegionCell(classProbabilities: []).confidence.isNaN)
        #expect(RegionCell(classOneProbability: .infinity).confidence.isNaN)
        #expect(RegionCell(winner: 2, confidence: 7).confidence == 1)
    }
}
