package render_test

import (
	"bufio"
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

func renderHTML(t *testing.T, tl *timeline.Timeline) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := render.HTML(&buf, tl); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestHTMLGolden(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{"sample": sampleTimeline(), "rich": richTimeline()} {
		t.Run(name, func(t *testing.T) {
			out := renderHTML(t, tl)
			if again := renderHTML(t, tl); !bytes.Equal(out, again) {
				t.Error("two renderings of the same timeline differ")
			}
			checkGolden(t, "html-"+name+".html.golden", out)
		})
	}
}

// parseHTML parses a page the way a browser does.
func parseHTML(t *testing.T, page []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// elements returns the element nodes under n in document order.
func elements(n *html.Node) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode {
			out = append(out, d)
		}
	}
	return out
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	return strings.Contains(" "+v+" ", " "+class+" ")
}

// textOf is the text content of n, white space collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// TestHTMLStructure checks what a reader, a screen reader and a phone need:
// the language, the viewport, landmarks, headings in order, every event in
// order, and no requests for anything outside the page.
func TestHTMLStructure(t *testing.T) {
	tl := richTimeline()
	page := renderHTML(t, tl)
	doc := parseHTML(t, page)
	els := elements(doc)
	landmarks := map[string]int{}
	var headings []string
	var eventTexts, eventIDs []string
	viewport := false
	for _, n := range els {
		switch n.Data {
		case "html":
			if lang, _ := attr(n, "lang"); lang != "en" {
				t.Errorf(`<html lang=%q>, want "en"`, lang)
			}
		case "meta":
			if name, _ := attr(n, "name"); name == "viewport" {
				viewport = true
			}
		case "header", "main", "footer", "nav":
			landmarks[n.Data]++
		case "h1", "h2", "h3", "h4", "h5", "h6":
			headings = append(headings, n.Data+" "+textOf(n))
		case "li":
			if hasClass(n, "event") {
				id, _ := attr(n, "id")
				eventIDs = append(eventIDs, id)
				for _, c := range elements(n) {
					if c.Data == "p" && hasClass(c, "text") {
						eventTexts = append(eventTexts, textOf(c))
					}
				}
			}
		case "script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base", "form":
			t.Errorf("the page has a <%s> element", n.Data)
		}
		for _, a := range n.Attr {
			if a.Key == "src" || a.Key == "srcset" || a.Key == "style" || strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s> has a %s attribute", n.Data, a.Key)
			}
		}
	}
	if !viewport {
		t.Error("no viewport meta element")
	}
	for _, l := range []string{"header", "main", "footer", "nav"} {
		if landmarks[l] != 1 {
			t.Errorf("%d <%s> elements, want 1", landmarks[l], l)
		}
	}
	want := []string{
		"h1 Syria diplomacy, 1900s to 2016",
		"h2 The 20th century",
		"h2 The 1990s",
		"h2 2015",
		"h3 December 2015 to February 2016",
		"h2 2016",
		"h3 January to May 2016",
		"h3 January to June 2016",
		"h3 July to September 2016",
		"h3 August 2016",
		"h2 Sources",
	}
	if got := strings.Join(headings, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("headings:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if len(eventTexts) != len(tl.Events) {
		t.Fatalf("%d events on the page, want %d", len(eventTexts), len(tl.Events))
	}
	for i, e := range tl.Events {
		if eventTexts[i] != e.Text || eventIDs[i] != e.ID {
			t.Errorf("event %d: %s %q, want %s %q", i, eventIDs[i], eventTexts[i], e.ID, e.Text)
		}
	}
	for _, s := range []string{"url(", "@import", "http://", "//fonts."} {
		if i := bytes.Index(page, []byte(s)); i >= 0 && !bytes.Contains(page[:i], []byte("</style>")) {
			t.Errorf("the style sheet holds %q: the page must make no requests", s)
		}
	}
}

// TestHTMLHeadingLevels checks that a page has one h1, first, and that no heading
// is more than one level below the one before it.
func TestHTMLHeadingLevels(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{
		"sample": sampleTimeline(), "rich": richTimeline(), "malicious": maliciousTimeline(), "empty": {},
	} {
		prev, h1 := 0, 0
		for _, n := range elements(parseHTML(t, renderHTML(t, tl))) {
			if len(n.Data) != 2 || n.Data[0] != 'h' || n.Data[1] < '1' || n.Data[1] > '6' {
				continue
			}
			level := int(n.Data[1] - '0')
			if level == 1 {
				h1++
			}
			if level > prev+1 {
				t.Errorf("%s: <%s> %q follows an h%d", name, n.Data, textOf(n), prev)
			}
			prev = level
		}
		if h1 != 1 {
			t.Errorf("%s: %d h1 elements, want 1", name, h1)
		}
	}
}

