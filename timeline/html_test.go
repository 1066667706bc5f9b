package timeline_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/timeline"
)

// readTestHTML reads a page of testdata/html and parses it, failing the
// test on error.
func readTestHTML(t *testing.T, name string) *timeline.Document {
	t.Helper()
	path := filepath.Join("testdata", "html", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := timeline.ReadHTML(path, data)
	if err != nil {
		t.Fatalf("ReadHTML(%s): %v", path, err)
	}
	checkDocument(t, doc)
	return doc
}

// pageFurniture is text of the test pages that must never be in a sentence:
// navigation, share bars, ads, newsletter and cookie banners, scripts,
// comments, related links and captions.
var pageFurniture = []string{
	"Share", "Tweet", "Advertisement", "Subscribe", "Sign up", "cookie", "Cookie", "document.write",
	"googletag", "dataLayer", "Skip to content", "World Desk", "Crosswords", "Front Page", "Weather Radar",
	"Today's Paper", "Most emailed", "Most read", "Most popular", "Related", "Comments", "comment:",
	"Great reporting", "Be the first", "Hotel President Wilson", "last barriers", "Please enable JavaScript",
	"All rights reserved", "More from", "Talks set to resume", "Earthquake in Italy", "Continue reading",
	"Tide tables", "Storm knocks out power", "Copy link", "Morning Briefing", "print on August",
}

func TestReadHTMLPages(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		published string // YYYY-MM-DD
		from      string
		url       string
		source    string
		first     string // the first sentence
		sentences int
		skipped   []string // Skipped as "reason: text"
	}{
		{
			// (a) <article> with og: metadata and article:published_time, which
			// wins over the JSON-LD and the <time> of the header.
			file:      "article-og.html",
			title:     "Kerry, Lavrov kick off Syria talks in Geneva",
			published: "2016-08-26", from: "meta article:published_time",
			url:       "https://news.example.com/world/kerry-lavrov-geneva-talks",
			source:    "Example News",
			first:     "The top diplomats of Russian Federation and the United States are meeting in Geneva to discuss the Syria civil war, the Ukraine crisis and other issues.",
			sentences: 5,
			skipped: []string{
				"caption: US Secretary of State John Kerry arrives at the Hotel President Wilson in Geneva. (AP Photo/Martial Trezzini)",
				"heading: ## Sticking points",
				"boilerplate: Advertisement",
			},
		},
		{
			// (b) No <article>: <main>, and a JSON-LD @graph whose NewsArticle
			// has the date (its WebPage has another).
			file:      "main-jsonld.html",
			title:     "Harbor Bridge reopens after two-year repair",
			published: "2019-03-14", from: "json-ld datePublished",
			url:       "https://coastaltimes.example/news/harbor-bridge-reopens/",
			source:    "Coastal Times",
			first:     "Traffic returned to the Harbor Bridge on Wednesday morning, two years after engineers closed it when inspectors found cracks in two of its steel supports.",
			sentences: 7,
			skipped: []string{
				"byline: By Luis Ortega",
				"caption: Workers remove the last barriers from the Harbor Bridge",
			},
		},
		{
			// (c) Only <div> paragraphs: the densest block; the date is in the
			// canonical URL; the title is <title> without the site name.
			file:      "story-body.html",
			title:     "Ceasefire talks stall in Geneva",
			published: "2016-08-26", from: "url",
			url:       "https://www.dailyexample.org/2016/08/26/world/middleeast/geneva-ceasefire-talks.html",
			source:    "The Daily Example",
			first:     "Talks in Geneva on a nationwide ceasefire for Syria stalled on Friday as the two sides disagreed over which rebel groups should be covered by it, officials said.",
			sentences: 4,
			skipped:   []string{"boilerplate: Continue reading the main story"},
		},
		{
			// (d) Microdata: itemprop=articleBody, and the <time datetime> of
			// the article's header, read as the date written (not UTC).
			file:      "itemprop.html",
			title:     "Council approves new water plant",
			published: "2021-11-04", from: "time datetime",
			url:       "https://valleynews.example/local/council-water-plant-4471",
			first:     "The city council voted 6-1 on Thursday night to build a new water treatment plant on the east side of town, ending a debate that has run for more than three years.",
			sentences: 5,
			skipped:   []string{"heading: ### What happens next"},
		},
		{
			// (e) windows-1252 declared with http-equiv: curly quotes, é, —.
			file:      "cp1252.html",
			title:     "Café owners fight rent increase",
			published: "2015-02-03", from: "meta sailthru.date",
			url:       "http://towncrier.example/news/cafe-rents.html",
			source:    "Town Crier",
			first:     "Owners of the Corner Café said on Tuesday they would fight a proposed 40% rent increase, calling it “a death sentence” for small shops on Main Street.",
			sentences: 3,
		},
		{
			// (f) No date in the metadata: the dateline; the later date in the
			// body and the one in the aside do not count.
			file:      "dateline.html",
			title:     "U.S. and Russia agree to keep talking on Syria",
			published: "2016-08-26", from: "dateline: GENEVA, Aug. 26, 2016",
			url:       "https://wire.example.com/articles/us-russia-syria-talks",
			source:    "Wire Reprints",
			first:     "GENEVA, Aug. 26, 2016 (Reuters) - The United States and Russia agreed on Friday to keep working toward a ceasefire in Syria after more than nine hours of talks between their top diplomats.",
			sentences: 3,
			skipped:   []string{"byline: By Staff Writer", "boilerplate: Share"},
		},
		{
			// (g) Unclosed tags everywhere, no <head>: still text.
			file:      "malformed.html",
			title:     "Storm cuts power to thousands",
			published: "2012-06-07", from: "meta pubdate",
			first:     "A line of thunderstorms swept across the county on Wednesday evening, knocking down trees and leaving more than 12,000 homes without power.",
			sentences: 5,
			skipped:   []string{"title: Storm cuts power to thousands", "boilerplate: Share", "boilerplate: Tweet"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc := readTestHTML(t, tt.file)
			var published string
			if !doc.Published.IsZero() {
				published = doc.Published.Format(time.DateOnly)
				if doc.Published.Location() != time.UTC || doc.Published.Hour() != 0 {
					t.Errorf("Published = %v, want midnight UTC", doc.Published)
				}
			}
			path := filepath.Join("testdata", "html", tt.file)
			got := []string{doc.ID, doc.Path, doc.Title, published, doc.DateFrom, doc.URL, doc.Source}
			want := []string{path, path, tt.title, tt.published, tt.from, tt.url, tt.source}
			if !slices.Equal(got, want) {
				t.Errorf("ID, Path, Title, Published, DateFrom, URL, Source:\n got %q\nwant %q", got, want)
			}
			sentences := docSentences(doc)
			if len(sentences) != tt.sentences || sentences[0] != tt.first {
				t.Errorf("got %d sentences, want %d starting %q:\n%s", len(sentences), tt.sentences, tt.first, strings.Join(sentences, "\n"))
			}
			for _, s := range sentences {
				for _, f := range pageFurniture {
					if strings.Contains(s, f) {
						t.Errorf("sentence %q holds page furniture %q", s, f)
					}
				}
				if strings.ContainsAny(s, "<>\r\t") || strings.Contains(s, "  ") || strings.Contains(s, "&") {
					t.Errorf("sentence %q is not clean text", s)
				}
			}
			if got := docSkipped(doc); !slices.Equal(got, tt.skipped) {
				t.Errorf("Skipped:\n got %q\nwant %q", got, tt.skipped)
			}
			// Only captions and boilerplate lines are in Text without being
			// article text: never scripts, navigation or banners.
			for _, f := range []string{"document.write", "googletag", "cookie", "World Desk", "Front Page", "Subscribe", "Great reporting", "Most read"} {
				if strings.Contains(doc.Text, f) {
					t.Errorf("Text holds %q", f)
				}
			}
			if doc.TextLine != 0 {
				t.Errorf("TextLine = %d, want 0", doc.TextLine)
			}
		})
	}
}

