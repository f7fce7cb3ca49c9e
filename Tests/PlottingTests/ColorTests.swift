import Plotting
import Testing

@Suite struct ColorModeDetectionTests {
    @Test func notATerminalMeansNoColor() {
        #expect(ColorMode.detect(environment: ["COLORTERM": "truecolor", "TERM": "xterm-256color"], isTerminal: false) == .none)
    }

    @Test func noColorAndDumbTerminalMeanNoColor() {
        #expect(ColorMode.detect(environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"], isTerminal: true) == .none)
        #expect(ColorMode.detect(environment: ["TERM": "dumb", "COLORTERM": "truecolor"], isTerminal: true) == .none)
    }

    @Test func richestModeTheTerminalAnnounces() {
        #expect(ColorMode.detect(environment: ["COLORTERM": "truecolor", "TERM": "xterm"], isTerminal: true) == .trueColor)
        #expect(ColorMode.detect(environment: ["COLORTERM": "24bit"], isTerminal: true) == .trueColor)
        #expect(ColorMode.detect(environment: ["TERM": "xterm-256color"], isTerminal: true) == .ansi256)
        #expect(ColorMode.detect(environment: ["TERM": "xterm"], isTerminal: true) == .ansi16)
        #expect(ColorMode.detect(environment: [:], isTerminal: true) == .ansi16)
        #expect(ColorMode.detect(environment: ["NO_COLOR": ""], isTerminal: true) == .ansi16)
    }

    @Test func terminalColumns() {
        // COLUMNS overrides the terminal (a projector, a recording); a bad one is ignored.
        #expect(TerminalSize.columns(environment: ["COLUMNS": "120"], ioctlColumns: 100) == 120)
        #expect(TerminalSize.columns(environment: ["COLUMNS": "0"], ioctlColumns: 100) == 100)
        #expect(TerminalSize.columns(environment: ["COLUMNS": "120"], ioctlColumns: nil) == 120)
        #expect(TerminalSize.columns(environment: ["COLUMNS": "wide"], ioctlColumns: nil) == 80)
        #expect(TerminalSize.columns(environment: ["COLUMNS": "-3"], ioctlColumns: 0) == 80)
        #expect(TerminalSize.columns(environment: [:], ioctlColumns: nil) == 80)
        #expect(TerminalSize.columns(environment: [:]) > 0)
    }

    @Test func terminalRows() {
        #expect(TerminalSize.rows(environment: ["LINES": "50"], ioctlRows: 24) == 50)
        #expect(TerminalSize.rows(environment: ["LINES": "tall"], ioctlRows: 24) == 24)
        #expect(TerminalSize.rows(environment: [:], ioctlRows: 0) == nil)
        #expect(TerminalSize.rows(environment: [:], ioctlRows: nil) == nil)
    }
}

@Suite struct EscapeCodeTests {
    let red = Color(255, 0, 0)

    @Test func foregroundAndBackgroundCodesPerMode() {
        #expect(ANSI.foreground(red, mode: .trueColor) == "\u{1B}[38;2;255;0;0m")
        #expect(ANSI.background(red, mode: .trueColor) == "\u{1B}[48;2;255;0;0m")
        #expect(ANSI.foreground(red, mode: .ansi256) == "\u{1B}[38;5;196m")
        #expect(ANSI.background(red, mode: .ansi256) == "\u{1B}[48;5;196m")
        #expect(ANSI.foreground(red, mode: .ansi16) == "\u{1B}[91m")
        #expect(ANSI.background(red, mode: .ansi16) == "\u{1B}[101m")
        #expect(ANSI.foreground(Color(0, 0, 205), mode: .ansi16) == "\u{1B}[34m")
        #expect(ANSI.foreground(red, mode: .none) == "")
        #expect(ANSI.colored("x", red, mode: .none) == "x")
        #expect(ANSI.colored("x", red, mode: .trueColor) == "\u{1B}[38;2;255;0;0mx\u{1B}[0m")
    }

    @Test func grayGoesToTheGrayRamp() {
        #expect(Color(128, 128, 128).ansi256Index == 244)
        #expect(Color(0, 0, 0).ansi256Index == 16)
        #expect(Color(255, 255, 255).ansi256Index == 231)
    }

