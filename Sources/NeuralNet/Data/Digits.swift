extension Dataset {
    /// The 8×8 handwritten digits shipped with nnlab: 1,797 images, 10 classes.
    ///
    /// 64 features `p0…p63` (row-major pixels, value = pixel/16, so 0…1), target `label`
    /// (class index = the digit, class names "0"…"9"), `imageShape` 8×8. Rows are in the
    /// shipped order, which is `bench/SPEC.md` §3's seeded permutation (so P2's train set is
    /// the first 1,437 rows and its test set the last 360). Parsed once, then shared.
    ///
    /// Data: "Optical Recognition of Handwritten Digits", E. Alpaydin and C. Kaynak, UCI
    /// Machine Learning Repository (1998), CC BY 4.0 (as scikit-learn's `load_digits()`).
    public static func digits() -> Dataset { digitsCache }

    /// The parsed digits, built on first use.
    private static let digitsCache: Dataset = parseDigits(digitsCSV)

    /// Parses the shipped digits text: a header line, then rows of 64 pixels and a label,
    /// all small non-negative integers. A malformed row (there is none) would be skipped.
    static func parseDigits(_ text: String) -> Dataset {
        var features = [Float]()
        var targets = [Float]()
        features.reserveCapacity(1797 * 64)
        targets.reserveCapacity(1797)
        var row = [Int]()
        row.reserveCapacity(65)
        var value = 0
        var inNumber = false
        var header = true
        func finishRow() {
            if row.count == 65, let label = row.last, (0..<10).contains(label),
               row.dropLast().allSatisfy({ (0...16).contains($0) }) {
                for p in row.dropLast() { features.append(Float(p) / 16) }
                targets.append(Float(label))
            }
            row.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if header {
                if byte == UInt8(ascii: "\n") { header = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = min(value * 10 + Int(byte - UInt8(ascii: "0")), 1_000_000)
                inNumber = true
            case UInt8(ascii: ","):
                row.append(inNumber ? value : -1)
                value = 0
                inNumber = false
            case UInt8(ascii: "\n"):
                if inNumber || !row.isEmpty { row.append(inNumber ? value : -1) }
                value = 0
                inNumber = false
                finishRow()
            default:
                break
            }
        }
        if inNumber || !row.isEmpty { row.append(inNumber ? value : -1) }
        finishRow()
        return Dataset(unchecked: "digits", features: features, featureCount: 64,
                       targets: targets, targetWidth: 1, task: .classification(classes: 10),
                       featureNames: (0..<64).map { "p\($0)" }, targetName: "label",
                       classNames: (0..<10).map { String($0) },
                       imageShape: ImageShape(rows: 8, cols: 8))
    }
}