// TestReadHTMLParagraphs checks that Text keeps paragraphs apart, one block
// a paragraph, and decodes entities.
func TestReadHTMLParagraphs(t *testing.T) {
	doc := readTestHTML(t, "main-jsonld.html")
	want := "By Luis Ortega\n\n" +
		"Traffic returned to the Harbor Bridge on Wednesday morning, two years after engineers closed it when inspectors found cracks in two of its steel supports.\n\n" +
		"The first cars crossed at 6 a.m., and by rush hour the bridge was carrying its usual load, city officials said.\n\n" +
		"Workers remove the last barriers from the Harbor Bridge\n\n" +
		"The repair cost $84 million, nearly twice the original estimate, and ran eight months behind schedule.\n\n" +
		"Tolls will stay at $2 until the end of the year.\n\n" +
		"A bike lane on the north side opens next month.\n\n" +
		"\"It has been a long two years for everyone who lives on the island,\" Mayor Ana Ruiz said at a ribbon-cutting ceremony on Tuesday.\n\n" +
		"Ferry service, which doubled its runs during the closure, will go back to its normal schedule on Monday.\n"
	if doc.Text != want {
		t.Errorf("Text:\n%s\nwant:\n%s", doc.Text, want)
	}
}

// testPage wraps body in a minimal HTML page with head.
func testPage(head, body string) string {
	return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>"
}

