package eval

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkSpans checks that every gold expression's text is its span of the
// document text.
func checkSpans(t *testing.T, doc *Doc) {
	t.Helper()
	for _, g := range doc.Gold {
		if g.Start < 0 || g.End > len(doc.Text) || g.Start > g.End {
			t.Errorf("%s: gold %q: span [%d,%d) outside the text (%d bytes)", doc.Path, g.Text, g.Start, g.End, len(doc.Text))
			continue
		}
		if got := doc.Text[g.Start:g.End]; got != g.Text {
			t.Errorf("%s: gold %q: text at [%d,%d) is %q", doc.Path, g.Text, g.Start, g.End, got)
		}
	}
}

func TestReadTimeML(t *testing.T) {
	doc, err := ReadFile("testdata/timeml/a.tml")
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "a" || doc.Format != TimeML {
		t.Errorf("ID %q, format %v; want a, TimeML", doc.ID, doc.Format)
	}
	if want := time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC); !doc.Anchor.Equal(want) {
		t.Errorf("anchor %v, want %v (the date of 1998-01-08T12:00)", doc.Anchor, want)
	}
	// Tags inside TEXT are dropped, their text kept; entities are decoded.
	if want := "\nSmith & Wesson reported on Wednesday that sales in Zürich over more than two years rose.\nThe café opens this evening.\n"; doc.Text != want {
		t.Errorf("text\n%q\nwant\n%q", doc.Text, want)
	}
	want := []Timex{
		{Text: "Wednesday", Type: Date, Value: "1998-01-07"},
		{Text: "more than two years", Type: Duration, Value: "P2Y", Mod: "MORE_THAN"},
		{Text: "this evening", Type: Time, Value: "1998-01-08TEV"},
	}
	if len(doc.Gold) != len(want) {
		t.Fatalf("%d gold expressions, want %d: %+v", len(doc.Gold), len(want), doc.Gold)
	}
	for i, g := range doc.Gold {
		w := want[i]
		if g.Text != w.Text || g.Type != w.Type || g.Value != w.Value || g.Mod != w.Mod {
			t.Errorf("gold %d: %+v, want %+v", i, g, w)
		}
	}
	checkSpans(t, doc)

	// Character references and multi-byte text before a span.
	b, err := ReadFile("testdata/timeml/b.tml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.Text, "Prices <rose> every week in the fourth quarter — analysts said.") {
		t.Errorf("text %q: entities not decoded", b.Text)
	}
	checkSpans(t, b)
}

func TestReadTIMEX2(t *testing.T) {
	doc, err := ReadFile("testdata/wikiwars/01_Small.key.xml")
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "01_Small" || doc.Format != TIMEX2 {
		t.Errorf("ID %q, format %v; want 01_Small, TIMEX2", doc.ID, doc.Format)
	}
	if want := time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC); !doc.Anchor.Equal(want) {
		t.Errorf("anchor %v, want %v", doc.Anchor, want)
	}
	// The nested TIMEX2 "1915" is not scored: only the outermost is.
	want := []Timex{
		{Text: "September 1, 1939", Type: Date, Value: "1939-09-01"},
		{Text: "early October", Type: Date, Value: "1939-10", Mod: "START"},
		{Text: "the first ten months of 1915", Type: Duration, Value: "P10M"},
		{Text: "daily", Type: Set, Value: "P1D"},
		{Text: "dawn on June 14, 1940", Type: Time, Value: "1940-06-14T05:00"},
		{Text: "that era", Type: Date, Value: ""},
	}
	if len(doc.Gold) != len(want) {
		t.Fatalf("%d gold expressions, want %d: %+v", len(doc.Gold), len(want), doc.Gold)
	}
	for i, g := range doc.Gold {
		w := want[i]
		if g.Text != w.Text || g.Type != w.Type || g.Value != w.Value || g.Mod != w.Mod {
			t.Errorf("gold %d: %+v, want %+v", i, g, w)
		}
	}
	checkSpans(t, doc)
}

