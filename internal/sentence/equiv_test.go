package sentence

import (
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// sharedData is the workplace's corpora beside the repository; a fresh clone
// elsewhere has none, and the tests that read it then use the rest.
const sharedData = "../../../shared/data"

// realTexts returns the real texts that Split is held to refSplit on: the
// package's and the module's test data, the examples and, where they are
// beside the repository, the TimeML and WikiWars corpora (their markup
// stripped).
func realTexts(tb testing.TB) []string {
	tb.Helper()
	var files []string
	for _, pattern := range []string{
		"testdata/timeml/*.txt",
		"../../testdata/*.txt",
		"../../testdata/*/*.md",
		"../../examples/*/*.md",
		"../../examples/*/*.txt",
		"../../examples/*/*.tml",
		sharedData + "/timeml/*/*.tml",
		sharedData + "/wikiwars/in/*.sgm",
	} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		tb.Fatal("no texts")
	}
	out := make([]string, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		text := string(data)
		if ext := filepath.Ext(f); ext == ".tml" || ext == ".sgm" {
			text = stripMarkup(text)
		}
		out = append(out, text)
	}
	return out
}

// stripMarkup drops the tags of an XML or SGML text and decodes its
// entities: near enough to the text a reader of the corpus would get.
func stripMarkup(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		s = s[i+j+1:]
	}
	return html.UnescapeString(b.String())
}

// wrapParagraphs hard-wraps every paragraph of text (paragraphs are parted
// by blank lines) at width runes, the way a mail client or a wire service
// does, and keeps the blank lines.
func wrapParagraphs(text string, width int) string {
	paras := strings.Split(text, "\n\n")
	for i, p := range paras {
		paras[i] = wrap(p, width)
	}
	return strings.Join(paras, "\n\n")
}

// variants returns text and the same text hard-wrapped, indented, with
// CRLF line ends, with its newlines doubled, and cut at a few byte offsets
// (which may fall inside a rune).
func variants(text string, rng *rand.Rand) []string {
	out := []string{
		text,
		wrapParagraphs(text, 40),
		wrapParagraphs(text, 72),
		strings.ReplaceAll(text, "\n", "\r\n"),
		strings.ReplaceAll(text, "\n", "\n  "),
		strings.ReplaceAll(text, "\n", "\n\n"),
		strings.ReplaceAll(text, " ", "\u00a0"),
	}
	for range 4 {
		i := rng.IntN(len(text) + 1)
		j := i + rng.IntN(len(text)-i+1)
		out = append(out, text[i:j])
	}
	return out
}

// equivPieces are the bits random texts are built from: the bytes and
// words the splitter looks at, white space of every kind, runes of one to
// four bytes, bad UTF-8, and runs of plain letters long enough to cross
// eight-byte words.
var equivPieces = []string{
	"a", "B", "z", "9", ".", "!", "?", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\v", "\f", "\u0085", "\u00a0",
	"\u2003", "\u2028", "\u3000", "“", "”", "‘", "’", "«", "»", "'", "\"", "``", "''", "(", ")", "[", "]", "{", "}",
	"¿", "¡", "#", "# ", "## ", "####### ", "- ", "* ", "+ ", "• ", "1. ", "12) ", "1234. ", "---", "* * *", "===",
	"___", ":", ",", ";", "&", "/", "-", "–", "—", "…", "...", "?!", ".”", ".)", ".''", "U.S.", "U.S.-led", "non-U.S.",
	"Mr.", "Sen.", "Inc.", "Corp.", "I-Conn.", "No.", "vs.", "a.m.", "e.g.", "Aug. 1", "The", "He", "It", "That's",
	"Élise", "ǅ", "٣", "Ⅷ", "日本", "😀", "\xff", "\xe2", "\xe2\x80", "\x80", "\xc3", "\xf0\x9f",
	"abcdefghij", "Geneva talks resumed", "the United States and Russia", "3.5%", "$12.51", "10:30",
}

