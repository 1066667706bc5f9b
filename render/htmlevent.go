package render

import (
	"math/bits"
	"strconv"
	"strings"

	"github.com/timelinehq/timeline/internal/swar"
)

// appendHTMLEvent appends the <li> of he to b: byte for byte what the
// template "event" (assets/event.html.tmpl) writes, escaped as html/template
// escapes each of its actions, without the template's reflection and its
// allocations (some seventy an event). The template stays the reference:
// keep the two in step (TestHTMLEventOracle, FuzzHTMLEvent).
func appendHTMLEvent(b []byte, he *htmlEvent) []byte {
	b = append(b, "\n<li class=\"event"...)
	if he.Expected {
		b = append(b, " expected"...)
	}
	b = append(b, `" id="`...)
	b = appendHTMLText(b, he.Anchor)
	b = append(b, "\">\n<p class=\"when\">"...)
	if he.DateTime != "" {
		b = append(b, `<time datetime="`...)
		b = appendHTMLText(b, he.DateTime)
		b = append(b, `">`...)
		b = appendHTMLText(b, he.Label)
		b = append(b, "</time>"...)
	} else {
		b = append(b, `<span class="date">`...)
		b = appendHTMLText(b, he.Label)
		b = append(b, "</span>"...)
	}
	if he.Expected {
		b = append(b, ` <span class="badge">Expected</span>`...)
	}
	if he.PhraseAside != "" {
		b = append(b, ` <span class="phrase">“`...)
		b = appendHTMLText(b, he.PhraseAside)
		b = append(b, "”</span>"...)
	}
	b = append(b, "</p>\n<p class=\"text\">"...)
	b = appendHTMLText(b, he.Before)
	if he.Phrase != "" {
		b = append(b, "<mark>"...)
		b = appendHTMLText(b, he.Phrase)
		b = append(b, "</mark>"...)
	}
	b = appendHTMLText(b, he.After)
	b = append(b, "</p>"...)
	if len(he.Facts) > 0 {
		b = append(b, "\n<dl class=\"facts\">"...)
		for _, f := range he.Facts {
			b = append(b, "\n<div><dt>"...)
			b = appendHTMLText(b, f.Name)
			b = append(b, "</dt><dd>"...)
			b = appendHTMLText(b, f.Value)
			b = append(b, "</dd></div>"...)
		}
		b = append(b, "\n</dl>"...)
	}
	for i := range he.Citations {
		b = appendHTMLCitation(b, &he.Citations[i])
	}
	return append(b, "\n</li>"...)
}

// appendHTMLCitation appends the <p class="cite"> of c, as the range over
// .Citations in the template "event" writes it.
func appendHTMLCitation(b []byte, c *htmlCitation) []byte {
	b = append(b, "\n<p class=\"cite\"><span class=\"cite-label\">Source:</span> "...)
	switch {
	case c.URL != "":
		b = append(b, `<a href="`...)
		b = appendHTMLURL(b, c.URL)
		b = append(b, `">`...)
		b = appendHTMLText(b, c.Name)
		b = append(b, "</a>"...)
	case c.SourceAnchor != "":
		b = append(b, `<a href="#`...)
		b = appendURLEscaped(b, c.SourceAnchor)
		b = append(b, `">`...)
		b = appendHTMLText(b, c.Name)
		b = append(b, "</a>"...)
	default:
		b = appendHTMLText(b, c.Name)
	}
	b = append(b, ", sentence "...)
	b = strconv.AppendInt(b, int64(c.Sentence), 10)
	if c.Quote != "" {
		b = append(b, ": <q>"...)
		b = appendHTMLText(b, c.Quote)
		b = append(b, "</q>"...)
	}
	return append(b, "</p>"...)
}

// htmlEscapes is what html/template writes for each byte of a string in
// text or in a quoted attribute value (its htmlEscaper and attrEscaper,
// whose table is the same), "" for the bytes it copies. It replaces NUL
// with U+FFFD and copies bytes of invalid UTF-8 as they are.
var htmlEscapes = [256]string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

// appendHTMLText appends s escaped for HTML text or a quoted attribute
// value, as html/template escapes a string there. It looks eight bytes at
// a time (the last eight overlapping those before) for those near an
// escaped one (nearHTMLEscape), which text seldom has, and at the table
// only there.
func appendHTMLText(b []byte, s string) []byte {
	if len(s) < 8 {
		return appendHTMLBytes(b, s)
	}
	from := 0
	for i := 0; i < len(s); i += 8 {
		at := min(i, len(s)-8)
		for near := nearHTMLEscape(swar.LoadAt(s, at)); near != 0; near &= near - 1 {
			j := at + bits.TrailingZeros64(near)/8
			if r := htmlEscapes[s[j]]; r != "" && j >= from { // j < from: escaped in the overlap
				b = append(b, s[from:j]...)
				b = append(b, r...)
				from = j + 1
			}
		}
	}
	return append(b, s[from:]...)
}

