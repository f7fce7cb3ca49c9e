import Plotting
import Testing

// Snapshots of the no-colour text of every picture kind at 40 columns. To refresh after an
// intended change, run `PLOTTING_SNAPSHOT_DIR=/tmp/snap swift test` (see SnapshotDump.swift)
// and paste the files here.

let snapshotWidth = 40

func plain(_ p: any Picture) -> String { p.renderText(RenderOptions(width: snapshotWidth, colorMode: .none)) }
func asciiText(_ p: any Picture) -> String { p.renderText(RenderOptions(width: snapshotWidth, colorMode: .none, asciiOnly: true)) }

@Suite struct SnapshotTests {
    @Test func lossCurves() {
        expectSnapshot(plain(Fixtures.lossCurves), #"""
            loss
            1.5 ┤
                │+
              1 ┤*+
                │**++
                │  *++++
            0.5 ┤    ***+*+++++            ++++++++
                │        *****+*+*+*+*+*+++
              0 ┤                      ************
                └┬──────────┬───────────┬──────────
                 0         10          20
                             epoch
            * train   + valid
            """#)
    }

    @Test func functionPlot() {
        expectSnapshot(plain(Fixtures.functionPlot), #"""
             10 ┤*                                *
                │****                          *+*+
              5 ┤   ****                 ++++*+*+
                │      *****      +++++++****
              0 ┤         +*+*+*+*+*****
             -5 ┤  ++++++++
                │+++
            -10 ┤
                └─────┬───────────┬──────────┬─────
                     -2           0          2
            * x^2 - 1   + derivative
            """#)
    }

    @Test func singleSeries() {
        expectSnapshot(plain(Fixtures.singleSeries), #"""
              1 ┤
            0.8 ┤                  ⢀⣀⣀⡠⠤⠤⠤⠤⠤⠤⠤⠤⠤⠒⠒⠒
                │        ⢀⣀⡠⠤⠔⠒⠒⠊⠉⠉⠁
            0.6 ┤ ⣀⣀⠤⠤⠒⠊⠉⠁
            0.4 ┤⠉
                └┬──────────┬──────────┬──────────┬
                 0          2          4          6
            ── accuracy
            """#)
    }

    @Test func scatter() {
        expectSnapshot(plain(Fixtures.scatter), #"""
            two blobs
            3 ┤                  x   x   x    x   x
              │
            2 ┤                  x   x   x    x   x
            1 ┤o   o    o   o    o
              │
            0 ┤o   o    o   o    o
              └─────────────┬─────────────────────┬
                            0                     5
            o orange   x blue
            """#)
    }

    @Test func region() {
        expectSnapshot(plain(Fixtures.region), #"""
            boundary
             1 ┤▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓██████████████████
               │░░░░▒▒▒▒▒o▒▒▒▓▓▓▓▓▓▓▓▓█████████████
               │░░░░░░░░░▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓█████x███
             0 ┤  o      ░░░░░░░░▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓
               │             ░░░░░░░░░▒▒▒▒x▒▒▒▒▓▓▓▓
            -1 ┤                 ░░░░░░░░░▒▒▒▒▒▒▒▒▒
               └┬────────────────┬────────────────┬
               -1                0                1
            o class 0   x class 1
            [ ░▒▓█] = p(class 1) 0 to 1
            """#)
    }

    @Test func regionThree() {
        expectSnapshot(plain(Fixtures.regionThree), #"""
            three classes
             1 ┤                ·
               │         o      ·
               │·················
             0 ┤                ·         x
               │         +      ·
            -1 ┤                ·
               └┬────────────────┬────────────────┬
               -1                0                1
            o a   x b   + c
            · = where the likeliest class changes
            """#)
    }

    @Test func multiples() {
        expectSnapshot(plain(Fixtures.multiples), #"""
            neurons
            unit 0   unit 1   unit 2
            ▒▒░░░░   ▒▒▒▒▒▒▒▒ ▒▒▓▓▓▓██
            ▓▓▒▒░░░░ ▒▒▒▒▒▒▒▒ ░░▒▒▓▓▓▓
            ▓▓▓▓▒▒░░ ▒▒▒▒▒▒▒▒ ░░░░▒▒▓▓
            ██▓▓▓▓▒▒ ▒▒▒▒▒▒▒▒   ░░░░▒▒
            scale: -1 [ ░▒▓█] 1
            """#)
    }

    @Test func attention() {
        expectSnapshot(plain(Fixtures.attention), #"""
            attention
                 I   saw a   cat
              I ░░░░░░░░░░░░████
            saw ░░░░░░░░████░░░░
              a ░░░░████░░░░░░░░
            cat ████░░░░░░░░░░░░
            scale: 0 [ ░▒▓█] 0.7
            """#)
    }

    @Test func weights() {
        expectSnapshot(plain(Fixtures.weights), #"""
            weights
              ░░▒▒▓▓██
            ▓▓▒▒██░░▒▒
            scale: -1 [ ░▒▓█] 1
            """#)
    }

    @Test func confusion() {
        expectSnapshot(plain(Fixtures.confusion), #"""
            confusion
                0  1  2
            0  50  2  0
            1   3 41  6
            2   0  1 47
            """#)
    }

    @Test func histogram() {
        expectSnapshot(plain(Fixtures.histogram), #"""
            values
            10 ┤                        ▄▄▄▄▄▄
               │      ██████      ████████████
             5 ┤▄▄▄▄▄▄████████████████████████
               │███████████████████████████████████
             0 ┤███████████████████████████████████
               └┬──────────────┬───────────────┬───
                0              5              10
            6 bins of width 1.83, n = 40
            """#)
    }

    @Test func bars() {
        expectSnapshot(plain(Fixtures.bars), #"""
            final loss
            lr 0.01 █████████████▌              0.5
            lr 0.1  █████▍                      0.2
            lr 1    ███████████████████████████   1
            """#)
    }

    @Test func images() {
        expectSnapshot(plain(Fixtures.images), #"""
            digits
              ████      ████
                ██    ██    ██
                ██    ██    ██
              ██████    ████
               1         0
            """#)
    }

    @Test func table() {
        expectSnapshot(plain(Fixtures.table), #"""
            results
            ┌──────┬──────┬──────────┐
            │   lr │ loss │ note     │
            ├──────┼──────┼──────────┤
            │ 0.01 │ 0.52 │ slow     │
            │  0.1 │ 0.21 │ good     │
            │    1 │  nan │ diverged │
            └──────┴──────┴──────────┘
            """#)
    }

    @Test func network() {
        expectSnapshot(plain(Fixtures.network), #"""
            model
            ┌─────────────────────────────────┐
            │ input            (2)            │
            └─────────────────────────────────┘
                             │
                             ▼
            ┌─────────────────────────────────┐
            │ dense 4 tanh     (4)  12 params │
            └─────────────────────────────────┘
                             │
                             ▼
            ┌─────────────────────────────────┐
            │ dense 1 sigmoid  (1)   5 params │
            └─────────────────────────────────┘
            total: 17 parameters
            """#)
    }

    @Test func progress() {
        expectSnapshot(plain(Fixtures.progress), #"""
            epoch 5/10 ▕█████▌     ▏ 50%  loss 0.123
            """#)
    }

    @Test func lossCurvesASCII() {
        let text = asciiText(Fixtures.lossCurves)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, #"""
            loss
            1.5 +
                |+
              1 +*+
                |**++
                |  *++++
            0.5 +    ***+*+++++            ++++++++
                |        *****+*+*+*+*+*+++
              0 +                      ************
                ++----------+-----------+----------
                 0         10          20
                             epoch
            * train   + valid
            """#)
    }

    @Test func scatterASCII() {
        let text = asciiText(Fixtures.scatter)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, #"""
            two blobs
            3 +                  x   x   x    x   x
              |
            2 +                  x   x   x    x   x
            1 +o   o    o   o    o
              |
            0 +o   o    o   o    o
              +-------------+---------------------+
                            0                     5
            o orange   x blue
            """#)
    }

    @Test func regionASCII() {
        let text = asciiText(Fixtures.region)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, #"""
            boundary
             1 +:::::::::********##################
               |....:::::o:::*********#############
               |.........::::::::*********#####x###
             0 +  o      ........:::::::::*********
               |             .........::::x::::****
            -1 +                 .........:::::::::
               ++----------------+----------------+
               -1                0                1
            o class 0   x class 1
            [ .:*#] = p(class 1) 0 to 1
            """#)
    }

    @Test func weightsASCII() {
        let text = asciiText(Fixtures.weights)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, #"""
            weights
              ..::**##
            **::##..::
            scale: -1 [ .:*#] 1
            """#)
    }

    @Test func histogramASCII() {
        let text = asciiText(Fixtures.histogram)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, #"""
            values
            10 +                        ######
               |      ######      ############
             5 +##############################
               |###################################
             0 +###################################
               ++--------------+---------------+---
                0              5              10
            6 bins of width 1.83, n = 40
            """#)
    }

    @Test func barsASCII() {
        let text = asciiText(Fixtures.bars)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, #"""
            final loss
            lr 0.01 ##############              0.5
            lr 0.1  #####|                      0.2
            lr 1    ###########################   1
            """#)
    }

    @Test func imagesASCII() {
        let text = asciiText(Fixtures.images)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, #"""
            digits
              ####      ####
                ##    ##    ##
                ##    ##    ##
              ######    ####
               1         0
            """#)
    }

    @Test func tableASCII() {
        let text = asciiText(Fixtures.table)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, #"""
            results
            +------+------+----------+
            |   lr | loss | note     |
            +------+------+----------+
            | 0.01 | 0.52 | slow     |
            |  0.1 | 0.21 | good     |
            |    1 |  nan | diverged |
            +------+------+----------+
            """#)
    }

    @Test func networkASCII() {
        let text = asciiText(Fixtures.network)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, #"""
            model
            +---------------------------------+
            | input            (2)            |
            +---------------------------------+
                             |
                             v
            +---------------------------------+
            | dense 4 tanh     (4)  12 params |
            +---------------------------------+
                             |
                             v
            +---------------------------------+
            | dense 1 sigmoid  (1)   5 params |
            +---------------------------------+
            total: 17 parameters
            """#)
    }

    @Test func progressASCII() {
        let text = asciiText(Fixtures.progress)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectSnapshot(text, #"""
            epoch 5/10 [#####------] 50%  loss 0.123
            """#)
    }

}
