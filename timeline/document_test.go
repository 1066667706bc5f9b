package timeline_test

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/internal/sentence"
	"github.com/timelinehq/timeline/timeline"
)

const (
	seedArticle    = "../testdata/geneva-2016-08-26.txt"
	exampleArticle = "../examples/geneva-2016/article.md"
)

// readTestDocument reads a file and parses it, failing the test on error.
func readTestDocument(t *testing.T, path string) *timeline.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := timeline.ReadDocument(path, data)
	if err != nil {
		t.Fatalf("ReadDocument(%s): %v", path, err)
	}
	checkDocument(t, doc)
	return doc
}

// docSentences returns the text of doc's sentences.
func docSentences(doc *timeline.Document) []string {
	out := make([]string, len(doc.Sentences))
	for i, s := range doc.Sentences {
		out[i] = doc.Text[s.Start:s.End]
	}
	return out
}

// docSkipped returns doc's skipped lines as "reason: text".
func docSkipped(doc *timeline.Document) []string {
	out := make([]string, len(doc.Skipped))
	for i, s := range doc.Skipped {
		out[i] = s.Reason + ": " + doc.Text[s.Start:s.End]
	}
	return out
}

// checkDocument checks the invariants of a Document: spans inside Text,
// sorted, not overlapping each other, sentences apart from skipped lines,
// and the title span matching the title.
func checkDocument(t *testing.T, doc *timeline.Document) {
	t.Helper()
	if strings.Contains(doc.Text, "\r\n") {
		t.Errorf("Text is not normalised: %q", doc.Text)
	}
	inside := func(what string, start, end int) {
		t.Helper()
		if start < 0 || end > len(doc.Text) || start >= end {
			t.Fatalf("%s [%d,%d) is empty or outside Text (len %d)", what, start, end, len(doc.Text))
		}
	}
	prev := 0
	for i, s := range doc.Sentences {
		inside(fmt.Sprintf("sentence %d", i), s.Start, s.End)
		if s.Start < prev {
			t.Fatalf("sentence %d %v overlaps or precedes the one before", i, s)
		}
		prev = s.End
		for _, k := range doc.Skipped {
			if s.Start < k.End && k.Start < s.End {
				t.Fatalf("sentence %q overlaps skipped %s line %q", doc.Text[s.Start:s.End], k.Reason, doc.Text[k.Start:k.End])
			}
		}
	}
	prev = 0
	for i, k := range doc.Skipped {
		inside(fmt.Sprintf("skip %d", i), k.Start, k.End)
		if k.Start < prev || k.Reason == "" {
			t.Fatalf("skip %d %v: out of order or without a reason", i, k)
		}
		prev = k.End
	}
	if doc.TitleSpan != (sentence.Span{}) {
		inside("title span", doc.TitleSpan.Start, doc.TitleSpan.End)
		if got := strings.Join(strings.Fields(doc.Text[doc.TitleSpan.Start:doc.TitleSpan.End]), " "); !strings.EqualFold(got, doc.Title) {
			t.Errorf("TitleSpan covers %q, Title is %q", got, doc.Title)
		}
	}
}

