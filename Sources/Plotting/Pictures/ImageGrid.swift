/// A small grayscale image (a handwritten digit), row-major, with an optional label.
public struct GrayImage: Sendable, Equatable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// Pixel values, row-major (`height × width`); missing pixels are drawn black.
    public var pixels: [Float]
    /// A caption under the image (the class, or "7 → 1" for a mistake).
    public var label: String?

    /// Creates an image.
    public init(width: Int, height: Int, pixels: [Float], label: String? = nil) {
        self.width = width
        self.height = height
        self.pixels = pixels
        self.label = label
    }

    /// The pixel's brightness in 0…1: values are used as they are when all lie in 0…1,
    /// otherwise scaled from the image's minimum (black) to its maximum (white).
    func brightness(x: Int, y: Int, lo: Double, hi: Double) -> Double {
        let i = y * width + x
        guard x >= 0, y >= 0, x < width, y < height, i < pixels.count else { return 0 }
        let v = Double(pixels[i])
        guard v.isFinite else { return .nan }
        return min(1, max(0, (v - lo) / (hi - lo)))
    }

    /// The range mapped onto black…white.
    var range: (Double, Double) {
        let finite = pixels.lazy.filter { $0.isFinite }.map { Double($0) }
        let lo = finite.min() ?? 0, hi = finite.max() ?? 1
        if lo >= 0 && hi <= 1 { return (0, 1) }
        return hi > lo ? (lo, hi) : (lo, lo + 1)
    }
}

/// Grayscale images side by side, wrapped to the width: digits of a data set, mistakes.
public struct ImageGrid: Picture {
    /// A title shown above the images.
    public var title: String?
    /// The images.
    public var images: [GrayImage]

    /// Creates an image grid.
    public init(title: String? = nil, images: [GrayImage]) {
        self.title = title
        self.images = images
    }

    /// Draws the images as text (see `Picture.renderText(_:)`): with colour each cell shows two
    /// pixels stacked (`▀`), without colour each pixel is two density characters.
    public func renderText(_ options: RenderOptions) -> String {
        let width = options.layoutWidth
        let ascii = options.asciiOnly
        var out = TextBuilder(options)
        out.title(title)
        var notes = Notes()
        guard !images.isEmpty else {
            out.line("(nothing to draw)")
            notes.add("no images")
            out.lines(notes.rendered(width: width, asciiOnly: ascii))
            return out.text
        }
        let color = options.colorMode.hasColor
        let halfBlocks = color && !ascii
        func tileWidth(_ im: GrayImage) -> Int { max(1, halfBlocks ? im.width : im.width * 2) }
        func tileHeight(_ im: GrayImage) -> Int { max(1, halfBlocks ? (im.height + 1) / 2 : im.height) }
        let maxTile = images.map { tileWidth($0) }.max() ?? 1
        let tw = max(maxTile, images.compactMap { $0.label.map { DisplayWidth.of($0) } }.max() ?? 0)
        let cellWidth = min(width, tw)
        if maxTile > width { notes.add("images cropped to the width") }
        let perRow = max(1, (width + 2) / (cellWidth + 2))
        let bad = images.filter { $0.width <= 0 || $0.height <= 0 || $0.pixels.count != $0.width * $0.height }.count
        notes.notDrawn(bad, "image", reason: "pixel count does not match its size")
        let nonFinite = images.reduce(0) { $0 + $1.pixels.filter { !$0.isFinite }.count }
        notes.notDrawn(nonFinite, "pixel", reason: "not finite")
        let hasLabels = images.contains { $0.label != nil }
        var start = 0
        while start < images.count {
            let chunk = images[start..<min(images.count, start + perRow)]
            let th = chunk.map { tileHeight($0) }.max() ?? 1
            var grid = CellGrid(width: width, height: th + (hasLabels ? 1 : 0))
            for (k, im) in chunk.enumerated() {
                let x0 = k * (cellWidth + 2)
                let (lo, hi) = im.range
                if halfBlocks {
                    for r in 0..<(im.height > 0 ? tileHeight(im) : 0) {
                        for c in 0..<max(0, im.width) {
                            let top = im.brightness(x: c, y: 2 * r, lo: lo, hi: hi)
                            let bottom = 2 * r + 1 < im.height ? im.brightness(x: c, y: 2 * r + 1, lo: lo, hi: hi) : 0
                            grid.put("▀", x: x0 + c, y: r, fg: Palette.gray(top), bg: Palette.gray(bottom))
                        }
                    }
                } else {
                    for r in 0..<max(0, im.height) {
                        for c in 0..<max(0, im.width) {
                            let t = im.brightness(x: c, y: r, lo: lo, hi: hi)
                            if color {
                                grid.put(" ", x: x0 + 2 * c, y: r, bg: Palette.gray(t))
                                grid.put(" ", x: x0 + 2 * c + 1, y: r, bg: Palette.gray(t))
                            } else {
                                let ch = Palette.shade(t, asciiOnly: ascii)
                                grid.put(ch, x: x0 + 2 * c, y: r)
                                grid.put(ch, x: x0 + 2 * c + 1, y: r)
                            }
                        }
                    }
                }
                if let label = im.label {
                    grid.write(DisplayWidth.center(label, in: cellWidth, asciiOnly: ascii), x: x0, y: th)
                }
            }
            out.grid(grid, options.colorMode)
            start += perRow
        }
        out.lines(notes.rendered(width: width, asciiOnly: ascii))
        return out.text
    }
}
