/// The size of a view of the plane on a terminal, so that a unit along x is as long on the
/// screen as a unit along y.
///
/// A terminal cell is about twice as tall as it is wide, so a plot area of `c` columns and `r`
/// rows shows a rectangle of proportions `c : 2r` (half blocks and braille dots are square).
/// The fit is the largest such area inside the columns and rows available.
enum PlaneFit {
    /// The most a view is stretched: aspect ratios beyond 1:4 or 4:1 are drawn at that.
    static let maxAspect = 4.0

    /// Plot columns and rows for a plane `aspect` times as wide as it is tall, inside
    /// `maxColumns × maxRows` (each at least 2).
    static func size(aspect: Double, maxColumns: Int, maxRows: Int) -> (columns: Int, rows: Int) {
        let columns = max(2, maxColumns), rows = max(2, maxRows)
        let a = aspect.isFinite && aspect > 0 ? min(maxAspect, max(1 / maxAspect, aspect)) : 1
        let fittedRows = min(Double(rows), Double(columns) / (2 * a))
        let r = max(2, Int(fittedRows.rounded(.down)))
        let c = max(2, min(columns, Int((2 * a * Double(r)).rounded())))
        return (c, r)
    }

    /// The plot rows available to a view whose other lines (title, axis labels, legend, notes)
    /// take `overhead`: what `options.height` leaves, or `RenderOptions.defaultPlaneRows` when
    /// no height is known; at least 4.
    static func availableRows(_ options: RenderOptions, overhead: Int) -> Int {
        guard let height = options.layoutHeight else { return RenderOptions.defaultPlaneRows }
        return max(4, height - overhead)
    }
}

extension PlaneFit {
    /// Plot rows and the width of a frame (y labels, axis and plot area) that shows a plane
    /// `aspect` times as wide as tall in at most `width` columns and `maxRows` plot rows;
    /// `yScale` builds the y axis for a number of rows (its labels decide the left margin).
    static func frame(width: Int, maxRows: Int, aspect: Double, yScale: (Int) -> AxisScale) -> (rows: Int, frameWidth: Int) {
        func margin(_ rows: Int) -> Int {
            let labels = yScale(rows).labels.map { DisplayWidth.of($0) }.max() ?? 1
            return min(labels + 2, max(2, width / 2))
        }
        let first = size(aspect: aspect, maxColumns: width - margin(maxRows) - 1, maxRows: maxRows)
        let m = margin(first.rows)
        let fit = size(aspect: aspect, maxColumns: width - m - 1, maxRows: first.rows)
        return (fit.rows, min(width, m + 1 + fit.columns))
    }
}
