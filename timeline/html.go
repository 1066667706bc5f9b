package timeline

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/charmap"

	"github.com/timelinehq/timeline/internal/datafile"
	"github.com/timelinehq/timeline/internal/sentence"
)

// Where a page's publication date came from (Document.DateFrom), besides
// "meta " and the name of a data/html.txt [date-meta] tag.
const (
	fromPublishedTime   = "meta article:published_time"
	fromOGPublishedTime = "meta og:published_time"
	fromItemprop        = "itemprop datePublished"
	fromJSONLD          = "json-ld datePublished"
	fromTime            = "time datetime"
	fromURL             = "url"
)

// maxHTMLDepth is how deep in the element tree ReadHTML looks; deeper
// elements are left out (no real page nests that deep).
const maxHTMLDepth = 512

// charsetScanBytes is how much of a page is searched for a <meta charset>.
const charsetScanBytes = 4096

//go:embed data/html.txt
var htmlData string

// htmlWords holds the lists of data/html.txt.
type htmlWords struct {
	noise        map[string]bool // parts of class and id values
	dateMeta     []string        // meta names with a date, in order, lower-cased
	utf8Labels   map[string]bool
	cp1252Labels map[string]bool
}

var loadHTMLWords = sync.OnceValue(func() *htmlWords {
	w := &htmlWords{noise: map[string]bool{}, utf8Labels: map[string]bool{}, cp1252Labels: map[string]bool{}}
	for l := range datafile.Lines(htmlData) {
		line := strings.ToLower(l.Text)
		switch strings.ToLower(l.Section) {
		case "noise":
			w.noise[line] = true
		case "date-meta":
			w.dateMeta = append(w.dateMeta, line)
		case "charset-utf-8":
			w.utf8Labels[line] = true
		case "charset-windows-1252":
			w.cp1252Labels[line] = true
		}
	}
	return w
})

// IsHTML reports whether data looks like an HTML page: after a byte order
// mark, white space, comments (a saved page's "<!-- saved from url=... -->")
// and an XML declaration, it starts with "<!doctype html", "<html", "<head"
// or "<body", in any case.
func IsHTML(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	for {
		data = bytes.TrimLeft(data, " \t\r\n\f")
		var end []byte
		switch {
		case bytes.HasPrefix(data, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(data, []byte("<?")):
			end = []byte("?>")
		}
		if end == nil {
			break
		}
		i := bytes.Index(data[2:], end)
		if i < 0 {
			return false
		}
		data = data[2+i+len(end):]
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if len(data) < len(p) || !strings.EqualFold(string(data[:len(p)]), p) {
			continue
		}
		if len(data) == len(p) {
			return true
		}
		// "<html>", "<html lang=...>", "<!doctype html>"; not "<header>".
		switch data[len(p)] {
		case '>', ' ', '\t', '\r', '\n', '\f', '/':
			return true
		}
	}
	return false
}

// ReadAny reads an article file: ReadHTML for a .html or .htm file or for
// data that looks like HTML (IsHTML), else ReadDocument.
func ReadAny(path string, data []byte) (*Document, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		return ReadHTML(path, data)
	}
	if IsHTML(data) {
		return ReadHTML(path, data)
	}
	return ReadDocument(path, data)
}

