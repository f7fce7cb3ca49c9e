/// The number and slug a lesson takes from its file name: `NN-slug.md`.
struct LessonFileName: Equatable {
    /// The lesson number (`03` → 3).
    var number: Int
    /// The slug (`deep-networks`).
    var slug: String

    /// Reads `03-deep-networks.md` (a path is allowed: only its last component counts);
    /// nil when the name does not start with digits and a dash or does not end with `.md`.
    init?(_ name: String) {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard base.hasSuffix(".md") else { return nil }
        let stem = base.dropLast(3)
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, let number = Int(digits) else { return nil }
        let rest = stem.dropFirst(digits.count)
        guard rest.first == "-", rest.count > 1 else { return nil }
        self.number = number
        self.slug = String(rest.dropFirst())
    }

    /// The last path component of `name`.
    static func base(of name: String) -> String {
        name.split(separator: "/").last.map(String.init) ?? name
    }
}