func TestReadDocumentSeedArticle(t *testing.T) {
	doc := readTestDocument(t, seedArticle)
	if doc.Title != "Kerry, Lavrov kick off Syria talks in Geneva" {
		t.Errorf("Title = %q", doc.Title)
	}
	if doc.ID != seedArticle || doc.Path != seedArticle {
		t.Errorf("ID, Path = %q, %q; want the path", doc.ID, doc.Path)
	}
	if !doc.Published.IsZero() || doc.TextLine != 1 {
		t.Errorf("Published, TextLine = %v, %d; want zero, 1", doc.Published, doc.TextLine)
	}
	wantSkipped := []string{
		"boilerplate: Share",
		"title: Kerry, Lavrov kick off Syria talks in Geneva",
		"boilerplate: Advertisement",
		"boilerplate: Advertisement",
		"caption: US Secretary of State John Kerry arrives at the Hotel President Wilson in Geneva",
	}
	if got := docSkipped(doc); !slices.Equal(got, wantSkipped) {
		t.Errorf("Skipped:\n got %q\nwant %q", got, wantSkipped)
	}
	got := docSentences(doc)
	if len(got) != 15 {
		t.Fatalf("got %d sentences, want 15:\n%s", len(got), strings.Join(got, "\n"))
	}
	want := map[int]string{
		0:  "The top diplomats of Russian Federation and the United States are meeting in Geneva to discuss the Syria civil war, the Ukraine crisis and other issues.",
		8:  "Staffan de Mistura, the U.N.’s Syria envoy, told reporters in Geneva earlier this week that Friday’s talks are important and could make progress toward getting back to political negotiations.",
		9:  "But critical sticking points remain unresolved and experts will remain in Geneva with an eye toward finalizing those in the coming days, he said.",
		13: "After missing an initial target date of Aug. 1, de Mistura had hoped to restart the intra-Syrian discussions toward political transition in late August.",
		14: "Moscow and Washington will boost their cooperation on resolving the Syrian crisis as they have managed to reduce their mutual mistrust on the conflict in the Arab country, says the Russian foreign minister.",
	}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("sentence %d:\n got %q\nwant %q", i, got[i], w)
		}
	}
}

// TestReadDocumentExampleArticle reads the front matter version of the seed
// article: same sentences, metadata from the front matter.
func TestReadDocumentExampleArticle(t *testing.T) {
	doc := readTestDocument(t, exampleArticle)
	seed := readTestDocument(t, seedArticle)
	if doc.ID != "geneva-2016-08-26" || doc.Path != exampleArticle {
		t.Errorf("ID, Path = %q, %q", doc.ID, doc.Path)
	}
	if doc.Title != seed.Title || doc.Source != "seed article" {
		t.Errorf("Title, Source = %q, %q", doc.Title, doc.Source)
	}
	if want := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC); !doc.Published.Equal(want) || doc.Published.Location() != time.UTC {
		t.Errorf("Published = %v, want %v", doc.Published, want)
	}
	if doc.TextLine != 7 || !strings.HasPrefix(doc.Text, "\nThe top diplomats") {
		t.Errorf("TextLine = %d, Text starts %q", doc.TextLine, doc.Text[:min(30, len(doc.Text))])
	}
	if doc.TitleSpan != (sentence.Span{}) {
		t.Errorf("TitleSpan = %v, want zero: the title is only in the front matter", doc.TitleSpan)
	}
	if got, want := docSentences(doc), docSentences(seed); !slices.Equal(got, want) {
		t.Errorf("sentences differ from the seed article's:\n got %q\nwant %q", got, want)
	}
	wantSkipped := []string{
		"boilerplate: Advertisement",
		"boilerplate: Advertisement",
		"caption: US Secretary of State John Kerry arrives at the Hotel President Wilson in Geneva",
	}
	if got := docSkipped(doc); !slices.Equal(got, wantSkipped) {
		t.Errorf("Skipped:\n got %q\nwant %q", got, wantSkipped)
	}
}