// ReadHTML reads a saved HTML news page. path is used for the ID and in
// errors; data is the page as saved.
//
// The page is decoded as its <meta charset> (or http-equiv Content-Type)
// says: UTF-8, the default, or windows-1252, which also stands for
// ISO-8859-1 and ASCII; a page declared as windows-1252 that is valid UTF-8
// with non-ASCII in it was re-saved as UTF-8 and is read as such.
//
// Metadata:
//   - Title: og:title, else the first <h1> of the article body, else the
//     first <h1>, else <title>; a " - Site" or " | Site" suffix naming the
//     og:site_name is dropped.
//   - Published (midnight UTC of the calendar date as written) and DateFrom:
//     the first of meta article:published_time ("meta
//     article:published_time"), meta og:published_time, itemprop=datePublished
//     ("itemprop datePublished"), JSON-LD datePublished, also in @graph and
//     arrays, an Article's first ("json-ld datePublished"), the first <time
//     datetime> of the article's header, else of its body ("time datetime"),
//     the meta names of data/html.txt [date-meta] ("meta dc.date" ...), and a
//     /YYYY/MM/DD/ path in the canonical URL or og:url ("url"); else the
//     article's dateline, in its text or its header ("dateline: GENEVA, Aug.
//     26, 2016"; see Dateline).
//   - URL: <link rel=canonical>, else og:url. Source: og:site_name. ID: path.
//
// The article body is the <article> with the most text, else <main>, else
// the itemprop=articleBody element, else the element whose <p> children
// hold the most text. Scripts, styles, forms, navigation, headers, footers,
// asides, iframes, hidden elements and elements whose class or id names
// page furniture (data/html.txt [noise]: share bars, ads, newsletters,
// related links, comments, cookie banners) are left out; figure captions
// are kept in Text but skipped as "caption", and <h2>-<h6> are written as
// Markdown headings ("## Subhead") and skipped as "heading". Text is the
// body's blocks (paragraphs, list items, quotes, headings) one per
// paragraph, separated by blank lines, with white space collapsed and
// entities decoded; Sentences and Skipped are found in it as ReadDocument
// does (boilerplate lines such as "Share" and "Advertisement" are skipped).
// TextLine is 0: Text is drawn from the page, not a part of the file.
//
// Errors are *InputError: invalid UTF-8, an unsupported charset, no
// article text.
func ReadHTML(path string, data []byte) (*Document, error) {
	src, err := decodeHTML(path, data)
	if err != nil {
		return nil, err
	}
	if err := checkEmpty(path, src); err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, &InputError{Path: path, Msg: "cannot parse the HTML", Err: err}
	}
	p := newHTMLPage(root)
	body, blocks := p.articleBody()
	if body == nil {
		return nil, &InputError{
			Path: path, Msg: "no article text found",
			Fix: "the page has no <article>, <main> or paragraphs",
		}
	}
	d := &Document{
		ID:     path,
		Path:   path,
		Title:  p.title(body),
		URL:    p.url(),
		Source: collapseHTMLSpace(p.meta["og:site_name"]),
	}
	var captions []sentence.Span
	d.Text, captions = joinBlocks(blocks)
	d.sortLines()
	d.markCaptions(captions)
	d.Published, d.DateFrom = p.published(body)
	if d.Published.IsZero() {
		inCaption := func(start, end int) bool {
			for _, c := range captions {
				if start < c.End && c.Start < end {
					return true
				}
			}
			return false
		}
		d.useDateline(inCaption)
	}
	if d.Published.IsZero() {
		// The article's own header, left out of Text, may carry the date.
		for _, h := range p.articleHeaders(body) {
			var hb htmlBlocks
			hb.extract(p, h, 0)
			text, _ := joinBlocks(hb.list)
			if m, ok := findDateline(text, nil); ok {
				d.Published, d.DateFrom = m.date, datelineFromPrefix+m.text
				break
			}
		}
	}
	return d, nil
}

// decodeHTML returns the page as a UTF-8 string, decoded by its charset.
func decodeHTML(path string, data []byte) (string, error) {
	bom := 0
	switch {
	case bytes.HasPrefix(data, []byte("\ufeff")):
		bom = 3 // a UTF-8 byte order mark wins over any <meta>
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return "", &InputError{Path: path, Msg: "the page is UTF-16", Fix: "save it as UTF-8"}
	default:
		label := htmlCharset(data[:min(len(data), charsetScanBytes)])
		words := loadHTMLWords()
		switch {
		case label == "" || words.utf8Labels[label]:
		case words.cp1252Labels[label]:
			if utf8.Valid(data) && !isASCIIBytes(data) {
				break // re-saved as UTF-8, the <meta> left as it was
			}
			out, err := charmap.Windows1252.NewDecoder().Bytes(data)
			if err != nil {
				return "", &InputError{Path: path, Msg: "cannot decode the page as windows-1252", Err: err}
			}
			return string(out), nil
		case utf8.Valid(data):
			// An encoding we do not decode, but the bytes are UTF-8.
		default:
			return "", &InputError{
				Path: path, Msg: fmt.Sprintf("unsupported character encoding %q", label),
				Fix: "save the page as UTF-8",
			}
		}
	}
	if !utf8.Valid(data) {
		off := firstInvalidUTF8(data)
		return "", &InputError{
			Path: path, Line: lineOfOffset(data, off), Offset: off,
			Msg: fmt.Sprintf("invalid UTF-8 at byte %d", off),
			Fix: `save the page as UTF-8, or declare its encoding, e.g. <meta charset="windows-1252">`,
		}
	}
	return string(data[bom:]), nil
}

