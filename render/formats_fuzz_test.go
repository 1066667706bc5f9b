package render_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	gtext "github.com/yuin/goldmark/text"
	"golang.org/x/net/html"

	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/schema"
	"github.com/timelinehq/timeline/timeline"
)

// FuzzFormats builds a timeline from any article text and title and writes
// it in every format, each read back as its readers read it: JSON valid
// against the schema, TimelineJS valid JSON, CSV that encoding/csv reads
// with one row per event and no cell a spreadsheet runs as a formula, an
// HTML page with no script, event handler or link out of the page from the
// text and only our own style sheet, Markdown with no raw HTML or link, and
// iCalendar lines of at most 75 octets ending in CRLF. Writing twice gives
// the same bytes.
func FuzzFormats(f *testing.F) {
	f.Add("Evil <script>alert(1)</script>", "Kerry met Putin last month <script>alert(1)</script>.\n\n"+
		`The talks "onload=alert(1) resumed on Aug. 1 </style> amid [x](javascript:alert(1)) hopes.`)
	f.Add("Wars", "The revolt lasted from 499 to 493 BC. On 2 August 480 BC, the 15th of March 44 BC, in the 470s BC and the 9th century BC; AD 9.")
	f.Add("# heading", "=1+1 talks will resume next week.\n\n+SUM(A1) on Thursday. -2+3 on Wednesday. @cmd on Tuesday.\n\n\t=x on Monday.")
	f.Add("", "<img src=x onerror=alert(1)> on Aug. 25 with **bold**, `code`, <https://evil.example/> and ![i](x) yesterday.")
	f.Add("T", "It happened yesterday\r\nand in the coming days; ünïcödé “quotes” — and a very long line "+strings.Repeat("word ", 40)+"on Friday.")
	f.Add("Ranges", "Leaders meet at the Sept. 3-4 summit. Talks ran from Monday to Wednesday, from 9 a.m. to 5 p.m. Tuesday, on Aug. 8 and 9 and from 1990 to 1995.")
	published := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, title, text string) {
		doc := timeline.NewDocument("a", title, text, published, "https://example.com/a")
		tl, err := timeline.Build([]*timeline.Document{doc}, timeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		write := func(name string, w func(io.Writer, *timeline.Timeline) error) []byte {
			var a, b bytes.Buffer
			if err := w(&a, tl); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if err := w(&b, tl); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatalf("%s: a second write differs (%v)", name, err)
			}
			return a.Bytes()
		}

		if out := write("JSON", render.JSON); true {
			if err := schema.Validate(out); err != nil {
				t.Errorf("JSON: %v\n%s", err, out)
			}
		}
		if out := write("TimelineJS", render.TimelineJS); !json.Valid(out) {
			t.Errorf("TimelineJS: invalid JSON:\n%s", out)
		}

		rows, err := csv.NewReader(bytes.NewReader(write("CSV", render.CSV))).ReadAll()
		if err != nil {
			t.Fatalf("CSV: %v", err)
		}
		if len(rows) != len(tl.Events)+1 {
			t.Errorf("CSV: %d rows for %d events", len(rows), len(tl.Events))
		}
		for _, row := range rows[1:] {
			for i, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("CSV: row %s, column %s: %q can run as a formula", row[0], rows[0][i], cell)
				}
			}
		}

		page := write("HTML", render.HTML)
		checkPage(t, page)

		md := write("Markdown", render.Markdown)
		gast.Walk(goldmark.DefaultParser().Parse(gtext.NewReader(md)), func(n gast.Node, entering bool) (gast.WalkStatus, error) {
			switch n := n.(type) {
			case *gast.RawHTML, *gast.HTMLBlock, *gast.Image, *gast.AutoLink:
				t.Errorf("Markdown: a %s from the text", n.Kind())
			case *gast.Link:
				if string(n.Destination) != "https://example.com/a" {
					t.Errorf("Markdown: a link to %q", n.Destination)
				}
			}
			return gast.WalkContinue, nil
		})

		ics := write("ICS", render.ICS)
		for i, line := range strings.SplitAfter(string(ics), "\r\n") {
			if line == "" {
				continue
			}
			if !strings.HasSuffix(line, "\r\n") || strings.ContainsAny(strings.TrimSuffix(line, "\r\n"), "\r\n") {
				t.Errorf("ICS: line %d %q does not end in CRLF alone", i+1, line)
			}
			if len(line)-2 > 75 {
				t.Errorf("ICS: line %d is %d octets long", i+1, len(line)-2)
			}
		}
	})
}

// checkPage fails t if the page has a script, an event handler, a link out
// of the page other than the source's, or a style sheet other than ours.
func checkPage(t *testing.T, page []byte) {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("HTML: %v", err)
	}
	styles := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "img", "iframe", "object", "embed", "base", "form", "link", "meta":
				if n.Data != "meta" || hasAttr(n, "http-equiv") {
					t.Errorf("HTML: <%s> element", n.Data)
				}
			case "style":
				styles++
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("HTML: <%s %s=%q>: an event handler", n.Data, a.Key, a.Val)
				}
				if (a.Key == "href" || a.Key == "src") && !strings.HasPrefix(a.Val, "#") && a.Val != "https://example.com/a" {
					t.Errorf("HTML: <%s %s=%q>: a link out of the page", n.Data, a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if styles != 1 || bytes.Count(page, []byte("</style>")) != 1 {
		t.Errorf("HTML: %d style elements, %d </style>; want our one", styles, bytes.Count(page, []byte("</style>")))
	}
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