func TestReadDocumentFrontMatter(t *testing.T) {
	const body = "Kerry met Lavrov on Friday.\n"
	tests := []struct {
		name      string
		in        string
		id, title string
		published string // YYYY-MM-DD, "" for zero
		url       string
		source    string
		textLine  int
	}{
		{name: "none", in: body, id: "a.txt", textLine: 1},
		{name: "title only", in: "---\ntitle: Kerry meets Lavrov\n---\n" + body, id: "a.txt", title: "Kerry meets Lavrov", textLine: 4},
		{name: "quoted title", in: "---\ntitle: \"Kerry, Lavrov: talks\"\n---\n" + body, id: "a.txt", title: "Kerry, Lavrov: talks", textLine: 4},
		{name: "YAML date", in: "---\npublished: 2016-08-26\n---\n" + body, id: "a.txt", published: "2016-08-26", textLine: 4},
		{name: "quoted date", in: "---\npublished: '2016-08-26'\n---\n" + body, id: "a.txt", published: "2016-08-26", textLine: 4},
		{name: "date key", in: "---\ndate: 2016-08-26\n---\n" + body, id: "a.txt", published: "2016-08-26", textLine: 4},
		{name: "published wins over date", in: "---\ndate: 2016-01-01\npublished: 2016-08-26\n---\n" + body, id: "a.txt", published: "2016-08-26", textLine: 5},
		{name: "RFC 3339", in: "---\npublished: 2016-08-26T10:15:00Z\n---\n" + body, id: "a.txt", published: "2016-08-26", textLine: 4},
		{name: "RFC 3339 keeps the written day", in: "---\npublished: 2016-08-26T23:30:00-05:00\n---\n" + body, id: "a.txt", published: "2016-08-26", textLine: 4},
		{name: "YAML timestamp with space", in: "---\npublished: 2016-08-26 10:15:00\n---\n" + body, id: "a.txt", published: "2016-08-26", textLine: 4},
		{name: "short YAML date", in: "---\npublished: 2016-8-6\n---\n" + body, id: "a.txt", published: "2016-08-06", textLine: 4},
		{name: "null date", in: "---\npublished:\ntitle: T\n---\n" + body, id: "a.txt", title: "T", textLine: 5},
		{
			name: "all keys and unknown ones",
			in: "---\nid: geneva-1\ntitle: Kerry meets Lavrov\npublished: 2016-08-26\nurl: https://example.com/a\n" +
				"source: Example Wire\ntags: [syria, talks]\nauthor:\n  name: Jane\n---\n" + body,
			id: "geneva-1", title: "Kerry meets Lavrov", published: "2016-08-26",
			url: "https://example.com/a", source: "Example Wire", textLine: 11,
		},
		{name: "numeric id", in: "---\nid: 42\n---\n" + body, id: "42", textLine: 4},
		{name: "upper-case keys", in: "---\nTitle: T\nPublished: 2016-08-26\n---\n" + body, id: "a.txt", title: "T", published: "2016-08-26", textLine: 5},
		{name: "empty", in: "---\n---\n" + body, id: "a.txt", textLine: 3},
		{name: "dots close", in: "---\ntitle: T\n...\n" + body, id: "a.txt", title: "T", textLine: 4},
		{name: "trailing spaces on fences", in: "--- \ntitle: T\n---\t\n" + body, id: "a.txt", title: "T", textLine: 4},
		{name: "CRLF", in: "---\r\ntitle: T\r\npublished: 2016-08-26\r\n---\r\nKerry met Lavrov on Friday.\r\n", id: "a.txt", title: "T", published: "2016-08-26", textLine: 5},
		{name: "BOM", in: "\ufeff---\ntitle: T\n---\n" + body, id: "a.txt", title: "T", textLine: 4},
		{name: "dashes later are text", in: body + "---\nMore text.\n", id: "a.txt", textLine: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := timeline.ReadDocument("a.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, doc)
			var published string
			if !doc.Published.IsZero() {
				published = doc.Published.Format(time.DateOnly)
				if doc.Published.Location() != time.UTC || doc.Published.Hour() != 0 {
					t.Errorf("Published = %v, want midnight UTC", doc.Published)
				}
			}
			got := []string{doc.ID, doc.Title, published, doc.URL, doc.Source, fmt.Sprint(doc.TextLine)}
			want := []string{tt.id, tt.title, tt.published, tt.url, tt.source, fmt.Sprint(tt.textLine)}
			if !slices.Equal(got, want) {
				t.Errorf("ID, Title, Published, URL, Source, TextLine:\n got %q\nwant %q", got, want)
			}
			if s := docSentences(doc); len(s) == 0 || s[0] != "Kerry met Lavrov on Friday." {
				t.Errorf("sentences = %q", s)
			}
		})
	}
}

func TestReadDocumentErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		line   int
		offset int
		msg    string // the whole Error()
		cause  bool   // whether Unwrap returns a cause
	}{
		{name: "empty", in: "", msg: "article.txt: empty file: add the article text, or leave the file out"},
		{name: "whitespace", in: " \n\t\r\n  ", msg: "article.txt: no text, only white space: add the article text, or leave the file out"},
		{name: "BOM only", in: "\ufeff\n", msg: "article.txt: no text, only white space: add the article text, or leave the file out"},
		{
			name: "invalid UTF-8", in: "Kerry met\nLavrov \xff in Geneva.",
			line: 2, offset: 17,
			msg: "article.txt:2: invalid UTF-8 at byte 17: save the file as UTF-8",
		},
		{
			name: "Latin-1", in: "---\ntitle: Caf\xe9\n---\nText.",
			line: 2, offset: 14,
			msg: "article.txt:2: invalid UTF-8 at byte 14: save the file as UTF-8",
		},
		{
			name: "bad YAML", in: "---\ntitle: Kerry\nsource: AP: Geneva\n---\nText.",
			line: 3, offset: 17, cause: true,
			msg: "article.txt:3: invalid YAML front matter: mapping values are not allowed in this context: fix the YAML between the --- lines",
		},
		{
			name: "unclosed list", in: "---\ntitle: Kerry\npublished: [2016-08-26\n---\nText.",
			line: 3, offset: 17, cause: true,
			msg: "article.txt:3: invalid YAML front matter: did not find expected ',' or ']': fix the YAML between the --- lines",
		},
		{
			name: "unclosed map after a list", in: "---\ntags: [a,\n  b]\nsource: {name: AP\n---\nText.",
			line: 4, offset: 19, cause: true,
			msg: "article.txt:4: invalid YAML front matter: did not find expected ',' or '}': fix the YAML between the --- lines",
		},
		{
			name: "unclosed quote", in: "---\ntitle: \"Kerry\npublished: 2016-08-26\n---\nText.",
			line: 2, offset: 4, cause: true,
			msg: "article.txt:2: invalid YAML front matter: found unexpected end of stream: fix the YAML between the --- lines",
		},
		{
			name: "tab in YAML", in: "---\ntitle: Kerry\n\tsource: AP\n---\nText.",
			line: 3, offset: 17, cause: true,
			msg: "article.txt:3: invalid YAML front matter: found a tab character that violates indentation: fix the YAML between the --- lines",
		},
		{
			name: "bad date", in: "---\ntitle: Kerry\npublished: 26/08/2016\n---\nText.",
			line: 3, offset: 17,
			msg: `article.txt:3: cannot read publication date "26/08/2016": write it as YYYY-MM-DD, e.g. published: 2016-08-26, or as an RFC 3339 timestamp`,
		},
		{
			name: "impossible date", in: "---\ndate: 2016-02-30\n---\nText.",
			line: 2, offset: 4,
			msg: `article.txt:2: cannot read publication date "2016-02-30": write it as YYYY-MM-DD, e.g. published: 2016-08-26, or as an RFC 3339 timestamp`,
		},
		{
			name: "bad date after CRLF and BOM", in: "\ufeff---\r\ntitle: Kerry\r\npublished: yesterday\r\n---\r\nText.",
			line: 3, offset: 22,
			msg: `article.txt:3: cannot read publication date "yesterday": write it as YYYY-MM-DD, e.g. published: 2016-08-26, or as an RFC 3339 timestamp`,
		},
		{
			name: "unterminated", in: "---\ntitle: Kerry\nKerry met Lavrov.\n",
			line: 1,
			msg:  "article.txt:1: front matter starts with --- but has no closing --- line: add a line --- after the last key, or remove the --- on line 1",
		},
		{
			name: "not a mapping", in: "---\nKerry met Lavrov\n---\nText.",
			line: 2, offset: 4,
			msg: "article.txt:2: front matter is not a list of key: value lines: write one field per line, e.g. published: 2016-08-26",
		},
		{
			name: "title is a list", in: "---\ntitle:\n  - Kerry\n  - Lavrov\n---\nText.",
			line: 3, offset: 11,
			msg: "article.txt:3: front matter title is not a single value: write it on one line, e.g. title: ...",
		},
		{
			name: "no text", in: "---\ntitle: Kerry\n---\n\n  \n",
			line: 3, offset: 17,
			msg: "article.txt:3: empty document: no text after the front matter: add the article text after the closing --- line",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := timeline.ReadDocument("article.txt", []byte(tt.in))
			if err == nil {
				t.Fatalf("got %+v, want an error", doc)
			}
			var ie *timeline.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T %v is not an *InputError", err, err)
			}
			if err.Error() != tt.msg {
				t.Errorf("Error():\n got %s\nwant %s", err, tt.msg)
			}
			if ie.Path != "article.txt" || ie.Line != tt.line || ie.Offset != tt.offset {
				t.Errorf("Path, Line, Offset = %q, %d, %d; want article.txt, %d, %d", ie.Path, ie.Line, ie.Offset, tt.line, tt.offset)
			}
			if got := errors.Unwrap(err) != nil; got != tt.cause {
				t.Errorf("Unwrap() != nil is %v, want %v", got, tt.cause)
			}
		})
	}
}