// randomText builds a text of up to n pieces.
func randomText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range rng.IntN(n + 1) {
		b.WriteString(equivPieces[rng.IntN(len(equivPieces))])
	}
	return b.String()
}

// TestSplitEquivalent holds Split to refSplit, the straightforward version
// it was before its fast paths, on real texts and their variants and on
// many random ones: the spans must be the same.
func TestSplitEquivalent(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	check := func(text string) {
		t.Helper()
		if got, want := Split(text), refSplit(text); !slices.Equal(got, want) {
			t.Fatalf("Split(%q) = %v, want %v as refSplit", text, got, want)
		}
	}
	for _, text := range realTexts(t) {
		for _, v := range variants(text, rng) {
			check(v)
		}
	}
	n := 50000
	if testing.Short() {
		n = 5000
	}
	for range n {
		check(randomText(rng, 60))
	}
}

// TestTrimSpanEquivalent holds TrimSpan to refTrimSpan on random ranges of
// random texts.
func TestTrimSpanEquivalent(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 100000 {
		text := randomText(rng, 12)
		start := rng.IntN(len(text) + 1)
		end := start + rng.IntN(len(text)-start+1)
		gs, ge := TrimSpan(text, start, end)
		ws, we := refTrimSpan(text, start, end)
		if gs != ws || ge != we {
			t.Fatalf("TrimSpan(%q, %d, %d) = %d, %d, want %d, %d", text, start, end, gs, ge, ws, we)
		}
	}
}

// TestHelpersEquivalent holds the helpers with a fast path for ASCII to
// what they stand for, on random texts.
func TestHelpersEquivalent(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	lx := loadLexicon()
	for range 20000 {
		text := randomText(rng, 12)
		if got, want := runeCount(text), utf8.RuneCountInString(text); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", text, got, want)
		}
		for i := 0; i <= len(text); i++ {
			want := i
			for want < len(text) && text[want] < utf8.RuneSelf {
				want++
			}
			if got := nextNonASCII(text, i); got != want {
				t.Fatalf("nextNonASCII(%q, %d) = %d, want %d", text, i, got, want)
			}
		}
		field := text
		if i := strings.IndexFunc(text, unicode.IsSpace); i >= 0 {
			field = text[:i]
		}
		if got, want := firstFieldWidth(text), utf8.RuneCountInString(field); got != want {
			t.Fatalf("firstFieldWidth(%q) = %d, want %d", text, got, want)
		}
		if got, want := endsInTerminal(text), refEndsInTerminal(text); got != want {
			t.Fatalf("endsInTerminal(%q) = %v, want %v", text, got, want)
		}
		if got, want := trimOpeners(text), strings.TrimLeftFunc(text, isOpener); got != want {
			t.Fatalf("trimOpeners(%q) = %q, want %q", text, got, want)
		}
		if len(text) > 0 {
			r, _ := utf8.DecodeRuneInString(text)
			if isSpace(r) != unicode.IsSpace(r) {
				t.Fatalf("isSpace(%q) = %v", r, !unicode.IsSpace(r))
			}
		}
		// Every piece and every text, with and without a final period.
		for _, w := range []string{text, text + ".", equivPieces[rng.IntN(len(equivPieces))]} {
			if lx.dotted.Get(w) != 0 && !lx.mayBeDotted(w) {
				t.Fatalf("mayBeDotted(%q) = false for a word in dotted", w)
			}
		}
	}
	for w, v := range map[string]bool{"Sen.": true, "Inc.": true, "approx.": true, "etc.": true, "said.": false, "Friday.": false, "": false} {
		if got := lx.mayBeDotted(w); got != v {
			t.Errorf("mayBeDotted(%q) = %v, want %v", w, got, v)
		}
	}
	for w := range lx.titles {
		if !lx.mayBeDotted(w) {
			t.Errorf("mayBeDotted(%q) = false for a title", w)
		}
	}
	for w := range lx.abbrevs {
		if !lx.mayBeDotted(w) {
			t.Errorf("mayBeDotted(%q) = false for an abbreviation", w)
		}
	}
}

