import Testing
import Autodiff

/// SplitMix64 against the test vectors of bench/SPEC.md §1.
@Suite struct RandomTests {
    @Test func seedZeroStream() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.nextU64() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.nextU64() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.nextU64() == 0x06C4_5D18_8009_454F)
    }

    @Test func uniformFromSeedEleven() {
        var rng = SplitMix64(seed: 11)
        #expect(rng.uniform() == 0.3162443929209082)
        #expect(rng.uniform() == 0.2623651517737182)
    }

    @Test func shuffleFromSeedEleven() {
        var rng = SplitMix64(seed: 11)
        var items = Array(0..<10)
        rng.shuffle(&items)
        #expect(items == [1, 9, 8, 6, 7, 2, 0, 5, 4, 3])
    }

    @Test func normalDrawsHaveUnitMoments() {
        var rng = SplitMix64(seed: 3)
        let draws = (0..<20_000).map { _ in rng.normal() }
        let mean = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(draws.count)
        #expect(Swift.abs(mean) < 0.03)
        #expect(Swift.abs(variance - 1) < 0.05)
    }

    @Test func belowStaysInRange() {
        var rng = SplitMix64(seed: 8)
        var seen = Set<Int>()
        for _ in 0..<500 { let v = rng.below(7); #expect((0..<7).contains(v)); seen.insert(v) }
        #expect(seen.count == 7)
    }
}