func TestReadDocumentBoilerplate(t *testing.T) {
	tests := []struct {
		line   string
		reason string // "" if the line is article text
	}{
		{"Share", "boilerplate"},
		{"SHARE", "boilerplate"},
		{"  Advertisement  ", "boilerplate"},
		{"Advertisements", "boilerplate"},
		{"**Advertisement**", "boilerplate"},
		{"Continue reading", "boilerplate"},
		{"Continue   reading the main story", "boilerplate"},
		{"Read more", "boilerplate"},
		{"Read more: Kerry heads to Geneva", "boilerplate"},
		{"Related", "boilerplate"},
		{"Sponsored", "boilerplate"},
		{"Subscribe", "boilerplate"},
		{"Sign up", "boilerplate"},
		{"Skip to content", "boilerplate"},
		{"Photo", "boilerplate"},
		{"AP Photo", "boilerplate"},
		{"Getty Images", "boilerplate"},
		{"Share prices fell 5 percent on Friday.", ""},
		{"Related talks will be held on Monday.", ""},
		{"Subscribers pay $10 a month, the company said.", ""},
		// Copyright notices: a start, then a year.
		{"Copyright 2025 The Associated Press. All rights reserved.", "boilerplate"},
		{"Copyright © 2024 Reuters", "boilerplate"},
		{"© 2023 Bloomberg L.P.", "boilerplate"},
		{"(c) 2016 Example Wire", "boilerplate"},
		{"All rights reserved.", "boilerplate"},
		{"This material may not be published, broadcast, rewritten or redistributed.", "boilerplate"},
		{"Copyright law changed in 2024, the court said on Monday.", ""},
		{"Copyright 20250 claims were filed on Monday.", ""},
		{"(c) the talks ended on Monday.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			in := "Kerry met Lavrov on Friday.\n\n" + tt.line + "\n\nThe talks ended on Saturday.\n"
			doc, err := timeline.ReadDocument("a.txt", []byte(in))
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, doc)
			want := []string{"Kerry met Lavrov on Friday.", "The talks ended on Saturday."}
			var skipped []string
			if tt.reason != "" {
				skipped = []string{tt.reason + ": " + strings.TrimSpace(tt.line)}
			} else {
				want = slices.Insert(want, 1, tt.line)
			}
			if got := docSentences(doc); !slices.Equal(got, want) {
				t.Errorf("sentences:\n got %q\nwant %q", got, want)
			}
			if got := docSkipped(doc); !slices.Equal(got, skipped) {
				t.Errorf("Skipped = %q, want %q", got, skipped)
			}
		})
	}
}