    @Test(arguments: Fixtures.all.map { $0.0 })
    func noEscapeCodeWhenColorIsOff(name: String) throws {
        let picture = try #require(Fixtures.all.first { $0.0 == name }?.1)
        for ascii in [false, true] {
            for width in [20, 40, 80] {
                let text = picture.renderText(RenderOptions(width: width, colorMode: .none, asciiOnly: ascii))
                #expect(!text.contains("\u{1B}"))
            }
        }
    }

    @Test(arguments: Fixtures.all.map { $0.0 }.filter { Fixtures.colored.contains($0) })
    func colorModesEmitTheirOwnCodes(name: String) throws {
        let picture = try #require(Fixtures.all.first { $0.0 == name }?.1)
        let truecolor = picture.renderText(RenderOptions(width: 60, colorMode: .trueColor))
        #expect(truecolor.contains("\u{1B}[38;2;") || truecolor.contains("\u{1B}[48;2;"))
        #expect(!truecolor.contains("\u{1B}[38;5;") && !truecolor.contains("\u{1B}[48;5;"))
        #expect(truecolor.contains("\u{1B}[0m"))
        let c256 = picture.renderText(RenderOptions(width: 60, colorMode: .ansi256))
        #expect(c256.contains("\u{1B}[38;5;") || c256.contains("\u{1B}[48;5;"))
        #expect(!c256.contains(";2;"))
        let c16 = picture.renderText(RenderOptions(width: 60, colorMode: .ansi16))
        #expect(!c16.contains("38;") && !c16.contains("48;"))
        #expect(c16.contains("\u{1B}[3") || c16.contains("\u{1B}[9") || c16.contains("\u{1B}[4") || c16.contains("\u{1B}[10"))
    }

    @Test(arguments: Fixtures.all.map { $0.0 })
    func coloredTextFitsTheWidth(name: String) throws {
        let picture = try #require(Fixtures.all.first { $0.0 == name }?.1)
        for mode in ColorMode.allCases {
            for width in [20, 33, 80] {
                let text = picture.renderText(RenderOptions(width: width, colorMode: mode))
                #expect(widestLine(text) <= width, "\(name) \(mode) \(width)")
            }
        }
    }

    @Test func singleSeriesLooksTheSameWithoutItsColours() {
        let colored = Fixtures.singleSeries.renderText(RenderOptions(width: 40, colorMode: .trueColor))
        #expect(stripEscapes(colored) == plain(Fixtures.singleSeries))
    }

    @Test func heatMapColoursFollowTheDivergingPalette() {
        let text = HeatMap(values: [[-1.0, 0, 1]]).renderText(RenderOptions(width: 40, colorMode: .trueColor))
        #expect(text.contains("\u{1B}[48;2;33;102;172m"))  // −1: blue
        #expect(text.contains("\u{1B}[48;2;247;247;247m"))  // 0: white
        #expect(text.contains("\u{1B}[48;2;178;24;43m"))  // +1: red
    }

    @Test func regionColoursAreOrangeAndBlueByConfidence() {
        #expect(Palette.region(0.5) == Color(245, 245, 245))
        let sureOrange = Palette.region(0), sureBlue = Palette.region(1)
        #expect(sureOrange.r > sureOrange.b && sureBlue.b > sureBlue.r)
        let lessSure = Palette.region(0.3)
        #expect(lessSure.b > sureOrange.b)  // paler: closer to white
    }

    /// Each of three classes gets its own hue at full strength where the network is sure
    /// (0.9 of three: confidence 0.85), and the two-class colours stay Playground's.
    @Test func regionColoursOfThreeClasses() {
        let text = Fixtures.regionThree.renderText(RenderOptions(width: 60, colorMode: .trueColor))
        for k in 0..<3 {
            let c = Palette.regionColor(winner: k, confidence: 0.85)
            #expect(text.contains("\u{1B}[48;2;\(c.r);\(c.g);\(c.b)m"), "class \(k)")
        }
        #expect(Palette.regionColor(winner: 1, confidence: 0.6) == Palette.region(0.8))
        #expect(Palette.regionColor(winner: 0, confidence: .nan) == Palette.region(.nan))
    }
}