func isASCIIBytes(data []byte) bool {
	for _, c := range data {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// htmlCharset returns the lower-cased charset label a page declares in a
// <meta charset> or <meta http-equiv="Content-Type" content="...;
// charset=..."> within head, or "".
func htmlCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var charset, httpEquiv, content string
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					charset = string(v)
				case "http-equiv":
					httpEquiv = string(v)
				case "content":
					content = string(v)
				}
				if !more {
					break
				}
			}
			if charset != "" {
				return strings.ToLower(strings.TrimSpace(charset))
			}
			if strings.EqualFold(strings.TrimSpace(httpEquiv), "content-type") {
				if _, after, ok := strings.Cut(strings.ToLower(content), "charset="); ok {
					label, _, _ := strings.Cut(after, ";")
					return strings.Trim(strings.TrimSpace(label), `"'`)
				}
			}
		}
	}
}

// htmlPage is a parsed page with what ReadHTML looks up in it.
type htmlPage struct {
	root     *html.Node
	meta     map[string]string // property or name, lower-cased -> first content
	canon    string            // <link rel=canonical href>
	docTitle string            // <title>
	jsonLD   []string          // the contents of application/ld+json scripts
	// holdsMain marks <article>, <main> and itemprop=articleBody elements and
	// their ancestors: they are never page furniture by class or id.
	holdsMain map[*html.Node]bool
}

func newHTMLPage(root *html.Node) *htmlPage {
	p := &htmlPage{root: root, meta: map[string]string{}, holdsMain: map[*html.Node]bool{}}
	walkHTML(root, 0, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Meta:
			content := htmlAttr(n, "content")
			for _, k := range []string{"property", "name"} {
				if key := strings.ToLower(strings.TrimSpace(htmlAttr(n, k))); key != "" && content != "" {
					if _, ok := p.meta[key]; !ok {
						p.meta[key] = content
					}
				}
			}
		case atom.Link:
			if p.canon == "" && hasHTMLToken(htmlAttr(n, "rel"), "canonical") {
				p.canon = strings.TrimSpace(htmlAttr(n, "href"))
			}
		case atom.Title:
			if p.docTitle == "" && n.Namespace == "" { // not an <svg> <title>
				p.docTitle = collapseHTMLSpace(htmlText(n))
			}
		case atom.Script:
			typ, _, _ := strings.Cut(htmlAttr(n, "type"), ";")
			if strings.EqualFold(strings.TrimSpace(typ), "application/ld+json") {
				p.jsonLD = append(p.jsonLD, htmlText(n))
			}
			return false
		case atom.Article, atom.Main:
			p.markMain(n)
		}
		if n.Type == html.ElementNode && hasHTMLToken(htmlAttr(n, "itemprop"), "articleBody") {
			p.markMain(n)
		}
		return true
	})
	return p
}

func (p *htmlPage) markMain(n *html.Node) {
	for ; n != nil && !p.holdsMain[n]; n = n.Parent {
		p.holdsMain[n] = true
	}
}

// walkHTML calls visit for n and, while visit returns true, for its
// descendants, depth first, down to maxHTMLDepth.
func walkHTML(n *html.Node, depth int, visit func(*html.Node) bool) {
	if depth > maxHTMLDepth || !visit(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkHTML(c, depth+1, visit)
	}
}