func TestReadDocumentTitle(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		title     string
		titleSpan string // the text TitleSpan covers; "" for none
		skipped   []string
		first     string // first sentence
	}{
		{
			name: "plain line", in: "Kerry meets Lavrov\n\nThe talks began.",
			title: "Kerry meets Lavrov", titleSpan: "Kerry meets Lavrov",
			skipped: []string{"title: Kerry meets Lavrov"}, first: "The talks began.",
		},
		{
			name: "after boilerplate", in: "Share\nAdvertisement\n\nKerry meets Lavrov\n\nThe talks began.",
			title: "Kerry meets Lavrov", titleSpan: "Kerry meets Lavrov",
			skipped: []string{"boilerplate: Share", "boilerplate: Advertisement", "title: Kerry meets Lavrov"}, first: "The talks began.",
		},
		{
			name: "markdown heading", in: "# Kerry meets  Lavrov #\n\nThe talks began.",
			title: "Kerry meets Lavrov", titleSpan: "Kerry meets  Lavrov",
			skipped: []string{"title: # Kerry meets  Lavrov #"}, first: "The talks began.",
		},
		{
			name: "markdown heading after kicker", in: "## World\n\n# Kerry meets Lavrov\nThe talks began.",
			title: "Kerry meets Lavrov", titleSpan: "Kerry meets Lavrov",
			skipped: []string{"heading: ## World", "title: # Kerry meets Lavrov"}, first: "The talks began.",
		},
		{
			name: "first line is a sentence", in: "Kerry met Lavrov.\n\nThe talks began.",
			first: "Kerry met Lavrov.",
		},
		{
			name: "first line ends in a colon", in: "Kerry said:\n\nThe talks began.",
			first: "Kerry said:",
		},
		{
			name:  "first line not followed by a blank line",
			in:    "Kerry met Lavrov in Geneva on Friday and they talked about Syria for hours\nand hours.",
			first: "Kerry met Lavrov in Geneva on Friday and they talked about Syria for hours\nand hours.",
		},
		{
			name: "first line too long", in: strings.Repeat("Kerry met Lavrov ", 10) + "\n\nThe talks began.",
			first: strings.TrimSpace(strings.Repeat("Kerry met Lavrov ", 10)),
		},
		{
			name: "front matter title repeated in the body", in: "---\ntitle: Kerry meets Lavrov\n---\n# Kerry Meets Lavrov\n\nThe talks began.",
			title: "Kerry meets Lavrov", titleSpan: "Kerry Meets Lavrov",
			skipped: []string{"title: # Kerry Meets Lavrov"}, first: "The talks began.",
		},
		{
			name: "front matter title, other heading", in: "---\ntitle: Kerry meets Lavrov\n---\n# Talks in Geneva\n\nThe talks began.",
			title: "Kerry meets Lavrov", skipped: []string{"heading: # Talks in Geneva"}, first: "The talks began.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := timeline.ReadDocument("a.md", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, doc)
			if doc.Title != tt.title {
				t.Errorf("Title = %q, want %q", doc.Title, tt.title)
			}
			if got := doc.Text[doc.TitleSpan.Start:doc.TitleSpan.End]; got != tt.titleSpan {
				t.Errorf("TitleSpan covers %q, want %q", got, tt.titleSpan)
			}
			if got := docSkipped(doc); !slices.Equal(got, tt.skipped) {
				t.Errorf("Skipped:\n got %q\nwant %q", got, tt.skipped)
			}
			if got := docSentences(doc); len(got) == 0 || got[0] != tt.first {
				t.Errorf("sentences = %q, want the first to be %q", got, tt.first)
			}
		})
	}
}

