package timeline_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// NewDocument splits text as ReadDocument splits a file without front
// matter.
func TestNewDocumentLikeReadDocument(t *testing.T) {
	for _, path := range []string{seedArticle, exampleArticle} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		read, err := timeline.ReadDocument(path, data)
		if err != nil {
			t.Fatal(err)
		}
		// The body without front matter, with CRLF line ends and a BOM.
		body := "\ufeff" + strings.ReplaceAll(read.Text, "\n", "\r\n")
		d := timeline.NewDocument("x", read.Title, body, read.Published.Add(15*time.Hour), "https://example.org/x")
		checkDocument(t, d)
		if d.Text != read.Text {
			t.Fatalf("%s: Text differs", path)
		}
		if !slices.Equal(d.Sentences, read.Sentences) || !slices.Equal(d.Skipped, read.Skipped) || d.TitleSpan != read.TitleSpan {
			t.Errorf("%s: NewDocument splits differently:\n%q\nwant\n%q", path, docSentences(d), docSentences(read))
		}
		if d.ID != "x" || d.Path != "" || d.Title != read.Title || d.URL != "https://example.org/x" || !d.Published.Equal(read.Published) {
			t.Errorf("%s: NewDocument fields %q %q %q %q %v", path, d.ID, d.Path, d.Title, d.URL, d.Published)
		}
	}
	// Without a title, the text's first short line is the title, as
	// ReadDocument finds it.
	d := timeline.NewDocument("y", "", "Talks in Geneva\n\nKerry met Lavrov on Friday.\n", time.Time{}, "")
	if d.Title != "Talks in Geneva" || len(d.Sentences) != 1 || !d.Published.IsZero() {
		t.Errorf("NewDocument without title: %q, %q, %v", d.Title, docSentences(d), d.Published)
	}
	if d := timeline.NewDocument("z", "", "Bad \xff byte. Second sentence.", time.Time{}, ""); !strings.Contains(d.Text, "\uFFFD") {
		t.Errorf("invalid UTF-8 kept: %q", d.Text)
	}
}

const corpusJSONL = `{"id": "deal", "title": "Truce agreed", "text": "Kerry and Lavrov agreed on a truce on Friday.", "published": "2016-09-10", "url": "https://example.org/deal"}

{"id": 42, "text": "The truce took hold on Monday.", "published": "2016-09-13T08:00:00+03:00"}
{"title": "No date", "text": "Aid convoys waited on Tuesday."}
{"text": "broken
["not", "an", "object"]
{"id": true, "text": "x", "published": "2016-09-13"}
{"id": "empty", "text": "  ", "published": "2016-09-13"}
{"id": "baddate", "text": "Kerry spoke on Friday.", "published": "13/09/2016"}
{"id": "deal", "text": "Another text with the same id.", "published": "2016-09-13"}
{"text": "Kerry and Lavrov agreed on a truce on Friday.", "published": "2016-09-10"}
{"text": "Convoys were attacked \u2014 on Monday.", "published": "2016-09-20", "source": "Wire"}`