// walkVisible is walkHTML that does not enter page furniture (skipNode);
// with headers, it enters <header> elements.
func (p *htmlPage) walkVisible(n *html.Node, headers bool, visit func(*html.Node) bool) {
	walkHTML(n, 0, func(c *html.Node) bool {
		if c != n && p.skipNode(c, headers) {
			return false
		}
		return visit(c)
	})
}

// skipNode reports whether n, with all it holds, is not article text:
// scripts, styles, navigation, headers (unless headers), footers, asides,
// forms, embedded content, hidden elements and elements whose class or id
// names page furniture.
func (p *htmlPage) skipNode(n *html.Node, headers bool) bool {
	switch n.Type {
	case html.CommentNode, html.DoctypeNode:
		return true
	case html.ElementNode:
	default:
		return false
	}
	switch n.DataAtom {
	case atom.Form:
		// A form around the whole page (ASP.NET pages have one) is not
		// furniture.
		if !p.holdsMain[n] && (n.Parent == nil || n.Parent.DataAtom != atom.Body) {
			return true
		}
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Footer, atom.Aside,
		atom.Button, atom.Iframe, atom.Svg, atom.Math, atom.Object, atom.Embed, atom.Canvas,
		atom.Select, atom.Textarea, atom.Input, atom.Label, atom.Dialog, atom.Audio, atom.Video,
		atom.Map, atom.Head, atom.Title:
		return true
	case atom.Header:
		if !headers {
			return true
		}
	}
	if n.Namespace != "" { // inside <svg> or <math>
		return true
	}
	if _, ok := htmlAttrOK(n, "hidden"); ok {
		return true
	}
	if style := strings.ToLower(strings.Join(strings.Fields(htmlAttr(n, "style")), "")); strings.Contains(style, "display:none") ||
		strings.Contains(style, "visibility:hidden") {
		return true
	}
	switch strings.ToLower(strings.TrimSpace(htmlAttr(n, "role"))) {
	case "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar":
		return true
	}
	if p.holdsMain[n] || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	noise := loadHTMLWords().noise
	for _, k := range []string{"class", "id"} {
		for _, part := range classParts(htmlAttr(n, k)) {
			if noise[part] {
				return true
			}
		}
	}
	return false
}

// classParts cuts a class or id value into lower-cased parts at
// non-alphanumerics and lower-to-upper case changes: "share-bar
// relatedLinks" gives share, bar, related, links.
func classParts(v string) []string {
	var parts []string
	start := -1
	var prev rune
	for i, r := range v + " " {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		if start >= 0 && (!alnum || (unicode.IsUpper(r) && unicode.IsLower(prev))) {
			parts = append(parts, strings.ToLower(v[start:i]))
			start = -1
		}
		if alnum && start < 0 {
			start = i
		}
		prev = r
	}
	return parts
}

// articleBody finds the element holding the article text and returns it
// with its blocks, or nil if the page has no text: the <article> with the
// most text, else the <main>, else the itemprop=articleBody element, else
// the element whose <p> children hold the most text.
func (p *htmlPage) articleBody() (*html.Node, []htmlBlock) {
	stages := []func(*html.Node) bool{
		func(n *html.Node) bool { return n.DataAtom == atom.Article },
		func(n *html.Node) bool {
			return n.DataAtom == atom.Main || strings.EqualFold(strings.TrimSpace(htmlAttr(n, "role")), "main")
		},
		func(n *html.Node) bool { return hasHTMLToken(htmlAttr(n, "itemprop"), "articleBody") },
	}
	for _, is := range stages {
		var best *html.Node
		var bestBlocks []htmlBlock
		bestLen := 0
		p.walkVisible(p.root, false, func(n *html.Node) bool {
			if n.Type != html.ElementNode || !is(n) {
				return true
			}
			var b htmlBlocks
			b.extract(p, n, 0)
			if l := b.textLen(); l > bestLen {
				best, bestBlocks, bestLen = n, b.list, l
			}
			return true
		})
		if best != nil {
			return best, bestBlocks
		}
	}
	// The element whose direct <p> children hold the most text.
	var best *html.Node
	bestLen := 0
	p.walkVisible(p.root, false, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		l := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.P && !p.skipNode(c, false) {
				var b htmlBlocks
				b.extract(p, c, 0)
				l += b.textLen()
			}
		}
		if l > bestLen {
			best, bestLen = n, l
		}
		return true
	})
	if best == nil {
		return nil, nil
	}
	var b htmlBlocks
	b.extract(p, best, 0)
	if b.textLen() == 0 { // <h1><p>...: the paragraphs are a title
		return nil, nil
	}
	return best, b.list
}