// TestHTMLEscaping checks that article text, titles, IDs and URLs can
// inject neither markup nor script: a <script> element, "onload=" and
// "</style>" in an event text stay text, and a javascript: URL is no link.
func TestHTMLEscaping(t *testing.T) {
	tl := maliciousTimeline()
	page := renderHTML(t, tl)
	doc := parseHTML(t, page)
	styles := 0
	for _, n := range elements(doc) {
		switch n.Data {
		case "script", "img", "svg", "iframe", "b", "a", "style", "mark", "q", "time", "span", "cite", "p", "li", "dl", "dt", "dd", "div":
		case "html", "head", "meta", "title", "body", "header", "h1", "h2", "h3", "main", "section", "ol", "footer", "nav", "br":
		default:
			t.Errorf("unexpected element <%s>", n.Data)
		}
		switch n.Data {
		case "script", "img", "svg", "iframe", "b":
			t.Errorf("text became a <%s> element", n.Data)
		case "style":
			styles++
		case "a":
			href, _ := attr(n, "href")
			if !strings.HasPrefix(href, "#") && !strings.HasPrefix(href, "https://") && !strings.HasPrefix(href, "http://") {
				t.Errorf("link to %q: only http(s) URLs and fragments may be links", href)
			}
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "style" || a.Key == "src" {
				t.Errorf("text became a %s attribute of <%s>", a.Key, n.Data)
			}
			if a.Key == "id" && strings.ContainsAny(a.Val, ` "<>=`) {
				t.Errorf("element id %q", a.Val)
			}
		}
	}
	if styles != 1 {
		t.Errorf("%d <style> elements, want 1", styles)
	}
	if n := bytes.Count(bytes.ToLower(page), []byte("</style")); n != 1 {
		t.Errorf("</style appears %d times, want once (closing the style sheet)", n)
	}
	if bytes.Contains(bytes.ToLower(page), []byte("<script")) {
		t.Error("the page holds <script")
	}
	var texts []string
	for _, n := range elements(doc) {
		if n.Data == "p" && hasClass(n, "text") {
			texts = append(texts, textOf(n))
		}
	}
	if len(texts) != 2 || texts[0] != strings.Join(strings.Fields(tl.Events[0].Text), " ") {
		t.Errorf("event texts %q, want the text of e1 as written first", texts)
	}
	for _, want := range []string{
		"&lt;script&gt;window.__pwned=1&lt;/script&gt;",
		"&#34;onload=window.__pwned=1",
		"&lt;/style&gt;&lt;style&gt;",
		"address (not a web link) javascript:window.__pwned=1",
		"<title>&lt;/title&gt;&lt;script&gt;",
	} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("the page lacks the escaped text %q", want)
		}
	}
}

func TestHTMLEmpty(t *testing.T) {
	for _, tl := range []*timeline.Timeline{nil, {}} {
		page := string(renderHTML(t, tl))
		for _, want := range []string{"<title>Timeline</title>", "0 dated events from 0 sources.", "No dated events.", "No sources."} {
			if !strings.Contains(page, want) {
				t.Errorf("HTML(%v) lacks %q", tl, want)
			}
		}
	}
}

func ExampleHTML() {
	var page bytes.Buffer
	if err := render.HTML(&page, exampleTimeline()); err != nil {
		fmt.Println(err)
		return
	}
	// The page is long (its style sheet is inline); print its main element.
	sc := bufio.NewScanner(&page)
	inMain := false
	for sc.Scan() {
		line := sc.Text()
		inMain = inMain || strings.HasPrefix(line, "<main")
		if inMain {
			fmt.Println(line)
		}
		if line == "</main>" {
			break
		}
	}
	// Output:
	// <main id="timeline" tabindex="-1">
	// <section class="year">
	// <h2>2016</h2>
	// <section class="month">
	// <h3>August 2016</h3>
	// <ol class="events">
	// <li class="event" id="e1">
	// <p class="when"><time datetime="2016-08-26">Fri. Aug. 26, 2016</time></p>
	// <p class="text">John Kerry met Sergey Lavrov in Geneva.</p>
	// <p class="cite"><span class="cite-label">Source:</span> <a href="https://example.com/geneva">Kerry and Lavrov meet in Geneva</a>, sentence 1</p>
	// </li>
	// <li class="event expected" id="e2">
	// <p class="when"><span class="date">in the future</span> <span class="badge">Expected</span></p>
	// <p class="text">Experts will meet <mark>in the coming weeks</mark>.</p>
	// <p class="cite"><span class="cite-label">Source:</span> <a href="https://example.com/geneva">Kerry and Lavrov meet in Geneva</a>, sentence 4</p>
	// </li>
	// </ol>
	// </section>
	// </section>
	// </main>
}

// TestHTMLChunks checks the events rendered in chunks on several goroutines
// (HTML uses GOMAXPROCS of them): the page is the same on one goroutine as
// on four, and holds every event once, in order, under one heading per
// month.
func TestHTMLChunks(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, n := range []int{1, 256, 257, 1000} {
		tl := bigTimeline(n)
		runtime.GOMAXPROCS(1)
		one := renderHTML(t, tl)
		runtime.GOMAXPROCS(4)
		four := renderHTML(t, tl)
		if !bytes.Equal(one, four) {
			t.Errorf("%d events: HTML on four goroutines differs from HTML on one", n)
		}
		page := string(one)
		at := 0
		for i := range tl.Events {
			id := fmt.Sprintf(` id="e%d">`, i+1)
			k := strings.Index(page[at:], id)
			if k < 0 {
				t.Fatalf("%d events: event e%d missing or out of order", n, i+1)
			}
			at += k + len(id)
		}
		if got := strings.Count(page, "<li class=\"event"); got != n {
			t.Errorf("%d events: %d event items", n, got)
		}
	}
}
