package render_test

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// checkHTMLEvent fails t unless appendHTMLEvent writes he's <li> as the
// template "event" does, byte for byte.
func checkHTMLEvent(t testing.TB, he *render.HTMLEvent) {
	t.Helper()
	want, err := render.TemplateHTMLEvent(he)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(render.AppendHTMLEvent(nil, he)); got != want {
		t.Fatalf("appendHTMLEvent differs from the template for %+v:\n got %q\nwant %q", *he, got, want)
	}
	// Appending keeps what the buffer held.
	if got := string(render.AppendHTMLEvent([]byte("x"), he)); got != "x"+want {
		t.Fatalf("appendHTMLEvent after a byte: %q", got)
	}
}

// TestHTMLEventOracle holds appendHTMLEvent to the template "event" on the
// events of the test timelines, of the example articles, and of the
// JSON-lines corpus named by $TIMELINE_CORPUS when set (go run
// ./internal/benchcorpus; a corpus of distinct articles is best).
func TestHTMLEventOracle(t *testing.T) {
	timelines := map[string]func(*testing.T) *timeline.Timeline{
		"sample":   func(*testing.T) *timeline.Timeline { return sampleTimeline() },
		"rich":     func(*testing.T) *timeline.Timeline { return richTimeline() },
		"big":      func(*testing.T) *timeline.Timeline { return bigTimeline(2000) },
		"seed":     seedTimeline,
		"articles": exampleArticlesTimeline,
		"corpus":   corpusTimeline,
		"hostile":  func(*testing.T) *timeline.Timeline { return hostileTimeline(rand.New(rand.NewPCG(15, 16))) },
	}
	for name, tl := range timelines {
		t.Run(name, func(t *testing.T) {
			events := render.HTMLEvents(tl(t))
			for i := range events {
				checkHTMLEvent(t, &events[i])
			}
		})
	}
}