func TestReadDocumentCaptions(t *testing.T) {
	tests := []struct {
		line   string
		reason string // "" if the line is article text
	}{
		{"US Secretary of State John Kerry arrives at the Hotel President Wilson in Geneva", "caption"},
		{"Kerry arrives in Geneva. (AP Photo/Martial Trezzini)", "caption"},
		{"Kerry and Lavrov shake hands (Photo by Fabrice Coffrini/AFP/Getty Images)", "caption"},
		{"Kerry arrives in Geneva (REUTERS/Denis Balibouse)", "caption"},
		{"Photo: Kerry and Lavrov in Geneva.", "caption"},
		{"(Photo: Martial Trezzini/EPA)", "caption"},
		{"![Kerry and Lavrov](https://example.com/k.jpg)", "caption"},
		{"By Matthew Lee, AP Diplomatic Writer", "byline"},
		{"BY MATTHEW LEE", "byline"},
		{"## Background", "heading"},
		{"Kerry said talks would resume (probably next week).", ""},
		{"“We are not there yet,” Kerry said.", ""},
		{"By Friday, the talks had stalled.", ""},
		{"Kerry said the talks on Syria went well:", ""},
		{strings.Repeat("Talks went on and on ", 8), ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			in := "Kerry meets Lavrov\n\nKerry met Lavrov on Friday.\n\n" + tt.line + "\n\nThe talks ended on Saturday."
			doc, err := timeline.ReadDocument("a.txt", []byte(in))
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, doc)
			want := []string{"Kerry met Lavrov on Friday.", "The talks ended on Saturday."}
			skipped := []string{"title: Kerry meets Lavrov"}
			if tt.reason != "" {
				skipped = append(skipped, tt.reason+": "+strings.TrimSpace(tt.line))
			} else {
				want = slices.Insert(want, 1, strings.TrimSpace(tt.line))
			}
			if got := docSentences(doc); !slices.Equal(got, want) {
				t.Errorf("sentences:\n got %q\nwant %q", got, want)
			}
			if got := docSkipped(doc); !slices.Equal(got, skipped) {
				t.Errorf("Skipped:\n got %q\nwant %q", got, skipped)
			}
		})
	}
}

func TestReadDocumentMarkdown(t *testing.T) {
	doc := readTestDocument(t, "testdata/markdown-article.md")
	if doc.Title != "Kerry, Lavrov kick off Syria talks in Geneva" || doc.URL != "https://example.com/world/kerry-lavrov-geneva" ||
		doc.Source != "Example Wire" || doc.Published.Format(time.DateOnly) != "2016-08-26" || doc.TextLine != 7 {
		t.Errorf("Title, URL, Source, Published, TextLine = %q, %q, %q, %v, %d", doc.Title, doc.URL, doc.Source, doc.Published, doc.TextLine)
	}
	wantSkipped := []string{
		"boilerplate: Share",
		"title: # Kerry, Lavrov kick off Syria talks in Geneva",
		"byline: By Jane Smith, Example Wire",
		"caption: ![Kerry and Lavrov shake hands](https://example.com/kerry-lavrov.jpg)",
		"caption: Kerry arrives at the Hotel President Wilson in Geneva (AP Photo/Martial Trezzini)",
		"heading: ## What comes next",
		"boilerplate: Advertisement",
		"caption: Photo: Kerry and Lavrov at the start of the talks",
		"boilerplate: Read more: Syria ceasefire collapses",
	}
	if got := docSkipped(doc); !slices.Equal(got, wantSkipped) {
		t.Errorf("Skipped:\n got %q\nwant %q", got, wantSkipped)
	}
	wantSentences := []string{
		"US Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov\nmet in Geneva on Friday.",
		"They talked for more than 12 hours, officials said.",
		"After missing an initial target date of Aug. 1, the U.N. envoy hoped to\nrestart talks in late August.",
		"Experts will remain in Geneva in the coming days.",
		"The talks are set to resume next week.",
	}
	if got := docSentences(doc); !slices.Equal(got, wantSentences) {
		t.Errorf("sentences:\n got %q\nwant %q", got, wantSentences)
	}
}

