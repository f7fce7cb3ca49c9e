/// How many terminal cells text occupies: East Asian Wide and Fullwidth characters and emoji
/// count 2, combining marks and other zero-width characters count 0, the rest count 1.
///
/// A small table of ranges, written in Swift so the result does not depend on the C library's
/// locale (`wcwidth`).
public enum DisplayWidth {
    /// The display width of one Unicode scalar: 0, 1 or 2.
    public static func of(scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if inRanges(v, zeroWidth) { return 0 }
        if v < 0x1100 { return 1 }
        if inRanges(v, wide) { return 2 }
        return 1
    }

    /// The display width of one character (grapheme cluster): the width of its first scalar,
    /// or 2 when an emoji presentation selector (U+FE0F) follows a narrow base.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let w = of(scalar: first)
        if w == 1, scalars.count > 1, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if w == 0, scalars.count > 1 {
            return scalars.dropFirst().map { of(scalar: $0) }.max() ?? 0
        }
        return w
    }

    /// The display width of a string: the sum over its characters.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for c in text {
            if c.isASCII {
                total += (c == "\n" || c == "\t" || c.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true) ? 0 : 1
            } else {
                total += of(c)
            }
        }
        return total
    }

    /// `text` cut to at most `width` cells; when cut, the last cell is `ellipsis` (`…`, or `~`
    /// in ASCII-only output).
    public static func truncate(_ text: String, to width: Int, asciiOnly: Bool = false) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsis: Character = asciiOnly ? "~" : "…"
        var out = ""
        var used = 0
        for c in text {
            let w = of(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        out.append(ellipsis)
        return out
    }

    /// `text` padded with spaces on the right to `width` cells (truncated if longer).
    public static func padRight(_ text: String, to width: Int, asciiOnly: Bool = false) -> String {
        let t = truncate(text, to: width, asciiOnly: asciiOnly)
        return t + String(repeating: " ", count: max(0, width - of(t)))
    }

    /// `text` padded with spaces on the left to `width` cells (truncated if longer).
    public static func padLeft(_ text: String, to width: Int, asciiOnly: Bool = false) -> String {
        let t = truncate(text, to: width, asciiOnly: asciiOnly)
        return String(repeating: " ", count: max(0, width - of(t))) + t
    }

    /// `text` centred in `width` cells (truncated if longer; the extra space goes right).
    public static func center(_ text: String, in width: Int, asciiOnly: Bool = false) -> String {
        let t = truncate(text, to: width, asciiOnly: asciiOnly)
        let free = max(0, width - of(t))
        return String(repeating: " ", count: free / 2) + t
            + String(repeating: " ", count: free - free / 2)
    }

    static func inRanges(_ v: UInt32, _ ranges: [ClosedRange<UInt32>]) -> Bool {
        var lo = 0, hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = ranges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// Combining marks, joiners and selectors (sorted, disjoint).
    static let zeroWidth: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x05BF...0x05BF, 0x05C1...0x05C2,
        0x05C4...0x05C5, 0x05C7...0x05C7, 0x0610...0x061A, 0x064B...0x065F, 0x0670...0x0670,
        0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7...0x06E8, 0x06EA...0x06ED, 0x0711...0x0711,
        0x0730...0x074A, 0x07A6...0x07B0, 0x0816...0x082D, 0x0900...0x0902, 0x093A...0x093A,
        0x093C...0x093C, 0x0941...0x0948, 0x094D...0x094D, 0x0951...0x0957, 0x0962...0x0963,
        0x0981...0x0981, 0x09BC...0x09BC, 0x09C1...0x09C4, 0x09CD...0x09CD, 0x0A01...0x0A02,
        0x0A3C...0x0A3C, 0x0A41...0x0A51, 0x0E31...0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E,
        0x0EB1...0x0EB1, 0x0EB4...0x0EBC, 0x0EC8...0x0ECD, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF,
        0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x20D0...0x20FF, 0x302A...0x302D,
        0x3099...0x309A, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF...0xFEFF,
        0x1F3FB...0x1F3FF, 0xE0000...0xE007F, 0xE0100...0xE01EF,
    ]

    /// East Asian Wide and Fullwidth characters and emoji (sorted, disjoint).
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x3029, 0x302E...0x303E, 0x3041...0x3098, 0x309B...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004,
        0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F1E6...0x1F1FF,
        0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
        0x1F3F4...0x1F3F4, 0x1F3F8...0x1F3FA, 0x1F400...0x1F43E, 0x1F440...0x1F440,
        0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
        0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,
        0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7,
        0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB,
        0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
        0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