// TestNextMayEnd holds nextMayEnd to a loop over the bytes, from every
// index of random texts, each segment of a text asked in turn as scan asks.
func TestNextMayEnd(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for range 5000 {
		text := randomText(rng, 30)
		s := splitter{text: text, next: [...]int{-1, -1, -1, -1}, rare: -1}
		for i := 0; i <= len(text); i++ {
			to := i + rng.IntN(len(text)-i+1)
			want := to
			for j := i; j < to; j++ {
				if c := text[j]; c == '.' || c == '!' || c == '?' || c == 0xE2 {
					want = j
					break
				}
			}
			if got := s.nextMayEnd(i, to); got != want {
				t.Fatalf("nextMayEnd(%d, %d) in %q = %d, want %d", i, to, text, got, want)
			}
		}
	}
}

// FuzzSplitEquivalent holds Split to refSplit on any text.
func FuzzSplitEquivalent(f *testing.F) {
	f.Add("Kerry met Lavrov on Aug. 1. The U.S. said so.\n\nHeadline\nText goes on.")
	f.Add("“Why?” he asked. ``Because,'' she said… Then: - a\n- b\n# H\n---\n")
	f.Add("x\xffy. Z\xfe.\r\n\r\n\u00a0Sen. A. B.\u2003C")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Split(text), refSplit(text); !slices.Equal(got, want) {
			t.Fatalf("Split(%q) = %v, want %v as refSplit", text, got, want)
		}
	})
}

// BenchmarkSplitCorpus splits every real text (realTexts) once per
// iteration, as they are and hard-wrapped at 72 runes.
func BenchmarkSplitCorpus(b *testing.B) {
	texts := realTexts(b)
	for _, tc := range []struct {
		name  string
		width int
	}{{"asis", 0}, {"wrapped", 72}} {
		b.Run(tc.name, func(b *testing.B) {
			var in []string
			size := 0
			for _, text := range texts {
				if tc.width > 0 {
					text = wrapParagraphs(text, tc.width)
				}
				in = append(in, text)
				size += len(text)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, text := range in {
					Split(text)
				}
			}
		})
	}
}

// AppendSplit appends what Split returns, after what dst holds, in the
// room of one text after another.
func TestAppendSplit(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var room []Span
	for _, text := range realTexts(t) {
		for _, v := range variants(text, rng) {
			want := Split(v)
			room = AppendSplit(room[:0], v)
			if !slices.Equal(room, want) {
				t.Fatalf("AppendSplit(room, %q) = %v, want %v as Split", v, room, want)
			}
			head := []Span{{1, 2}}
			if got := AppendSplit(head, v); !slices.Equal(got[:1], head) || !slices.Equal(got[1:], want) {
				t.Fatalf("AppendSplit(%v, %q) = %v, want %v after it", head, v, got, want)
			}
		}
	}
}

// TestPlainEnd holds plainEnd to its definition for every pair of bytes:
// two ASCII letters that no word of the lexicon's titles and abbreviations
// ends in before its period.
func TestPlainEnd(t *testing.T) {
	lx := loadLexicon()
	for a := range 256 {
		for b := range 256 {
			end := string([]byte{byte(a), byte(b), '.'})
			want := unicode.IsLetter(rune(a)) && unicode.IsLetter(rune(b)) && a < utf8.RuneSelf && b < utf8.RuneSelf
			for w := range lx.titles {
				want = want && !strings.HasSuffix(w, end)
			}
			for w := range lx.abbrevs {
				want = want && !strings.HasSuffix(w, end)
			}
			if got := lx.plainEnd(byte(a), byte(b)); got != want {
				t.Fatalf("plainEnd(%#x, %#x) = %v, want %v", a, b, got, want)
			}
		}
	}
}