func TestReadDocumentHardWrapped(t *testing.T) {
	doc := readTestDocument(t, "testdata/plain-wrapped.txt")
	if doc.Title != "Syria talks to resume in Geneva" {
		t.Errorf("Title = %q", doc.Title)
	}
	want := []string{
		"GENEVA (AP) -- The top diplomats of Russia and the United States will\nmeet again in Geneva on Sept. 9, the U.N. said on Friday.",
		"The talks\nfailed on Aug. 26.",
		"Officials said the U.S. delegation would arrive\non Thursday.",
		"\"There are still issues that need to be ironed out,\" a senior State\nDepartment official said.",
	}
	if got := docSentences(doc); !slices.Equal(got, want) {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}

// TestReadDocumentCRLF checks that a Windows file with a byte order mark
// reads like the original.
func TestReadDocumentCRLF(t *testing.T) {
	data, err := os.ReadFile(exampleArticle)
	if err != nil {
		t.Fatal(err)
	}
	windows := "\ufeff" + strings.ReplaceAll(string(data), "\n", "\r\n")
	doc, err := timeline.ReadDocument("win.md", []byte(windows))
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, doc)
	orig := readTestDocument(t, exampleArticle)
	if doc.Text != orig.Text || !slices.Equal(doc.Sentences, orig.Sentences) || !slices.Equal(doc.Skipped, orig.Skipped) ||
		doc.Title != orig.Title || !doc.Published.Equal(orig.Published) || doc.TextLine != orig.TextLine {
		t.Errorf("CRLF document differs from the LF one")
	}
}

func FuzzReadDocument(f *testing.F) {
	for _, path := range []string{seedArticle, exampleArticle, "testdata/markdown-article.md", "testdata/plain-wrapped.txt"} {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("---\ntitle: [x\n---\n"))
	f.Add([]byte("\ufeff---\r\npublished: 2016-08-26T23:30:00-05:00\r\n...\r\n# T\r\n\r\nA.\r\n"))
	f.Add([]byte("---\na: &x [1]\nb: *x\ntitle: *x\n---\nText"))
	f.Add([]byte("Share\n\nx\xff"))
	f.Add([]byte("Title: T\nBy: J\n**Source:** R **\nPublished: Aug. 26, 2016\n\nAug. 26, 2016\nA."))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := timeline.ReadDocument("fuzz.txt", data)
		if err != nil {
			var ie *timeline.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T %v is not an *InputError", err, err)
			}
			if ie.Offset < 0 || ie.Offset > len(data) || ie.Line < 0 {
				t.Fatalf("error position out of range: line %d, offset %d of %d: %v", ie.Line, ie.Offset, len(data), err)
			}
			return
		}
		checkDocument(t, doc)
	})
}

func ExampleReadDocument() {
	article := `---
title: Kerry, Lavrov kick off Syria talks in Geneva
published: 2016-08-26
---

Share

Staffan de Mistura told reporters that Friday's talks are important. But critical sticking points remain, he said.

Advertisement

US Secretary of State John Kerry arrives in Geneva
`
	doc, err := timeline.ReadDocument("article.md", []byte(article))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title, doc.Published.Format("2006-01-02"))
	for _, s := range doc.Sentences {
		fmt.Println("sentence:", doc.Text[s.Start:s.End])
	}
	for _, s := range doc.Skipped {
		fmt.Printf("%s: %s\n", s.Reason, doc.Text[s.Start:s.End])
	}

	_, err = timeline.ReadDocument("bad.md", []byte("---\npublished: 26/08/2016\n---\nText."))
	fmt.Println(err)
	// Output:
	// Kerry, Lavrov kick off Syria talks in Geneva 2016-08-26
	// sentence: Staffan de Mistura told reporters that Friday's talks are important.
	// sentence: But critical sticking points remain, he said.
	// boilerplate: Share
	// boilerplate: Advertisement
	// caption: US Secretary of State John Kerry arrives in Geneva
	// bad.md:2: cannot read publication date "26/08/2016": write it as YYYY-MM-DD, e.g. published: 2016-08-26, or as an RFC 3339 timestamp
}