// An empty TIMEX3 (a non-consuming expression) is not gold.
func TestReadEmptyTimex(t *testing.T) {
	doc, err := Parse("empty.tml", []byte(`<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" value="1998-01-08"/></DCT>`+
		`<TEXT>for <TIMEX3 type="DURATION" value="P2D">two days</TIMEX3><TIMEX3 type="DATE" value="1998-01-10"/></TEXT></TimeML>`))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Gold) != 1 || doc.Gold[0].Text != "two days" {
		t.Errorf("gold %+v, want only \"two days\"", doc.Gold)
	}
}

func TestInferType(t *testing.T) {
	for _, tc := range []struct {
		value string
		set   bool
		want  string
	}{
		{"1939-09-01", false, Date},
		{"1939", false, Date},
		{"BC0490", false, Date},
		{"1939-SU", false, Date},
		{"PRESENT_REF", false, Date},
		{"PAST_REF", false, Date},
		{"FUTURE_REF", false, Date},
		{"", false, Date},
		{"P10M", false, Duration},
		{"PXY", false, Duration},
		{"PT3H", false, Duration},
		{"1940-06-14T05:00", false, Time},
		{"1918-08-XXTNI", false, Time},
		{"XXXX-WXX-5", false, Set},
		{"P1D", true, Set},
		{"XXXX-XX-XX", true, Set},
	} {
		if got := InferType(tc.value, tc.set); got != tc.want {
			t.Errorf("InferType(%q, %v) = %s, want %s", tc.value, tc.set, got, tc.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct {
		path, want string
		line       int
	}{
		{"testdata/malformed.tml", "testdata/malformed.tml:5: malformed XML: element <TIMEX3> closed by </EVENT>", 5},
		{"testdata/nodct.tml", "testdata/nodct.tml: no document creation time", 0},
		{"testdata/nosuch.tml", "testdata/nosuch.tml: no such file or folder", 0},
	} {
		_, err := ReadFile(tc.path)
		if err == nil {
			t.Errorf("%s: no error", tc.path)
			continue
		}
		if !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: error %q, want it to start with %q", tc.path, err, tc.want)
		}
		pe, ok := errors.AsType[*ParseError](err)
		if !ok || pe.Line != tc.line || pe.Path != tc.path {
			t.Errorf("%s: error %#v, want a *ParseError at line %d", tc.path, err, tc.line)
		}
	}

	for name, data := range map[string]string{
		"empty":        "",
		"no text":      `<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" value="1998-01-08"/></DCT></TimeML>`,
		"bad dct":      `<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" value="XXXX"/></DCT><TEXT>x</TEXT></TimeML>`,
		"invalid utf8": "<TimeML><TEXT>\xff</TEXT></TimeML>",
		"two texts":    `<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>`,
		"mixed":        `<DOC><DATETIME><TIMEX2 val="2009-01-01"/></DATETIME><TEXT><TIMEX3 value="2009">2009</TIMEX3></TEXT></DOC>`,
		"truncated":    `<TimeML><TEXT>On <TIMEX3 value="2009">2009`,
	} {
		if doc, err := Parse(name, []byte(data)); err == nil {
			t.Errorf("%s: no error; doc %+v", name, doc)
		} else if !strings.HasPrefix(err.Error(), name+":") {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
	}
}

func TestReadPaths(t *testing.T) {
	docs, skipped := ReadPaths([]string{"testdata/timeml/b.tml", "testdata/timeml", "testdata/nosuch", "testdata/wikiwars"})
	var paths []string
	for _, d := range docs {
		paths = append(paths, d.Path)
	}
	want := []string{"testdata/timeml/a.tml", "testdata/timeml/b.tml", "testdata/wikiwars/01_Small.key.xml"}
	if strings.Join(paths, " ") != strings.Join(want, " ") {
		t.Errorf("read %q, want %q (sorted, each once)", paths, want)
	}
	if len(skipped) != 1 || !errors.Is(skipped[0], fs.ErrNotExist) {
		t.Errorf("skipped %v, want testdata/nosuch", skipped)
	}

	// A folder without annotated files is an error, not silence.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "README.txt"), []byte("hi"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, skipped = ReadPaths([]string{dir})
	if len(docs) != 0 || len(skipped) != 1 || !strings.Contains(skipped[0].Error(), "no .tml or .xml files") {
		t.Errorf("empty folder: docs %v, skipped %v", docs, skipped)
	}
}

// TestReadTimeBank reads a real TimeBank file from the shared corpus, which
// a clone of the repository alone does not have.
func TestReadTimeBank(t *testing.T) {
	const path = "../../shared/data/timeml/TimeBank/ABC19980108.1830.0711.tml"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("the TempEval-3 corpus is not here (%v): it lives in ../shared next to the repository", err)
	}
	doc, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC); !doc.Anchor.Equal(want) {
		t.Errorf("anchor %v, want %v", doc.Anchor, want)
	}
	if doc.ID != "ABC19980108.1830.0711" || doc.Format != TimeML {
		t.Errorf("ID %q, format %v", doc.ID, doc.Format)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Every TIMEX3 but the creation time is gold.
	if want := strings.Count(string(data), "<TIMEX3 ") - 1; len(doc.Gold) != want || want == 0 {
		t.Errorf("%d gold expressions, want %d", len(doc.Gold), want)
	}
	checkSpans(t, doc)
	if strings.Contains(doc.Text, "<") {
		t.Errorf("text holds a tag: %q", doc.Text)
	}
}

// TestReadCorpora reads every file of the shared TimeML and WikiWars corpora
// and checks the gold spans.
func TestReadCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("reads whole corpora")
	}
	for _, tc := range []struct {
		dir        string
		docs, gold int
	}{
		{"../../shared/data/timeml", 256, 1822},
		{"../../shared/data/wikiwars/keyinline", 22, 2636},
	} {
		if _, err := os.Stat(tc.dir); err != nil {
			t.Skipf("the shared corpora are not here (%v): they live in ../shared next to the repository", err)
		}
		docs, skipped := ReadPaths([]string{tc.dir})
		if len(skipped) > 0 {
			t.Errorf("%s: skipped %v", tc.dir, skipped)
		}
		gold := 0
		for _, d := range docs {
			checkSpans(t, d)
			gold += len(d.Gold)
		}
		if len(docs) != tc.docs || gold != tc.gold {
			t.Errorf("%s: %d docs, %d gold expressions; want %d, %d", tc.dir, len(docs), gold, tc.docs, tc.gold)
		}
	}
}

// FuzzParse checks that Parse never panics and that every gold span lies in
// the text, on rune boundaries, in order, and reads as the gold text.
func FuzzParse(f *testing.F) {
	for _, path := range []string{"testdata/timeml/a.tml", "testdata/timeml/b.tml", "testdata/wikiwars/01_Small.key.xml", "testdata/malformed.tml"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse("fuzz.tml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.tml") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		end := 0
		for _, g := range doc.Gold {
			if g.Start < end || g.End < g.Start || g.End > len(doc.Text) {
				t.Fatalf("span [%d,%d) out of order or outside the text (%d bytes)", g.Start, g.End, len(doc.Text))
			}
			end = g.End
			if doc.Text[g.Start:g.End] != g.Text {
				t.Errorf("gold %q at [%d,%d) reads %q", g.Text, g.Start, g.End, doc.Text[g.Start:g.End])
			}
			if g.Start < len(doc.Text) && !utf8.RuneStart(doc.Text[g.Start]) {
				t.Errorf("span [%d,%d) starts inside a rune", g.Start, g.End)
			}
		}
	})
}