// htmlBlock is one paragraph of article text.
type htmlBlock struct {
	text    string // white space collapsed; lines from <br> kept
	heading int    // 2-6 for <h2>-<h6>, else 0
	caption bool   // a figure or its caption
}

// htmlBlocks gathers the blocks of an element.
type htmlBlocks struct {
	list []htmlBlock
	buf  strings.Builder // inline text of the block being read; '\n' for <br>
}

// isBlock reports whether an element ends the inline text before it and
// starts a new block.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Blockquote, atom.Body, atom.Caption, atom.Center, atom.Dd,
		atom.Details, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Header, atom.Hgroup, atom.Hr, atom.Html,
		atom.Legend, atom.Li, atom.Main, atom.Menu, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary,
		atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr, atom.Ul:
		return true
	}
	return false
}

// extract reads the blocks of n and what it holds.
func (b *htmlBlocks) extract(p *htmlPage, n *html.Node, depth int) {
	if depth > maxHTMLDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		// Line ends in the source are spaces; '\n' in buf is a <br>.
		b.buf.WriteString(strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, n.Data))
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if depth > 0 && p.skipNode(n, false) {
		return
	}
	switch n.DataAtom {
	case atom.H1:
		b.flush()
		return // the title: Document.Title, not text
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		b.flush()
		b.children(p, n, depth)
		b.flushAs(htmlBlock{heading: int(n.Data[1] - '0')})
		return
	case atom.Figure, atom.Figcaption:
		b.flush()
		b.children(p, n, depth)
		b.flushAs(htmlBlock{caption: true})
		return
	case atom.Br:
		b.buf.WriteByte('\n')
		return
	case atom.Img:
		return
	}
	block := isBlock(n.DataAtom)
	if block {
		b.flush()
	}
	b.children(p, n, depth)
	if block {
		b.flush()
	}
}

func (b *htmlBlocks) children(p *htmlPage, n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.extract(p, c, depth+1)
	}
}

// flush ends the current block, if it has text.
func (b *htmlBlocks) flush() { b.flushAs(htmlBlock{}) }

// flushAs ends the current block as kind. Each <br> starts a line; two in
// a row end a paragraph.
func (b *htmlBlocks) flushAs(kind htmlBlock) {
	raw := b.buf.String()
	b.buf.Reset()
	var lines []string
	end := func() {
		if len(lines) == 0 {
			return
		}
		blk := kind
		if blk.heading > 0 {
			blk.text = strings.Join(lines, " ")
		} else {
			blk.text = strings.Join(lines, "\n")
		}
		b.list = append(b.list, blk)
		lines = lines[:0]
	}
	for l := range strings.SplitSeq(raw, "\n") {
		if l = collapseHTMLSpace(l); l != "" {
			lines = append(lines, l)
		} else {
			end()
		}
	}
	end()
}

// textLen is the length of the blocks' text, headings and captions aside.
func (b *htmlBlocks) textLen() int {
	n := 0
	for _, blk := range b.list {
		if blk.heading == 0 && !blk.caption {
			n += len(blk.text)
		}
	}
	return n
}

