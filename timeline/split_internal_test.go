package timeline

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/sentence"
)

// splitVerdict compares, for a title and text, the sentences of the
// regions of article text split one by one (as sortLines did) with those
// of the whole text that lie in the regions (as splitRegions takes them
// when the regions are aligned). It fails t where the regions are aligned
// and the two differ, or where sortLines does not give the regions'
// sentences, or keeps a whole split that is not Split's.
func splitVerdict(t *testing.T, title, text string) (aligned, agree bool) {
	t.Helper()
	d := &Document{Title: title, Text: text}
	regions, aligned := d.markLines(nil)
	byRegion, fromWhole := *d, *d
	byRegion.splitRegions(regions, false)
	fromWhole.splitRegions(regions, true)
	agree = slices.Equal(byRegion.Sentences, fromWhole.Sentences)
	if aligned && !agree {
		t.Fatalf("aligned regions %v of %q: sentences %v, of the whole text %v", regions, text, byRegion.Sentences, fromWhole.Sentences)
	}
	s := &Document{Title: title, Text: text}
	s.sortLines()
	if !slices.Equal(s.Sentences, byRegion.Sentences) {
		t.Fatalf("%q: sortLines gives %v, the regions %v", text, s.Sentences, byRegion.Sentences)
	}
	if s.wholeSplit != nil && (s.splitText != text || !slices.Equal(s.wholeSplit, sentence.Split(text))) {
		t.Fatalf("%q: whole split %v, Split gives %v", text, s.wholeSplit, sentence.Split(text))
	}
	return aligned, agree
}

// TestSplitRegions runs splitVerdict over the texts of testdata and, if
// $SPLIT_CORPORA names JSON-lines corpora (separated by commas), over
// each of their documents, and logs how often the regions are aligned and
// how often the two splits agree.
func TestSplitRegions(t *testing.T) {
	var n, aligned, agree, agreeUnaligned int
	check := func(title, text string) {
		a, g := splitVerdict(t, title, text)
		n++
		if a {
			aligned++
		}
		if g {
			agree++
			if !a {
				agreeUnaligned++
			}
		}
	}
	for _, text := range testTexts(t) {
		check("", text[1])
	}
	for _, path := range strings.Split(os.Getenv("SPLIT_CORPORA"), ",") {
		if path == "" {
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for line := range bytes.Lines(b) {
			if d, _ := jsonlDocument(path, bytes.TrimSpace(line)); d != nil {
				check(d.Title, d.Text)
			}
		}
	}
	t.Logf("%d texts: %d aligned, %d where the splits agree (%d of them not aligned)", n, aligned, agree, agreeUnaligned)
}

// testTexts returns the names and contents of the texts of testdata (but
// the golden files) and of ../testdata/multi.
func testTexts(t *testing.T) [][2]string {
	files, _ := filepath.Glob("testdata/*.*")
	more, _ := filepath.Glob("../testdata/multi/*.md")
	var texts [][2]string
	for _, f := range append(files, more...) {
		if strings.HasSuffix(f, ".golden") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, [2]string{f, string(b)})
	}
	return texts
}

// splitLines are lines that sortLines sorts in different ways: article
// text, boilerplate, titles, headings, captions, bylines, lists, breaks
// and blank or indented lines.
var splitLines = []string{
	"", "", "  ", "\t",
	"Kerry met Lavrov in Geneva on Friday. They talked for hours.",
	"The talks, which began Aug. 26, went on", "into the night, officials said.",
	"  Indented text goes on here. And ends.",
	"Advertisement", "Share", "# A Heading", "## Section two",
	"By Jane Smith", "BY JOHN DOE, AP",
	"Photo: a man in Geneva", "Rescuers at the site (AP Photo/Evan Vucci)",
	"Total dead: 192", "Americans: 12", "- an item", "1. The first point",
	"---", "* * *", "Short line", "NAIROBI, Kenya (AP) _", "(Copy 1.)",
	"“It was a bomb,” he said. He left.", "He said so...", "U.S. officials said",
}

// FuzzSplitRegions runs splitVerdict on texts made of splitLines, chosen
// by the fuzzer's seed.
func FuzzSplitRegions(f *testing.F) {
	for i := range uint64(20) {
		f.Add(i, uint8(8), "")
	}
	f.Add(uint64(7), uint8(12), "Some Title")
	f.Fuzz(func(t *testing.T, seed uint64, n uint8, title string) {
		rng := rand.New(rand.NewPCG(seed, 1))
		lines := make([]string, int(n%40))
		for i := range lines {
			lines[i] = splitLines[rng.IntN(len(splitLines))]
		}
		splitVerdict(t, strings.Join(strings.Fields(title), " "), strings.Join(lines, "\n"))
	})
}

// TestSplitRegionsRandom runs splitVerdict on 20,000 texts of splitLines.
func TestSplitRegionsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var aligned, agree int
	for range 20_000 {
		lines := make([]string, 1+rng.IntN(30))
		for i := range lines {
			lines[i] = splitLines[rng.IntN(len(splitLines))]
		}
		a, g := splitVerdict(t, "", strings.Join(lines, "\n"))
		if a {
			aligned++
		}
		if g {
			agree++
		}
	}
	t.Logf("20000 texts: %d aligned, %d where the splits agree", aligned, agree)
}

// TestDocumentEventsPrepared checks that the events of a document are
// the same whether the tagger is given the whole text's sentences that
// sortLines kept or splits the text itself.
func TestDocumentEventsPrepared(t *testing.T) {
	tg := dates.New()
	events := 0
	for _, text := range testTexts(t) {
		f := text[0]
		d, err := ReadDocument(f, []byte(text[1])) // without its front matter
		if err != nil {
			t.Fatal(err)
		}
		d.Published = time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
		if d.wholeSplit == nil {
			continue
		}
		unsplit := *d
		unsplit.wholeSplit = nil
		got, want := documentEvents(d, tg, dates.News, "x"), documentEvents(&unsplit, tg, dates.News, "x")
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d events, %d with the text split by the tagger", f, len(got), len(want))
		}
		events += len(got)
	}
	if events < 20 {
		t.Fatalf("%d events in all: the texts did not reach the tagger", events)
	}
}
