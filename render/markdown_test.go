package render_test

import (
	"bytes"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
	"github.com/yuin/goldmark"
)

func TestMarkdownGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := render.Markdown(&buf, sampleTimeline()); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "timeline.md.golden", buf.Bytes())
}

func TestMarkdownEmpty(t *testing.T) {
	for _, tl := range []*timeline.Timeline{nil, {}} {
		var buf bytes.Buffer
		if err := render.Markdown(&buf, tl); err != nil {
			t.Fatal(err)
		}
		const want = "# Timeline\n\n## Timeline\n\n_No dated events._\n"
		if buf.String() != want {
			t.Errorf("Markdown(%v) = %q, want %q", tl, buf.String(), want)
		}
	}
}

// TestMarkdownCommonMark parses the output with goldmark: every event text
// and phrase must come out as text, and nothing from the input as HTML or a
// link.
func TestMarkdownCommonMark(t *testing.T) {
	tl := sampleTimeline()
	tl.Title = "<h1>Title</h1> # *not* emphasis #"
	tl.Sources[0].Title = "Kerry](javascript:alert(1)) [and `Lavrov`"
	tl.Sources[1].ID = "notes/``council``.txt"
	tl.Sources[1].URL = "javascript:alert(1)"
	hostile := []string{
		"<script>alert(1)</script>",
		"[x](javascript:alert(1))",
		"![img](https://evil.example/x.png)",
		"<https://evil.example>",
		"- a list item",
		"+ another",
		"2016. A year that looks like a list.",
		"3) also a list",
		"> a quote",
		"# a heading",
		"```go",
		"~~~",
		"***",
		"---",
		"    indented code",
		"&lt;b&gt; &#60;b&#62; AT&T",
		"line one\n\nline two\n=====",
		`trailing backslash \`,
		"a | table | row",
		"~~strike~~ and _under_ and __bold__",
		"<!-- comment -->",
		`"quotes" and 'apostrophes'`,
	}
	for i, h := range hostile {
		tl.Events = append(tl.Events, timeline.Event{
			When:   timeline.When{Value: dayValue(2016, 9, 1+i), Phrase: h, Rule: "test"},
			Text:   h,
			Source: timeline.Citation{Doc: tl.Sources[i%2].ID, Sentence: i + 1},
		})
	}
	var md bytes.Buffer
	if err := render.Markdown(&md, tl); err != nil {
		t.Fatal(err)
	}
	html := toHTML(t, md.Bytes())
	checkHTML(t, html, "https://example.com/world/2016/08/26/kerry-lavrov-geneva")
	for _, e := range tl.Events {
		if want := escapeHTML(collapse(e.Text)); !strings.Contains(html, want) {
			t.Errorf("HTML lacks event text %q as %q", e.Text, want)
		}
		if p := collapse(e.When.Phrase); p != "" && !strings.Contains(html, "<em>"+escapeHTML(p)+"</em>") {
			t.Errorf("HTML lacks phrase %q in italics", p)
		}
	}
	for _, want := range []string{
		"<h1>" + escapeHTML(tl.Title) + "</h1>",
		escapeHTML(tl.Sources[0].Title),
		"<code>" + escapeHTML(tl.Sources[1].ID) + "</code>",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("Markdown:\n%s\nHTML:\n%s", md.String(), html)
	}
}

// FuzzMarkdown checks that any title, phrase and text render as themselves.
func FuzzMarkdown(f *testing.F) {
	f.Add("Title", "late August", "Talks resumed.", "https://example.com/a")
	f.Add("# x", "_x_", "1. <b>x</b> [y](z) &amp; \\", "javascript:x")
	f.Add("", "", "", "")
	f.Add("*", "2016-08", "- x", "https://example.com/a b(c)\\d&amp;")
	f.Fuzz(func(t *testing.T, title, phrase, text, url string) {
		for _, s := range []string{title, phrase, text, url} {
			// goldmark replaces NUL; a CommonMark reader need not keep
			// invalid UTF-8.
			if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
				t.Skip()
			}
		}
		tl := &timeline.Timeline{
			Title:   title,
			Sources: []timeline.Source{{ID: "a", Title: title, URL: url}},
			Events: []timeline.Event{{
				When:   timeline.When{Value: dates.Value{Value: phrase}, Phrase: phrase},
				Text:   text,
				Source: timeline.Citation{Doc: "a", Sentence: 1},
			}},
		}
		var md bytes.Buffer
		if err := render.Markdown(&md, tl); err != nil {
			t.Fatal(err)
		}
		html := toHTML(t, md.Bytes())
		// URL schemes are case-insensitive: "HTTP://x" is a link too.
		if lower := strings.ToLower(url); strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://") {
			checkHTML(t, html, "")
		} else {
			checkHTML(t, html)
		}
		for _, s := range []string{collapse(text), collapse(title)} {
			if !strings.Contains(html, escapeHTML(s)) {
				t.Errorf("HTML lacks %q", s)
			}
		}
		if p := collapse(phrase); p != "" && !strings.Contains(html, "<em>"+escapeHTML(p)+"</em>") {
			t.Errorf("HTML lacks <em>%s</em>", escapeHTML(p))
		}
		if l := collapse(render.Label(tl.Events[0].When.Value)); l != "" && !strings.Contains(html, "<strong>"+escapeHTML(l)+"</strong>") {
			t.Errorf("HTML lacks <strong>%s</strong>", escapeHTML(l))
		}
		if t.Failed() {
			t.Logf("Markdown:\n%s\nHTML:\n%s", md.String(), html)
		}
	})
}

func toHTML(t *testing.T, md []byte) string {
	t.Helper()
	var buf bytes.Buffer
	if err := goldmark.Convert(md, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

var (
	tagRE  = regexp.MustCompile(`<(/?)([a-z0-9]+)([^>]*)>`)
	hrefRE = regexp.MustCompile(`^ href="([^"]*)"$`)
)