// joinBlocks writes blocks one per paragraph, headings as Markdown
// headings, and returns the text and the spans of the captions.
func joinBlocks(blocks []htmlBlock) (string, []sentence.Span) {
	var b strings.Builder
	var captions []sentence.Span
	for i, blk := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		if blk.heading > 0 {
			b.WriteString(strings.Repeat("#", blk.heading) + " ")
		}
		start := b.Len()
		b.WriteString(blk.text)
		if blk.caption {
			captions = append(captions, sentence.Span{Start: start, End: b.Len()})
		}
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String(), captions
}

// markCaptions makes each line of the caption spans a Skipped "caption",
// whatever sortLines made of it.
func (d *Document) markCaptions(captions []sentence.Span) {
	if len(captions) == 0 {
		return
	}
	inside := func(s sentence.Span) bool {
		for _, c := range captions {
			if s.Start < c.End && c.Start < s.End {
				return true
			}
		}
		return false
	}
	d.Sentences = slices.DeleteFunc(d.Sentences, inside)
	d.Skipped = slices.DeleteFunc(d.Skipped, func(k Skip) bool { return inside(k.Span) })
	if d.TitleSpan != (sentence.Span{}) && inside(d.TitleSpan) {
		d.TitleSpan = sentence.Span{}
	}
	for _, c := range captions {
		for pos := c.Start; pos < c.End; {
			end := strings.IndexByte(d.Text[pos:c.End], '\n')
			next := 0
			if end < 0 {
				end, next = c.End, c.End
			} else {
				end += pos
				next = end + 1
			}
			if start, stop := sentence.TrimSpan(d.Text, pos, end); start < stop {
				d.Skipped = append(d.Skipped, Skip{Span: sentence.Span{Start: start, End: stop}, Reason: reasonCaption})
			}
			pos = next
		}
	}
	slices.SortFunc(d.Skipped, func(a, b Skip) int { return a.Start - b.Start })
}

// title returns the page's title: og:title, else the first <h1> of body,
// else the first <h1> of the page, else <title>; without a suffix naming
// the site.
func (p *htmlPage) title(body *html.Node) string {
	t := collapseHTMLSpace(p.meta["og:title"])
	if t == "" {
		t = p.firstH1(body)
	}
	if t == "" {
		t = p.firstH1(p.root)
	}
	if t == "" {
		t = p.docTitle
	}
	site := collapseHTMLSpace(p.meta["og:site_name"])
	if site == "" {
		return t
	}
	for _, sep := range []string{" - ", " | ", " – ", " — ", " · ", " :: ", " : "} {
		if head, ok := cutSuffixFoldHTML(t, sep+site); ok && strings.TrimSpace(head) != "" {
			return strings.TrimSpace(head)
		}
	}
	return t
}