// appendHTMLBytes is appendHTMLText a byte at a time, for short strings.
func appendHTMLBytes(b []byte, s string) []byte {
	from := 0
	for i := 0; i < len(s); i++ {
		if r := htmlEscapes[s[i]]; r != "" {
			b = append(b, s[from:i]...)
			b = append(b, r...)
			from = i + 1
		}
	}
	return append(b, s[from:]...)
}

// nearHTMLEscape returns the bytes of w in the ranges that hold the bytes
// htmlEscapes escapes (and =, between < and >), as 0x80 in their place and
// 0 elsewhere: NUL, ", & to ', + and < to >. A byte is in one of them when
// an odd number of their bounds (their first bytes and the bytes after
// their last ones) are at most the byte, as nearSpecial finds Markdown's:
// every byte is at least NUL, hence the High the sums start from.
func nearHTMLEscape(w uint64) uint64 {
	const l = swar.Low
	w7 := w &^ swar.High
	parity := swar.High ^ (w7 + l*(0x80-1)) ^
		(w7 + l*(0x80-'"')) ^ (w7 + l*(0x80-'"'-1)) ^
		(w7 + l*(0x80-'&')) ^ (w7 + l*(0x80-'\''-1)) ^
		(w7 + l*(0x80-'+')) ^ (w7 + l*(0x80-'+'-1)) ^
		(w7 + l*(0x80-'<')) ^ (w7 + l*(0x80-'>'-1))
	return parity &^ w & swar.High
}

// urlKeeps marks the bytes that html/template's URL escaper copies (RFC
// 3986's unreserved characters); urlNormKeeps adds those its URL normalizer
// copies too (the reserved ones but for the single quote and parentheses).
var urlKeeps, urlNormKeeps = func() (keep, norm [256]bool) {
	for c := range 256 {
		keep[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			strings.IndexByte("-._~", byte(c)) >= 0
		norm[c] = keep[c] || strings.IndexByte("!#$&*+,/:;=?@[]", byte(c)) >= 0
	}
	return keep, norm
}()

// appendHTMLURL appends u as html/template writes a string that makes a
// whole URL attribute (href="{{.}}"): "#ZgotmplZ" when its scheme is other
// than http, https or mailto, else u normalised (bytes outside the URL
// syntax percent-encoded, valid percent escapes kept) and escaped for the
// attribute (its filter, normaliser and attribute escaper, in turn).
func appendHTMLURL(b []byte, u string) []byte {
	if !isSafeURL(u) {
		return append(b, "#ZgotmplZ"...)
	}
	from := 0
	for i := 0; i < len(u); i++ {
		c := u[i]
		if urlNormKeeps[c] {
			if r := htmlEscapes[c]; r != "" { // & and +
				b = append(b, u[from:i]...)
				b = append(b, r...)
				from = i + 1
			}
			continue
		}
		if c == '%' && i+2 < len(u) && isHexDigit(u[i+1]) && isHexDigit(u[i+2]) {
			continue
		}
		b = append(b, u[from:i]...)
		b = appendPercent(b, c)
		from = i + 1
	}
	return append(b, u[from:]...)
}

// appendURLEscaped appends s as html/template writes a string in a URL's
// query or fragment (href="#{{.}}"): every byte but the unreserved ones
// percent-encoded, which leaves nothing for the attribute escaper to do.
func appendURLEscaped(b []byte, s string) []byte {
	from := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; !urlKeeps[c] {
			b = append(b, s[from:i]...)
			b = appendPercent(b, c)
			from = i + 1
		}
	}
	return append(b, s[from:]...)
}

// appendPercent appends c percent-encoded with lower-case hex digits, as
// html/template encodes it.
func appendPercent(b []byte, c byte) []byte {
	const hex = "0123456789abcdef"
	return append(b, '%', hex[c>>4], hex[c&15])
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// isSafeURL is html/template's test of a URL: true when it has no scheme
// (no colon before the first slash) or its scheme is http, https or
// mailto, in any case.
func isSafeURL(s string) bool {
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") {
		return strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "mailto")
	}
	return true
}