func TestCorpusJSONL(t *testing.T) {
	var c timeline.Corpus
	c.AddJSONL("corpus.jsonl", strings.NewReader(corpusJSONL))
	var got []string
	for _, d := range c.Docs {
		got = append(got, fmt.Sprintf("%s %s %s %q %q", d.ID, d.Path, d.Published.Format(time.DateOnly), d.Title, d.URL))
	}
	want := []string{
		`deal corpus.jsonl:1 2016-09-10 "Truce agreed" "https://example.org/deal"`,
		`42 corpus.jsonl:3 2016-09-13 "" ""`,
		`corpus.jsonl:12 corpus.jsonl:12 2016-09-20 "" ""`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("documents:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s := c.Docs[2].Source; s != "Wire" {
		t.Errorf("source %q, want Wire", s)
	}
	got = nil
	for _, s := range c.Skipped {
		got = append(got, s.Path+": "+s.Reason)
	}
	want = []string{
		`corpus.jsonl:4: no publication date: pass --published or add "published"`,
		`corpus.jsonl:5: invalid JSON at byte 16: unexpected end of JSON input`,
		`corpus.jsonl:6: expected a JSON object, got array`,
		`corpus.jsonl:7: "id" must be a string or a number`,
		`corpus.jsonl:8: no "text": add the article text`,
		`corpus.jsonl:9: invalid "published" "13/09/2016": use YYYY-MM-DD, e.g. 2016-08-26`,
		`corpus.jsonl:10: duplicate id "deal", already used by corpus.jsonl:1: give each document its own id`,
		`corpus.jsonl:11: same text as corpus.jsonl:1`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("skipped:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCorpusJSONLEdges(t *testing.T) {
	// Invalid UTF-8, a CRLF line end, no final line end, --published.
	var c timeline.Corpus
	c.Published = time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	c.AddJSONL("in", strings.NewReader("{\"text\": \"Bad \xff.\"}\r\n{\"text\": \"Kerry spoke on Friday.\", \"published\": \"2016-09-10\"}"))
	if len(c.Docs) != 1 || c.Docs[0].Path != "in:2" || !c.Docs[0].Published.Equal(c.Published) {
		t.Errorf("docs %v, want in:2 published on the override", c.Docs)
	}
	if len(c.Skipped) != 1 || c.Skipped[0].Path != "in:1" || !strings.HasPrefix(c.Skipped[0].Reason, "invalid UTF-8 at byte 14") {
		t.Errorf("skipped %v", c.Skipped)
	}

	// A read error skips the rest, saying where; the lines before it are
	// used.
	c = timeline.Corpus{}
	c.AddJSONL("broken", iotest.TimeoutReader(strings.NewReader(`{"text": "Kerry spoke on Friday.", "published": "2016-09-10"}`+"\n")))
	c.AddJSONL("failing", iotest.ErrReader(os.ErrClosed))
	if len(c.Docs) != 1 || c.Docs[0].Path != "broken:1" {
		t.Errorf("docs %v, want broken:1", c.Docs)
	}
	want := []timeline.SkippedDoc{
		{Path: "broken", Reason: "cannot read past line 1: timeout"},
		{Path: "failing", Reason: "cannot read past line 0: file already closed"},
	}
	if !slices.Equal(c.Skipped, want) {
		t.Errorf("skipped %v, want %v", c.Skipped, want)
	}

	// Blank input: nothing.
	c = timeline.Corpus{}
	c.AddJSONL("empty", strings.NewReader("\n\n  \n"))
	if len(c.Docs)+len(c.Skipped) != 0 {
		t.Errorf("blank input gave %v, %v", c.Docs, c.Skipped)
	}
}

// TestCorpusJSONLAliases checks that lines in the field names of scrapers
// and news APIs are read, that a field's own name wins over its aliases,
// and that an alias that is not a string is ignored, as any other member.
func TestCorpusJSONLAliases(t *testing.T) {
	lines := []string{
		`{"id":"please","title":"T","maintext":"Kerry spoke on Friday.","date_publish":"2016-08-26 10:15:00"}`,
		`{"id":"newsapi","headline":"H","content":"Kerry spoke on Monday.","publishedAt":"2016-08-26T10:15:00Z","link":"https://x.org/a"}`,
		`{"id":"nyt","body":"Kerry spoke on Tuesday.","pub_date":"2016-08-26T10:15:00+0000"}`,
		`{"id":"own","title":"Own","headline":"Alias","text":"Kerry spoke on Wednesday.","body":"Other text.","published":"2016-08-26","date":"2015-01-01"}`,
		`{"id":"numeric","text":"Kerry spoke on Thursday.","date":1472169600,"content":{"html":"<p>"},"published":"2016-08-26"}`,
		`{"id":"empty","text":"","body":"Kerry spoke on Saturday.","date":"","pubDate":"2016-08-26"}`,
	}
	var c timeline.Corpus
	c.AddJSONL("in", strings.NewReader(strings.Join(lines, "\n")))
	if len(c.Skipped) != 0 {
		t.Fatalf("skipped %v", c.Skipped)
	}
	var got []string
	for _, d := range c.Docs {
		got = append(got, fmt.Sprintf("%s|%s|%s|%s|%s", d.ID, d.Title, d.Published.Format("2006-01-02"), d.URL, strings.TrimSpace(d.Text)))
	}
	want := []string{
		"please|T|2016-08-26||Kerry spoke on Friday.",
		"newsapi|H|2016-08-26|https://x.org/a|Kerry spoke on Monday.",
		"nyt||2016-08-26||Kerry spoke on Tuesday.",
		"own|Own|2016-08-26||Kerry spoke on Wednesday.",
		"numeric||2016-08-26||Kerry spoke on Thursday.",
		"empty||2016-08-26||Kerry spoke on Saturday.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("docs:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCorpusFiles(t *testing.T) {
	var c timeline.Corpus
	c.AddFile("a.md", []byte("---\ntitle: A\npublished: 2016-08-26\n---\nKerry met Lavrov on Friday.\n"))
	c.AddFile("undated.txt", []byte("Kerry met Lavrov on Friday.\n"))
	c.AddFile("bad.md", []byte("---\ntitle: [unclosed\n---\nText.\n"))
	c.AddFile("latin1.txt", []byte("Caf\xe9 talks.\n"))
	c.AddFile("copy.md", []byte("---\ntitle: A\npublished: 2016-08-26\n---\nKerry met Lavrov on Friday.\n"))
	if len(c.Docs) != 1 || c.Docs[0].ID != "a.md" {
		t.Errorf("docs %v, want a.md", c.Docs)
	}
	var got []string
	for _, s := range c.Skipped {
		got = append(got, s.Path+": "+s.Reason)
	}
	want := []string{
		`undated.txt: no publication date: pass --published or add "published:" front matter`,
		`bad.md: line 2: invalid YAML front matter: did not find expected ',' or ']': fix the YAML between the --- lines`,
		`latin1.txt: line 1: invalid UTF-8 at byte 3: save the file as UTF-8`,
		`copy.md: same text as a.md`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("skipped:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// The corpus's skipped inputs come first in the timeline, then those
	// Build skips.
	tl, err := c.Build(timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Skipped) != len(want) || len(tl.Sources) != 1 || tl.Sources[0].Events != len(tl.Events) {
		t.Errorf("timeline: %d skipped, sources %+v, %d events", len(tl.Skipped), tl.Sources, len(tl.Events))
	}
}

func TestIsJSONL(t *testing.T) {
	for in, want := range map[string]bool{
		`{"text": "x"}`:       true,
		"\ufeff \n\t{\"id\"":  true,
		"# Title\n\n{braces}": false,
		"":                    false,
		"Text {x}":            false,
	} {
		if got := timeline.IsJSONL([]byte(in)); got != want {
			t.Errorf("IsJSONL(%q) = %v, want %v", in, got, want)
		}
	}
}

// readMulti reads the articles of testdata/multi: the Geneva talks and three
// later reports of the same negotiation.
func readMulti(t testing.TB) []*timeline.Document {
	t.Helper()
	paths, err := filepath.Glob("../testdata/multi/*.md")
	if err != nil || len(paths) < 4 {
		t.Fatalf("testdata/multi: %v, %v", paths, err)
	}
	var docs []*timeline.Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := timeline.ReadDocument(p, data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// Build gives the same bytes whatever the order of its documents.
func TestBuildOrderIndependent(t *testing.T) {
	docs := readMulti(t)
	render1 := func(docs []*timeline.Document) string {
		tl, err := timeline.Build(docs, timeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := render.JSON(&buf, tl); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	want := render1(docs)
	rng := rand.New(rand.NewPCG(3, 4))
	for range 10 {
		ds := slices.Clone(docs)
		rng.Shuffle(len(ds), func(i, j int) { ds[i], ds[j] = ds[j], ds[i] })
		if got := render1(ds); got != want {
			t.Fatalf("order of documents changed the timeline")
		}
	}
}

// The timeline of testdata/multi keeps the merge invariants, and each
// source's count is the number of events citing it.
func TestBuildMulti(t *testing.T) {
	tl, err := timeline.Build(readMulti(t), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkMerged(t, tl.Events)
	count := map[string]int{}
	for _, e := range tl.Events {
		for _, c := range e.Citations {
			count[c.Doc]++
		}
	}
	for _, s := range tl.Sources {
		if s.Events != count[s.ID] || s.Events == 0 {
			t.Errorf("source %s: Events = %d, %d events cite it", s.ID, s.Events, count[s.ID])
		}
	}
	for i := 1; i < len(tl.Sources); i++ {
		if tl.Sources[i].Published.Before(tl.Sources[i-1].Published) {
			t.Errorf("sources not in publication order: %v", tl.Sources)
		}
	}
}

// FuzzCorpusJSONL checks that nothing is lost: every line that is not blank
// becomes a document or a skipped input naming its line.
func FuzzCorpusJSONL(f *testing.F) {
	f.Add(corpusJSONL)
	f.Add("{\"text\": \"x\", \"published\": \"2016-08-26\"}\r\n\n{")
	f.Add("\xff\n{\"id\": 1.5e3, \"text\": \"\\u00e9t\\u00e9 on Friday.\", \"published\": \"2016-08-26T23:00:00-05:00\"}")
	f.Fuzz(func(t *testing.T, in string) {
		var c timeline.Corpus
		c.AddJSONL("f", strings.NewReader(in))
		lines := 0
		for l := range strings.Lines(in) {
			if len(bytes.TrimSpace([]byte(l))) > 0 {
				lines++
			}
		}
		if got := len(c.Docs) + len(c.Skipped); got != lines {
			t.Fatalf("%d lines, %d documents and %d skipped", lines, len(c.Docs), len(c.Skipped))
		}
		for _, d := range c.Docs {
			checkDocument(t, d)
			if d.Published.IsZero() || !strings.HasPrefix(d.Path, "f:") {
				t.Errorf("document %q: path %q, published %v", d.ID, d.Path, d.Published)
			}
		}
		for _, s := range c.Skipped {
			if !strings.HasPrefix(s.Path, "f:") || s.Reason == "" {
				t.Errorf("skipped %+v", s)
			}
		}
	})
}