// cutSuffixFoldHTML is strings.CutSuffix ignoring case.
func cutSuffixFoldHTML(s, suffix string) (string, bool) {
	if len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// firstH1 returns the text of the first visible <h1> in n, headers
// included.
func (p *htmlPage) firstH1(n *html.Node) string {
	var t string
	p.walkVisible(n, true, func(c *html.Node) bool {
		if t != "" {
			return false
		}
		if c.DataAtom == atom.H1 {
			t = collapseHTMLSpace(htmlVisibleText(p, c))
			return false
		}
		return true
	})
	return t
}

// articleHeaders returns the <header> elements of the article whose body
// is body, in order: those inside body, and those beside it (a header whose
// parent holds body), but not the site's header (a child of <body>).
func (p *htmlPage) articleHeaders(body *html.Node) []*html.Node {
	holds := func(a, n *html.Node) bool {
		for ; n != nil; n = n.Parent {
			if n == a {
				return true
			}
		}
		return false
	}
	var hs []*html.Node
	p.walkVisible(p.root, true, func(c *html.Node) bool {
		if c.DataAtom != atom.Header {
			return true
		}
		parent := c.Parent
		site := parent == nil || parent.DataAtom == atom.Body || parent.DataAtom == atom.Html || parent.Type == html.DocumentNode
		if !site && (holds(body, c) || holds(parent, body)) {
			hs = append(hs, c)
		}
		return false
	})
	return hs
}

// url returns the canonical URL, else og:url, resolved against og:url.
func (p *htmlPage) url() string {
	og := strings.TrimSpace(p.meta["og:url"])
	if p.canon == "" {
		return og
	}
	if og != "" {
		base, err1 := url.Parse(og)
		ref, err2 := url.Parse(p.canon)
		if err1 == nil && err2 == nil && !ref.IsAbs() && base.IsAbs() {
			return base.ResolveReference(ref).String()
		}
	}
	return p.canon
}

// urlDate matches a /YYYY/MM/DD/ path in a URL.
var urlDate = lazyRegexp(`/((?:1[89]|2\d)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|[?#.])`)

// published returns the page's publication date and where it came from.
func (p *htmlPage) published(body *html.Node) (time.Time, string) {
	for _, m := range []struct{ key, from string }{
		{"article:published_time", fromPublishedTime},
		{"og:published_time", fromOGPublishedTime},
	} {
		if t, ok := parsePageDate(p.meta[m.key]); ok {
			return t, m.from
		}
	}
	if t, ok := p.itempropDate(); ok {
		return t, fromItemprop
	}
	if t, ok := p.jsonLDDate(); ok {
		return t, fromJSONLD
	}
	if t, ok := p.timeDate(body); ok {
		return t, fromTime
	}
	for _, name := range loadHTMLWords().dateMeta {
		if t, ok := parsePageDate(p.meta[name]); ok {
			return t, "meta " + name
		}
	}
	for _, u := range []string{p.canon, p.meta["og:url"]} {
		if m := urlDate().FindStringSubmatch(u); m != nil {
			if t, ok := pageCalendarDate(m[1], m[2], m[3]); ok {
				return t, fromURL
			}
		}
	}
	return time.Time{}, ""
}

// itempropDate reads the first itemprop=datePublished element outside page
// furniture: its content or datetime attribute, else its text.
func (p *htmlPage) itempropDate() (time.Time, bool) {
	var t time.Time
	found := false
	walkHTML(p.root, 0, func(n *html.Node) bool {
		if found || (n.Type == html.ElementNode && n.DataAtom != atom.Head && n.DataAtom != atom.Meta && p.skipNode(n, true)) {
			return false
		}
		if n.Type != html.ElementNode || !hasHTMLToken(htmlAttr(n, "itemprop"), "datePublished") {
			return true
		}
		for _, v := range []string{htmlAttr(n, "content"), htmlAttr(n, "datetime"), htmlVisibleText(p, n)} {
			if d, ok := parsePageDate(v); ok {
				t, found = d, true
				return false
			}
		}
		return true
	})
	return t, found
}

// timeDate reads the first <time datetime> of the article's headers
// (articleHeaders), else of body.
func (p *htmlPage) timeDate(body *html.Node) (time.Time, bool) {
	first := func(root *html.Node) (time.Time, bool) {
		var t time.Time
		found := false
		p.walkVisible(root, root != body, func(n *html.Node) bool {
			if found {
				return false
			}
			if n.DataAtom == atom.Time {
				if d, ok := parsePageDate(htmlAttr(n, "datetime")); ok {
					t, found = d, true
					return false
				}
			}
			return true
		})
		return t, found
	}
	for _, root := range append(p.articleHeaders(body), body) {
		if t, ok := first(root); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// jsonLDDate reads datePublished from the page's JSON-LD: that of the first
// Article (NewsArticle, BlogPosting ...), else the first one.
func (p *htmlPage) jsonLDDate() (time.Time, bool) {
	var article, other []string
	for _, src := range p.jsonLD {
		src = strings.TrimSpace(src)
		for _, wrap := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
			if s, ok := strings.CutPrefix(src, wrap[0]); ok {
				src = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), wrap[1]))
			}
		}
		dec := json.NewDecoder(strings.NewReader(src))
		for {
			var v any
			if err := dec.Decode(&v); err != nil {
				break // the end, or not JSON: what was read counts
			}
			collectDatePublished(v, 0, &article, &other)
		}
	}
	for _, s := range append(article, other...) {
		if t, ok := parsePageDate(s); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// collectDatePublished appends the datePublished values in a JSON-LD value,
// in document order (object keys sorted), to article when the object is an
// Article and to other otherwise.
func collectDatePublished(v any, depth int, article, other *[]string) {
	if depth > maxHTMLDepth {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			collectDatePublished(e, depth+1, article, other)
		}
	case map[string]any:
		if s := jsonLDString(v["datePublished"]); s != "" {
			if isArticleType(v["@type"]) {
				*article = append(*article, s)
			} else {
				*other = append(*other, s)
			}
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		// @graph first: it holds the page's own objects.
		if i := slices.Index(keys, "@graph"); i > 0 {
			keys = append([]string{"@graph"}, slices.Delete(keys, i, i+1)...)
		}
		for _, k := range keys {
			collectDatePublished(v[k], depth+1, article, other)
		}
	}
}

// jsonLDString reads a JSON-LD text value: a string, {"@value": ...}, or
// the first of an array.
func jsonLDString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		return jsonLDString(v["@value"])
	case []any:
		if len(v) > 0 {
			return jsonLDString(v[0])
		}
	}
	return ""
}