// corpusTimeline is the timeline of the JSON-lines corpus named by
// $TIMELINE_CORPUS; it skips t without one.
func corpusTimeline(t *testing.T) *timeline.Timeline {
	path := os.Getenv("TIMELINE_CORPUS")
	if path == "" {
		t.Skip("set TIMELINE_CORPUS to a JSON-lines corpus to compare its events too")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var c timeline.Corpus
	c.AddJSONL(path, f)
	tl, err := c.Build(timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d events", path, len(tl.Events))
	return tl
}

// hostilePieces are what html/template escapes apart in one context or
// another: quotes, markup, entities, URL schemes safe and unsafe, percent
// escapes valid and not, NUL, invalid UTF-8, separators JavaScript and
// HTML treat apart, and plain words.
var hostilePieces = []string{
	"a", "Z", "0", " ", "\t", "\n", "é", "“", "\u2028", "\u2029", "\ufeff", "\ufffd", "\xff", "\xc3", "\x00", "\x7f", "\x1b",
	`"`, "'", "`", "<", ">", "&", "&amp;", "&#34;", "+", "=", "%", "%41", "%zz", "%4", "#", "?", "/", ":", ";", ",", "(", ")",
	"!", "$", "*", "@", "[", "]", "{", "}", "\\", "^", "|", "~", "-", "_", ".",
	"<script>alert(1)</script>", "</li>", "<!--", "-->", " onload=alert(1)", "javascript:", "JavaScript:", "data:",
	"vbscript:", "http:", "HTTPS:", "mailto:", "http://example.com/a?b=c&d=e#f", "//evil.example", "x/y:z",
}

// hostileText joins up to max-1 hostile pieces drawn at random.
func hostileText(r *rand.Rand, max int) string {
	var b strings.Builder
	for range r.IntN(max) {
		b.WriteString(hostilePieces[r.IntN(len(hostilePieces))])
	}
	return b.String()
}

// TestHTMLEventHostile holds appendHTMLEvent to the template on events whose
// every field is hostile text, URLs included (HTML makes only http and
// https ones, but the encoder must escape any as the template does).
func TestHTMLEventHostile(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 5000 {
		text := func() string { return hostileText(r, 6) }
		he := render.HTMLEvent{
			Anchor: text(), Label: text(), DateTime: text(), Expected: r.IntN(2) == 0, PhraseAside: text(),
			Before: text(), Phrase: text(), After: text(),
		}
		for range r.IntN(3) {
			he.Facts = append(he.Facts, render.HTMLFact{Name: text(), Value: text()})
		}
		for range r.IntN(3) {
			he.Citations = append(he.Citations, render.HTMLCitation{
				Name: text(), URL: text(), SourceAnchor: text(), Sentence: r.IntN(2000) - 1000, Quote: text(),
			})
		}
		checkHTMLEvent(t, &he)
	}
}

// FuzzHTMLEvent holds appendHTMLEvent to the template "event" on any text
// in any field.
func FuzzHTMLEvent(f *testing.F) {
	f.Add("e1", "Aug. 26, 2016", "2016-08-26", false, "", "Kerry met Lavrov ", "on Friday", ".", "Place", "Geneva",
		"Reuters", "https://example.com/a?b=1&c=2+3", "source-1", 4, "")
	f.Add(`x" onload="alert(1)`, "<script>alert(1)</script>", "'><b>", true, "“now”\u2028", "a\x00b", "\xff\xfe", "`x`=y",
		"&amp;", "&#39;", "<q>", "javascript:alert(1)", "a b/c?d#e%zz", -1, "\"quoted\"")
	f.Add("", "", "", true, "x", "", "", "", "", "", "", "data:text/html,<script>", "", 0, "q")
	f.Add("a", "b", "c", false, "", "", "", "", "n", "v", "n", "HTTP://EX.COM/%41%4g%", "", 1, "")
	f.Add("a", "b", "", false, "", "", "", "", "", "", "", "/relative/path:x?q='1'", "", 1, "")
	f.Fuzz(func(t *testing.T, anchor, label, dateTime string, expected bool, aside, before, phrase, after,
		factName, factValue, citeName, url, sourceAnchor string, sentence int, quote string) {
		he := render.HTMLEvent{
			Anchor: anchor, Label: label, DateTime: dateTime, Expected: expected, PhraseAside: aside,
			Before: before, Phrase: phrase, After: after,
			Citations: []render.HTMLCitation{
				{Name: citeName, URL: url, SourceAnchor: sourceAnchor, Sentence: sentence, Quote: quote},
				{Name: citeName, SourceAnchor: url, Sentence: sentence},
			},
		}
		if factName != "" || factValue != "" {
			he.Facts = []render.HTMLFact{{Name: factName, Value: factValue}, {Name: factValue, Value: factName}}
		}
		checkHTMLEvent(t, &he)
	})
}

// TestHTMLPageOracle holds HTML to the templates in assets, the page
// template around the template "event", on the timelines of
// TestHTMLEventOracle, an empty one and one without sources.
func TestHTMLPageOracle(t *testing.T) {
	timelines := map[string]func(*testing.T) *timeline.Timeline{
		"sample":   func(*testing.T) *timeline.Timeline { return sampleTimeline() },
		"rich":     func(*testing.T) *timeline.Timeline { return richTimeline() },
		"big":      func(*testing.T) *timeline.Timeline { return bigTimeline(2000) },
		"empty":    func(*testing.T) *timeline.Timeline { return &timeline.Timeline{} },
		"seed":     seedTimeline,
		"articles": exampleArticlesTimeline,
		"corpus":   corpusTimeline,
		"hostile":  func(*testing.T) *timeline.Timeline { return hostileTimeline(rand.New(rand.NewPCG(13, 14))) },
		"no sources": func(*testing.T) *timeline.Timeline {
			tl := sampleTimeline()
			tl.Sources = nil
			return tl
		},
	}
	for name, tl := range timelines {
		t.Run(name, func(t *testing.T) {
			tl := tl(t)
			want, err := render.TemplateHTML(tl)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(renderHTML(t, tl)); got != want {
				i := 0
				for i < len(got) && i < len(want) && got[i] == want[i] {
					i++
				}
				t.Fatalf("HTML differs from the templates at byte %d:\n got %q\nwant %q", i, got[i:min(i+200, len(got))], want[i:min(i+200, len(want))])
			}
		})
	}
}

// hostileTimeline is a timeline of hostile text in every field HTML shows:
// title, sources (their titles, IDs, paths and URLs, some of them http(s)
// URLs full of escapes), events (IDs, text, phrases, actors, places, kinds,
// conflicts) and citations, some of documents without a source.
func hostileTimeline(r *rand.Rand) *timeline.Timeline {
	text := func() string { return hostileText(r, 6) }
	tl := &timeline.Timeline{Title: text()}
	for i := range 20 {
		url := text()
		if i%2 == 0 {
			url = "https://example.com/" + url
		}
		tl.Sources = append(tl.Sources, timeline.Source{
			ID: text(), Title: text(), Path: text(), URL: url,
			Published: time.Date(2016, time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC),
		})
	}
	doc := func() string {
		if r.IntN(5) == 0 {
			return text()
		}
		return tl.Sources[r.IntN(len(tl.Sources))].ID
	}
	for range 300 {
		day := time.Date(2016, time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		e := timeline.Event{
			ID: text(), Text: text(), Expected: r.IntN(3) == 0, Place: text(), DateConflict: text(),
			When:   timeline.When{Value: dayValue(day.Year(), day.Month(), day.Day()), Phrase: text()},
			Kind:   timeline.Kind{Name: text(), CAMEO: text()},
			Source: timeline.Citation{Doc: doc(), Sentence: r.IntN(50), Quote: text()},
		}
		for range r.IntN(3) {
			e.Actors = append(e.Actors, timeline.Actor{Name: text(), Role: text()})
		}
		for range r.IntN(3) {
			e.Citations = append(e.Citations, timeline.Citation{Doc: doc(), Sentence: r.IntN(50), Quote: text()})
		}
		tl.Events = append(tl.Events, e)
	}
	return tl
}

// FuzzHTMLPage holds HTML to the templates in assets on the timeline of
// any article, title and URL.
func FuzzHTMLPage(f *testing.F) {
	f.Add("Evil <script>alert(1)</script>", "Kerry met Putin last month <script>alert(1)</script>.\n\n"+
		`The talks "onload=alert(1) resumed on Aug. 1 </style> amid [x](javascript:alert(1)) hopes.`, "https://example.com/a?b=1&c=2+3")
	f.Add("T", "It happened yesterday\x00 and on Friday at 3 p.m., ‘in’ “quotes” \u2028 next week.", "javascript:alert(1)")
	f.Add("", "Talks resume on Aug. 26, 2016, 'Kerry' said & Lavrov agreed + more.", "http://ex.com/%41%zz'\"<>")
	published := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, title, text, url string) {
		doc := timeline.NewDocument("a", title, text, published, url)
		tl, err := timeline.Build([]*timeline.Document{doc}, timeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		want, err := render.TemplateHTML(tl)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(renderHTML(t, tl)); got != want {
			t.Fatalf("HTML differs from the templates:\n got %q\nwant %q", got, want)
		}
	})
}