const htmlPara = "<p>The ministers met in Geneva on Friday.</p>"

func TestReadHTMLDate(t *testing.T) {
	tests := []struct {
		name      string
		head      string
		body      string
		published string
		from      string
	}{
		{name: "article:published_time", head: `<meta property="article:published_time" content="2016-08-26T23:30:00-05:00">` +
			`<meta property="og:published_time" content="2016-08-01">`, body: htmlPara, published: "2016-08-26", from: "meta article:published_time"},
		{name: "name attribute", head: `<meta name="article:published_time" content="2016-08-26">`, body: htmlPara, published: "2016-08-26", from: "meta article:published_time"},
		{name: "og:published_time", head: `<meta property="og:published_time" content="2016-08-26T10:00:00Z">` +
			`<script type="application/ld+json">{"datePublished":"2016-08-01"}</script>`, body: htmlPara, published: "2016-08-26", from: "meta og:published_time"},
		{name: "bad meta falls through", head: `<meta property="article:published_time" content="soon">` +
			`<meta name="pubdate" content="2016-08-26">`, body: htmlPara, published: "2016-08-26", from: "meta pubdate"},
		{name: "itemprop meta", head: `<meta itemprop="datePublished" content="2016-08-26">`, body: htmlPara, published: "2016-08-26", from: "itemprop datePublished"},
		{name: "itemprop time", body: `<article><p>By Jane <time itemprop="datePublished" datetime="2016-08-26T09:00">Aug. 26</time></p>` + htmlPara + `</article>`,
			published: "2016-08-26", from: "itemprop datePublished"},
		{name: "itemprop text", body: `<article><span itemprop="datePublished">Aug. 26, 2016</span>` + htmlPara + `</article>`,
			published: "2016-08-26", from: "itemprop datePublished"},
		{name: "itemprop in an aside does not count", body: `<aside><span itemprop="datePublished" content="2010-01-01"></span></aside>` + htmlPara,
			published: "", from: ""},
		{name: "json-ld", head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-08-26T08:00:00+02:00"}</script>`,
			body: htmlPara, published: "2016-08-26", from: "json-ld datePublished"},
		{name: "json-ld graph prefers the article", head: `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2016-08-01"},` +
			`{"@type":["ReportageNewsArticle"],"datePublished":"2016-08-26"}]}</script>`, body: htmlPara, published: "2016-08-26", from: "json-ld datePublished"},
		{name: "json-ld array", head: `<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"BlogPosting","datePublished":["2016-08-26"]}]</script>`,
			body: htmlPara, published: "2016-08-26", from: "json-ld datePublished"},
		{name: "json-ld nested", head: `<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":{"@value":"2016-08-26"}}}</script>`,
			body: htmlPara, published: "2016-08-26", from: "json-ld datePublished"},
		{name: "json-ld in a comment", head: "<script type=\"application/ld+json\">\n<!--\n{\"datePublished\":\"2016-08-26\"}\n-->\n</script>",
			body: htmlPara, published: "2016-08-26", from: "json-ld datePublished"},
		{name: "json-ld broken then good", head: `<script type="application/ld+json">{"datePublished": </script>` +
			`<script type="application/ld+json; charset=utf-8">{"datePublished":"2016-08-26"}</script>`, body: htmlPara, published: "2016-08-26", from: "json-ld datePublished"},
		{name: "json-ld is never run", head: `<script type="application/ld+json">{"datePublished":"document.write('x')"}</script>`,
			body: htmlPara, published: "", from: ""},
		{name: "time in the article", body: `<article><header><time datetime="2016-08-26T01:00:00+09:00">Aug. 26</time></header>` + htmlPara + `</article>`,
			published: "2016-08-26", from: "time datetime"},
		{name: "time in a related list does not count", body: `<article>` + htmlPara + `<div class="related"><time datetime="2010-01-01">Jan. 1</time></div></article>`,
			published: "", from: ""},
		{name: "time in the site header does not count", body: `<header class="masthead"><div><time datetime="2024-11-27">Today</time></div></header>` +
			`<div class="x"><time datetime="2024-11-27">Today</time></div><article>` + htmlPara + `</article>`, published: "", from: ""},
		{name: "site header of a body of paragraphs does not count", body: `<header><time datetime="2024-11-27">Today</time></header>` + htmlPara + htmlPara,
			published: "", from: ""},
		{name: "header beside the body", body: `<div class="story"><header><time datetime="2016-08-26">Aug. 26</time></header>` +
			`<div itemprop="articleBody">` + htmlPara + `</div></div>`, published: "2016-08-26", from: "time datetime"},
		{name: "dc.date", head: `<meta name="DC.date.issued" content="2016-08-26">`, body: htmlPara, published: "2016-08-26", from: "meta dc.date.issued"},
		{name: "date meta order", head: `<meta name="parsely-pub-date" content="2016-08-01T00:00:00Z"><meta name="date" content="2016-08-26">`,
			body: htmlPara, published: "2016-08-26", from: "meta date"},
		{name: "rfc 1123", head: `<meta name="date" content="Fri, 26 Aug 2016 10:15:00 GMT">`, body: htmlPara, published: "2016-08-26", from: "meta date"},
		{name: "compact", head: `<meta name="publishdate" content="20160826">`, body: htmlPara, published: "2016-08-26", from: "meta publishdate"},
		{name: "url", head: `<meta property="og:url" content="https://example.com/news/2016/08/26/geneva-talks/">`, body: htmlPara,
			published: "2016-08-26", from: "url"},
		{name: "url with a bad date", head: `<link rel="canonical" href="https://example.com/2016/13/45/x">`, body: htmlPara, published: "", from: ""},
		{name: "dateline", body: `<article><p>GENEVA, Aug. 26, 2016 (Reuters) - The ministers met.</p></article>`,
			published: "2016-08-26", from: "dateline: GENEVA, Aug. 26, 2016"},
		{name: "dateline in the header", body: `<article><header><h1>Talks</h1><p>Published: Friday, August 26, 2016</p></header>` + htmlPara + `</article>`,
			published: "2016-08-26", from: "dateline: Published: Friday, August 26, 2016"},
		{name: "caption is not a dateline", body: `<article><figure><figcaption>Aug. 1, 2016</figcaption></figure>` + htmlPara + `</article>`,
			published: "", from: ""},
		{name: "none", body: htmlPara, published: "", from: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := timeline.ReadHTML("page.html", []byte(testPage(tt.head, tt.body)))
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, doc)
			var published string
			if !doc.Published.IsZero() {
				published = doc.Published.Format(time.DateOnly)
			}
			if published != tt.published || doc.DateFrom != tt.from {
				t.Errorf("Published, DateFrom = %q, %q; want %q, %q", published, doc.DateFrom, tt.published, tt.from)
			}
		})
	}
}