// isArticleType reports whether a JSON-LD @type names an article:
// NewsArticle, Article, BlogPosting, ReportageNewsArticle ...
func isArticleType(v any) bool {
	switch v := v.(type) {
	case string:
		return strings.Contains(v, "Article") || strings.HasSuffix(v, "Posting")
	case []any:
		return slices.ContainsFunc(v, isArticleType)
	}
	return false
}

// isoDay matches the date at the start of an ISO 8601 timestamp:
// 2016-08-26, 2016-08-26T10:15:00-04:00, 20160826.
var isoDay = lazyRegexp(`^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])`)

// pageDateLayouts are the e-mail and HTTP date forms pages use in metadata.
var pageDateLayouts = [...]string{
	time.RFC1123, time.RFC1123Z, time.RFC850, time.RFC822, time.RFC822Z,
	"Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", "2 Jan 2006",
}

// parsePageDate reads a date from page metadata: an ISO 8601 date or
// timestamp, an e-mail or HTTP date ("Fri, 26 Aug 2016 10:15:00 GMT"), both
// as their calendar date as written, or a date a dateline could give
// ("August 26, 2016 3:15 PM", "Friday, Aug. 26, 2016").
func parsePageDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > datelineBytes {
		return time.Time{}, false
	}
	if m := isoDay().FindStringSubmatch(s); m != nil {
		return pageCalendarDate(m[1], m[2], m[3])
	}
	for _, layout := range pageDateLayouts {
		if t, err := time.Parse(layout, s); err == nil && t.Year() >= minDatelineYear {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	if m, ok := lineDateline(collapseHTMLSpace(s)); ok {
		return m.date, true
	}
	return time.Time{}, false
}

// pageCalendarDate returns midnight UTC of year-month-day, if it is a real day.
func pageCalendarDate(year, month, day string) (time.Time, bool) {
	t, err := time.Parse("2006-1-2", year+"-"+month+"-"+day)
	if err != nil || t.Year() < minDatelineYear {
		return time.Time{}, false
	}
	return t, true
}

// htmlAttr returns n's attribute key, or "".
func htmlAttr(n *html.Node, key string) string {
	v, _ := htmlAttrOK(n, key)
	return v
}

func htmlAttrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasHTMLToken reports whether the space-separated list v holds tok, ignoring
// case.
func hasHTMLToken(v, tok string) bool {
	for _, f := range strings.Fields(v) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// htmlText returns all the text under n.
func htmlText(n *html.Node) string {
	var b strings.Builder
	walkHTML(n, 0, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

// htmlVisibleText returns the text under n, page furniture aside.
func htmlVisibleText(p *htmlPage, n *html.Node) string {
	var b strings.Builder
	p.walkVisible(n, true, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		return true
	})
	return b.String()
}

// collapseHTMLSpace trims s and turns each run of white space into one space.
func collapseHTMLSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