// checkHTML fails unless html has only the tags Markdown writes and links
// only to hrefs. An empty href allows any http(s) link.
func checkHTML(t *testing.T, html string, hrefs ...string) {
	t.Helper()
	if strings.Contains(html, "raw HTML omitted") {
		t.Errorf("input passed through as raw HTML")
	}
	allowed := map[string]bool{"h1": true, "h2": true, "p": true, "ul": true, "li": true, "strong": true, "em": true, "code": true, "a": true}
	for _, m := range tagRE.FindAllStringSubmatch(html, -1) {
		name, attrs := m[2], m[3]
		if !allowed[name] {
			t.Errorf("unexpected tag %s", m[0])
			continue
		}
		if m[1] == "/" || attrs == "" {
			continue
		}
		h := hrefRE.FindStringSubmatch(attrs)
		if name != "a" || h == nil {
			t.Errorf("unexpected attributes in %s", m[0])
			continue
		}
		ok := false
		for _, want := range hrefs {
			lower := strings.ToLower(h[1]) // schemes are case-insensitive
			ok = ok || h[1] == want || want == "" && (strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://"))
		}
		if !ok {
			t.Errorf("unexpected link %s", m[0])
		}
	}
}

// escapeHTML escapes text as goldmark does.
func escapeHTML(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestMarkdownChunks checks the events written in chunks on several
// goroutines (Markdown uses GOMAXPROCS of them): the bytes are the same on
// one goroutine as on four, and a run of events under one label that
// crosses a chunk's edge keeps one heading.
func TestMarkdownChunks(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, n := range []int{1, 255, 256, 257, 1000} {
		tl := bigTimeline(n)
		runs := 0
		for i := range tl.Events {
			if i%100 == 0 {
				runs++
			}
			tl.Events[i].When = tl.Events[i-i%100].When // runs of 100 events on one date
		}
		var one, four bytes.Buffer
		runtime.GOMAXPROCS(1)
		if err := render.Markdown(&one, tl); err != nil {
			t.Fatal(err)
		}
		runtime.GOMAXPROCS(4)
		if err := render.Markdown(&four, tl); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(one.Bytes(), four.Bytes()) {
			t.Errorf("%d events: Markdown on four goroutines differs from Markdown on one", n)
		}
		if got := strings.Count(one.String(), "\n**"); got != runs {
			t.Errorf("%d events in %d runs of one date: %d date headings", n, runs, got)
		}
		if got := strings.Count(one.String(), "\n- _on "); got != n {
			t.Errorf("%d events: %d event items", n, got)
		}
	}
}