func TestReadHTMLTitle(t *testing.T) {
	tests := []struct {
		name string
		head string
		body string
		want string
	}{
		{name: "og:title", head: `<meta property="og:title" content=" Kerry  meets Lavrov "><title>Other</title>`, body: "<article><h1>H1</h1>" + htmlPara + "</article>", want: "Kerry meets Lavrov"},
		{name: "h1 of the article", head: `<title>Other</title>`, body: `<h1 class="logo">Example News</h1><article><header><h1>Kerry <em>meets</em> Lavrov</h1></header>` + htmlPara + "</article>", want: "Kerry meets Lavrov"},
		{name: "first h1", head: `<title>Other</title>`, body: `<div class="top"><h1>Kerry meets Lavrov</h1></div><div class="story">` + htmlPara + htmlPara + "</div>", want: "Kerry meets Lavrov"},
		{name: "h1 in nav does not count", head: `<title>Kerry meets Lavrov</title>`, body: `<nav><h1>Menu</h1></nav>` + htmlPara, want: "Kerry meets Lavrov"},
		{name: "title with site suffix", head: `<title>Kerry meets Lavrov | Example News</title><meta property="og:site_name" content="Example News">`, body: htmlPara, want: "Kerry meets Lavrov"},
		{name: "title with dash suffix", head: `<title>Kerry meets Lavrov - example news</title><meta property="og:site_name" content="Example News">`, body: htmlPara, want: "Kerry meets Lavrov"},
		{name: "title with en dash entity", head: `<title>Kerry meets Lavrov &#8211; Example News</title><meta property="og:site_name" content="Example News">`, body: htmlPara, want: "Kerry meets Lavrov"},
		{name: "suffix kept without site name", head: `<title>Kerry meets Lavrov | Example News</title>`, body: htmlPara, want: "Kerry meets Lavrov | Example News"},
		{name: "other suffix kept", head: `<title>Kerry meets Lavrov | Politics</title><meta property="og:site_name" content="Example News">`, body: htmlPara, want: "Kerry meets Lavrov | Politics"},
		{name: "svg title does not count", body: `<svg><title>icon</title></svg><title>Kerry meets Lavrov</title>` + htmlPara, want: "Kerry meets Lavrov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := timeline.ReadHTML("page.html", []byte(testPage(tt.head, tt.body)))
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, doc)
			if doc.Title != tt.want {
				t.Errorf("Title = %q, want %q", doc.Title, tt.want)
			}
		})
	}
}

func TestReadHTMLBody(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string // Text
	}{
		{name: "largest article", body: `<article class="teaser"><p>Teaser.</p></article><article><p>First one here.</p><p>Second one here.</p></article>`,
			want: "First one here.\n\nSecond one here.\n"},
		{name: "article without text", body: `<article><header><h1>T</h1></header></article><main><p>Main text.</p></main>`, want: "Main text.\n"},
		{name: "role main", body: `<div role="main"><p>Main text.</p></div><div><p>Other.</p><p>Other two.</p></div>`, want: "Main text.\n"},
		{name: "articleBody", body: `<div><p>Teaser.</p><p>Teaser two.</p><p>Teaser three.</p></div><div itemprop="articleBody"><p>Body text.</p></div>`, want: "Body text.\n"},
		{name: "densest", body: `<div class="a"><p>Short.</p></div><div class="b"><p>A longer paragraph here.</p><p>And another one.</p></div>`,
			want: "A longer paragraph here.\n\nAnd another one.\n"},
		{name: "paragraphs in body", body: `<p>One.</p><p>Two.</p>`, want: "One.\n\nTwo.\n"},
		{name: "br lines and paragraphs", body: `<article><p>Line one<br>line two<br><br> <br>Next paragraph.</p></article>`,
			want: "Line one\nline two\n\nNext paragraph.\n"},
		{name: "whitespace and entities", body: "<article><p>  Tom &amp; Jerry&nbsp;met\n\t on  <b>Friday</b>&#x2014;late. </p></article>", want: "Tom & Jerry met on Friday—late.\n"},
		{name: "inline elements stay inline", body: `<article><p>Kerry <a href="/k">met</a> <span>Lavrov</span>.</p></article>`, want: "Kerry met Lavrov.\n"},
		{name: "lists and quotes", body: `<article><p>Intro.</p><ul><li>One.</li><li>Two.</li></ul><blockquote>Quote.</blockquote><pre>  a   b </pre></article>`,
			want: "Intro.\n\nOne.\n\nTwo.\n\nQuote.\n\na b\n"},
		{name: "headings", body: `<article><h1>Title</h1><p>Intro.</p><h2>Sub</h2><h6>Small</h6><p>More.</p></article>`, want: "Intro.\n\n## Sub\n\n###### Small\n\nMore.\n"},
		{name: "noise by class and id", body: `<article><p>Keep.</p><div class="share-bar">S</div><div id="relatedLinks">R</div><div class="ad_slot">A</div>` +
			`<div class="Newsletter">N</div><section class="js-comments">C</section><div class="cookie">K</div></article>`, want: "Keep.\n"},
		{name: "noise words are whole parts", body: `<article><div class="shareable"><p>Keep one.</p></div><div class="subscriber-content"><p>Keep two.</p></div>` +
			`<div class="head-line"><p>Keep three.</p></div></article>`, want: "Keep one.\n\nKeep two.\n\nKeep three.\n"},
		{name: "article class never noise", body: `<div class="layout-with-related"><article class="post has-share-buttons"><p>Keep.</p></article></div>`, want: "Keep.\n"},
		{name: "page-wide form", body: `<form id="aspnetForm" action="story.aspx"><div id="story"><p>Keep one.</p><p>Keep two.</p></div>` +
			`<div><form class="signup"><p>Gone.</p></form></div></form>`, want: "Keep one.\n\nKeep two.\n"},
		{name: "body class never noise", body: `</body><body class="single has-comments related-posts"><p>Keep.</p>`, want: "Keep.\n"},
		{name: "hidden", body: `<article><p>Keep.</p><p hidden>Gone.</p><p style="display: none">Gone.</p><div role="complementary"><p>Gone.</p></div></article>`, want: "Keep.\n"},
		{name: "elements left out", body: `<article><p>Keep.</p><script>var x = "Gone.";</script><style>p{}</style><noscript><p>Gone.</p></noscript>` +
			`<template><p>Gone.</p></template><nav>Gone.</nav><footer>Gone.</footer><aside>Gone.</aside><form><p>Gone.</p><button>Gone</button></form>` +
			`<iframe src="x">Gone.</iframe><svg><text>Gone.</text></svg><select><option>Gone</option></select></article>`, want: "Keep.\n"},
		{name: "caption kept and skipped", body: `<article><figure><img src="x.jpg"><figcaption>Kerry arrives. Photo by Jane.</figcaption></figure><p>Keep.</p></article>`,
			want: "Kerry arrives. Photo by Jane.\n\nKeep.\n"},
		{name: "table cells", body: `<article><p>Results.</p><table><tr><td>Kerry won.</td><td>Lavrov lost.</td></tr></table></article>`, want: "Results.\n\nKerry won.\n\nLavrov lost.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := timeline.ReadHTML("page.html", []byte(testPage(`<title>T</title>`, tt.body)))
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, doc)
			if doc.Text != tt.want {
				t.Errorf("Text = %q, want %q", doc.Text, tt.want)
			}
			for _, s := range docSentences(doc) {
				if strings.Contains(s, "Gone") || strings.Contains(s, "Kerry arrives") {
					t.Errorf("sentence %q should have been left out", s)
				}
			}
		})
	}
}

func TestReadHTMLCharset(t *testing.T) {
	const text = "<article><p>\x93Caf\xe9,\x94 she said.</p></article>"
	const want = "“Café,” she said.\n"
	tests := []struct {
		name string
		in   string
	}{
		{name: "meta charset windows-1252", in: `<html><head><meta charset="windows-1252"></head><body>` + text},
		{name: "meta charset iso-8859-1", in: `<html><head><meta charset=ISO-8859-1></head><body>` + text},
		{name: "http-equiv", in: `<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1"></head><body>` + text},
		{name: "re-saved as UTF-8", in: `<html><head><meta charset="windows-1252"></head><body><article><p>“Café,” she said.</p></article>`},
		{name: "UTF-8", in: `<html><head><meta charset="utf-8"></head><body><article><p>“Café,” she said.</p></article>`},
		{name: "BOM", in: "\ufeff<html><head><meta charset=\"windows-1252\"></head><body><article><p>“Café,” she said.</p></article>"},
		{name: "undeclared UTF-8", in: `<html><body><article><p>“Café,” she said.</p></article>`},
		{name: "unknown charset but UTF-8", in: `<html><head><meta charset="koi8-r"></head><body><article><p>“Café,” she said.</p></article>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := timeline.ReadHTML("page.html", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, doc)
			if doc.Text != want {
				t.Errorf("Text = %q, want %q", doc.Text, want)
			}
		})
	}
}

func TestReadHTMLErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		line   int
		offset int
		msg    string
	}{
		{name: "invalid UTF-8", in: "<html><head><meta charset=\"utf-8\"></head>\n<body><p>Caf\xe9</p>", line: 2, offset: 54,
			msg: `page.html:2: invalid UTF-8 at byte 54: save the page as UTF-8, or declare its encoding, e.g. <meta charset="windows-1252">`},
		{name: "invalid UTF-8 after a BOM", in: "\ufeff<p>Caf\xe9</p>", line: 1, offset: 9,
			msg: `page.html:1: invalid UTF-8 at byte 9: save the page as UTF-8, or declare its encoding, e.g. <meta charset="windows-1252">`},
		{name: "undeclared latin-1", in: "<p>Caf\xe9</p>", line: 1, offset: 6,
			msg: `page.html:1: invalid UTF-8 at byte 6: save the page as UTF-8, or declare its encoding, e.g. <meta charset="windows-1252">`},
		{name: "unsupported charset", in: "<html><head><meta charset=\"shift_jis\"></head><body><p>\x82\xa0</p>",
			msg: `page.html: unsupported character encoding "shift_jis": save the page as UTF-8`},
		{name: "UTF-16", in: "\xff\xfe<\x00h\x00", msg: "page.html: the page is UTF-16: save it as UTF-8"},
		{name: "empty", in: " \n ", msg: "page.html: no text, only white space: add the article text, or leave the file out"},
		{name: "no text", in: testPage("<title>T</title>", `<nav><p>Home</p></nav><div class="x"></div>`),
			msg: "page.html: no article text found: the page has no <article>, <main> or paragraphs"},
		{name: "only furniture", in: testPage("", `<div class="cookie-banner"><p>We use cookies.</p></div><script>document.write("<p>x</p>")</script>`),
			msg: "page.html: no article text found: the page has no <article>, <main> or paragraphs"},
		{name: "only headings and captions", in: testPage("", `<article><h2>Sub</h2><figure><figcaption>Caption.</figcaption></figure></article>`),
			msg: "page.html: no article text found: the page has no <article>, <main> or paragraphs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := timeline.ReadHTML("page.html", []byte(tt.in))
			var ie *timeline.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T %v, want *InputError", err, err)
			}
			if err.Error() != tt.msg || ie.Line != tt.line || ie.Offset != tt.offset {
				t.Errorf("got line %d offset %d %q\nwant line %d offset %d %q", ie.Line, ie.Offset, err, tt.line, tt.offset, tt.msg)
			}
		})
	}
}

func TestIsHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html>", true},
		{"<!doctype HTML>", true},
		{"\ufeff\n  <html lang=\"en\">", true},
		{"<HTML>", true},
		{"<head><title>x</title>", true},
		{"<body>", true},
		{"<html", true},
		{"<!-- saved from url=(0041)https://example.com/ -->\n<html>", true},
		{"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">", true},
		{"<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", true},
		{"<header>", false},
		{"<htmlx>", false},
		{"<p>Text</p>", false},
		{"---\ntitle: T\n---\n<html>", false},
		{"# Title\n\n<html> in Markdown", false},
		{"Kerry met Lavrov.", false},
		{"<!-- unclosed", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := timeline.IsHTML([]byte(tt.in)); got != tt.want {
			t.Errorf("IsHTML(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestReadAny(t *testing.T) {
	page := testPage(`<title>Kerry meets Lavrov</title>`, htmlPara)
	tests := []struct {
		path, in string
		text     string // the Document's Text
	}{
		{"a.html", page, "The ministers met in Geneva on Friday.\n"},
		{"a.HTM", page, "The ministers met in Geneva on Friday.\n"},
		{"-", page, "The ministers met in Geneva on Friday.\n"},
		{"a.txt", page, "The ministers met in Geneva on Friday.\n"},
		{"a.html", "<p>The ministers met.</p>", "The ministers met.\n"},
		{"a.md", "# Kerry meets Lavrov\n\nThe ministers met.\n", "# Kerry meets Lavrov\n\nThe ministers met.\n"},
		{"a.txt", "<p>Not a page.</p>\n", "<p>Not a page.</p>\n"},
	}
	for _, tt := range tests {
		doc, err := timeline.ReadAny(tt.path, []byte(tt.in))
		if err != nil {
			t.Errorf("ReadAny(%s, %.20q): %v", tt.path, tt.in, err)
			continue
		}
		if doc.Text != tt.text {
			t.Errorf("ReadAny(%s, %.20q): Text = %q, want %q", tt.path, tt.in, doc.Text, tt.text)
		}
	}
}

func FuzzReadHTML(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, path := range pages {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(testPage(`<meta charset="windows-1252"><script type="application/ld+json">{"@graph":[[[{"datePublished":1}]]]}</script>`,
		"<article><figure>Caption\n<p>Text.<br><br>More.</figure><h3>Sub<br>head</h3><p>GENEVA, Aug. 26, 2016 -</p>")))
	f.Add([]byte("<p>a<p>b<div><table><td><p>x\xff"))
	f.Add([]byte("<html><body>" + strings.Repeat("<div>", 600) + "<p>Deep.</p>"))
	f.Add([]byte("<!doctype html><title>x</title><p>&#0;&#xD800;\x00\r\n\r\nText.</p>"))
	f.Add([]byte("<h1>0<p>00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := timeline.ReadHTML("fuzz.html", data)
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
		if !strings.HasSuffix(doc.Text, "\n") || strings.Contains(doc.Text, "\n\n\n") {
			t.Fatalf("Text is not blocks separated by blank lines: %q", doc.Text)
		}
		if !doc.Published.IsZero() && (doc.Published.Location() != time.UTC || doc.Published.Hour() != 0 || doc.DateFrom == "") {
			t.Fatalf("Published %v from %q: want midnight UTC and a source", doc.Published, doc.DateFrom)
		}
		again, err := timeline.ReadHTML("fuzz.html", data)
		if err != nil || again.Text != doc.Text || again.Title != doc.Title || !again.Published.Equal(doc.Published) ||
			again.DateFrom != doc.DateFrom || !slices.Equal(again.Sentences, doc.Sentences) || !slices.Equal(again.Skipped, doc.Skipped) {
			t.Fatalf("not deterministic")
		}
	})
}

func ExampleReadHTML() {
	page := `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>Kerry, Lavrov kick off Syria talks in Geneva | Example News</title>
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2016-08-26T09:12:00-04:00">
  <link rel="canonical" href="https://news.example.com/world/geneva-talks">
  <script>document.write("<p>Subscribe now</p>");</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <header><h1>Kerry, Lavrov kick off Syria talks in Geneva</h1></header>
    <div class="share-bar"><a href="#">Share</a></div>
    <p>Staffan de Mistura told reporters that Friday&rsquo;s talks are important.
       But critical sticking points remain, he said.</p>
    <div>Advertisement</div>
    <figure><img src="k.jpg"><figcaption>US Secretary of State John Kerry arrives in Geneva</figcaption></figure>
  </article>
  <div class="cookie-banner">We use cookies.</div>
</body>
</html>`
	doc, err := timeline.ReadHTML("geneva.html", []byte(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title)
	fmt.Println(doc.Published.Format("2006-01-02"), "from", doc.DateFrom)
	fmt.Println(doc.URL, doc.Source)
	for _, s := range doc.Sentences {
		fmt.Println("sentence:", doc.Text[s.Start:s.End])
	}
	for _, s := range doc.Skipped {
		fmt.Printf("%s: %s\n", s.Reason, doc.Text[s.Start:s.End])
	}

	_, err = timeline.ReadHTML("empty.html", []byte("<html><body><nav>Home</nav></body></html>"))
	fmt.Println(err)
	// Output:
	// Kerry, Lavrov kick off Syria talks in Geneva
	// 2016-08-26 from meta article:published_time
	// https://news.example.com/world/geneva-talks Example News
	// sentence: Staffan de Mistura told reporters that Friday’s talks are important.
	// sentence: But critical sticking points remain, he said.
	// boilerplate: Advertisement
	// caption: US Secretary of State John Kerry arrives in Geneva
	// empty.html: no article text found: the page has no <article>, <main> or paragraphs
}
