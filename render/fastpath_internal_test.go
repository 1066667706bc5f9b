package render

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/timeline"
)

// randomText joins up to max-1 pieces drawn at random.
func randomText(r *rand.Rand, pieces []string, max int) string {
	var b strings.Builder
	for range r.IntN(max) {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// escapeText gives what appendEscapedEach, its loop without the fast
// path, gives, and collapse what strings.Fields gives, on random text made
// of the bytes they treat apart.
func TestEscapeTextFastPath(t *testing.T) {
	pieces := []string{"a", "Z", "0", "7", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "é", "-", "+", ".", ")", "&", "&amp;", "&#1;", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!", "(", "\x85"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		s := randomText(r, pieces, 12)
		for _, lineStart := range []bool{false, true} {
			if got, want := escapeText(s, lineStart), string(appendEscapedEach(nil, s, lineStart)); got != want {
				t.Fatalf("escapeText(%q, %v) = %q, want %q", s, lineStart, got, want)
			}
		}
		want := strings.Join(strings.Fields(s), " ")
		if got := collapse(s); got != want {
			t.Fatalf("collapse(%q) = %q, want %q", s, got, want)
		}
	}
}

// plainText and specialAt, eight bytes at a time, agree with their
// definitions byte by byte, on random text of the bytes it looks for, those near them and
// others, long enough for several words of eight.
func TestPlainTextWords(t *testing.T) {
	pieces := []string{"a", "Z", "0", " ", "é", "\xff", "-", "+", ".", "'", "(", "$", "%", "=", "^", "{", "}", "@", "\x7f",
		"\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "\x1b", "\x80"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(40) {
			if r.IntN(4) == 0 {
				b.WriteString(pieces[r.IntN(len(pieces))])
			} else {
				b.WriteString(pieces[r.IntN(5)])
			}
		}
		s := b.String()
		if got, want := specialAt(s), specialAtBytes(s); got != want {
			t.Fatalf("specialAt(%q) = %d, want %d", s, got, want)
		}
		for _, lineStart := range []bool{false, true} {
			want := plainBytes(s) && !(lineStart && s != "" && (s[0] == '-' || s[0] == '+' || '0' <= s[0] && s[0] <= '9'))
			if got := plainText(s, lineStart); got != want {
				t.Fatalf("plainText(%q, %v) = %v, want %v", s, lineStart, got, want)
			}
		}
	}
}

// plainBytes reports whether none of the bytes of s is mdSpecial, one at
// a time: what plainText looks for eight at a time.
func plainBytes(s string) bool { return specialAtBytes(s) == len(s) }

// specialAtBytes is specialAt one byte at a time.
func specialAtBytes(s string) int {
	for i := 0; i < len(s); i++ {
		if mdSpecial(s[i]) {
			return i
		}
	}
	return len(s)
}

// lastLabel gives Label's answer for each value, the same value again or
// another one.
func TestLastLabel(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2016, 8, d, 0, 0, 0, 0, time.UTC) }
	values := []dates.Value{
		{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: day(26), End: day(26)},
		{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: day(26), End: day(26)},
		{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Mod: "END", Start: day(26), End: day(26)},
		{Type: dates.Date, Value: "2016-W34", Grain: dates.GrainWeek, Start: day(22), End: day(28)},
		{Type: dates.Date, Value: "FUTURE_REF", Future: true},
		{},
		{},
		{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: day(26), End: day(26)},
	}
	var ll lastLabel
	for i, v := range values {
		w := &timeline.When{Value: v}
		if got, want := ll.of(w), Label(v); got != want {
			t.Errorf("value %d: %q, want %q", i, got, want)
		}
		if got, want := (*lastLabel)(nil).of(w), Label(v); got != want {
			t.Errorf("value %d, nil lastLabel: %q, want %q", i, got, want)
		}
	}
	// a range of the same first date is labelled anew, and so is the date
	// alone after it
	days := values[0]
	days.End = day(27)
	for _, w := range []*timeline.When{{Value: values[0]}, {Value: days, EndValue: "2016-08-27"}, {Value: values[0]}} {
		if got, want := ll.of(w), WhenLabel(w); got != want {
			t.Errorf("%+v: %q, want %q", w, got, want)
		}
	}
}

// appendEscapedBytes is appendEscapedEach as it was, deciding for each
// byte: the oracle of TestAppendEscapedEach.
func appendEscapedBytes(b []byte, s string, lineStart bool) []byte {
	digits := lineStart // still in a run of leading digits
	for i := 0; i < len(s); i++ {
		c := s[i]
		esc := false
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~':
			esc = true
		case '&':
			esc = isEntity(s[i:])
		case '-', '+':
			esc = lineStart && i == 0
		case '.', ')':
			esc = digits && i > 0
		}
		if c < '0' || c > '9' {
			digits = false
		}
		if esc {
			b = append(b, '\\')
		}
		b = append(b, c)
	}
	return b
}

// appendEscapedEach, copying the runs between the bytes it escapes, gives
// what deciding for each byte gives, at a line's start and elsewhere.
func TestAppendEscapedEach(t *testing.T) {
	pieces := []string{"a", "Z", " ", "é", "0", "7", "12", "-", "+", ".", ")", "&", "&amp;", "&#1;", "&x", "$", "^", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "wsj_0973", "Kerry met Lavrov"}
	r := rand.New(rand.NewPCG(13, 14))
	for range 50000 {
		s := randomText(r, pieces, 16)
		for _, lineStart := range []bool{false, true} {
			if got, want := string(appendEscapedEach([]byte("x"), s, lineStart)), string(appendEscapedBytes([]byte("x"), s, lineStart)); got != want {
				t.Fatalf("appendEscapedEach(%q, %v) = %q, want %q", s, lineStart, got, want)
			}
		}
	}
}

// citeName, made once for each source, is the escaped name that it made
// for each citation before: the title, else the document ID, collapsed.
func TestCiteName(t *testing.T) {
	old := func(c timeline.Citation, s *timeline.Source) string {
		if s != nil {
			if t := collapse(s.Title); t != "" {
				return escapeText(t, false)
			}
		}
		return escapeText(collapse(c.Doc), false)
	}
	pieces := []string{"", " ", "\t", "a", "wsj_0973", "*", "&amp;", "é", "1.", "-", "Kerry met Lavrov"}
	r := rand.New(rand.NewPCG(15, 16))
	for range 5000 {
		s := &timeline.Source{ID: randomText(r, pieces, 4), Title: randomText(r, pieces, 4)}
		c := timeline.Citation{Doc: s.ID}
		if got, want := citeName(c, newMDSource(s)), old(c, s); got != want {
			t.Fatalf("citeName of source %+v = %q, want %q", s, got, want)
		}
		if got, want := citeName(c, nil), old(c, nil); got != want {
			t.Fatalf("citeName of %q without a source = %q, want %q", c.Doc, got, want)
		}
	}
}

// nearSpecial marks exactly the ASCII bytes of its five ranges, every
// mdSpecial byte among them, whatever bytes surround them.
func TestNearSpecial(t *testing.T) {
	inRanges := func(c byte) bool {
		return '#' <= c && c <= '&' || c == '*' || '<' <= c && c <= '>' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
	}
	for c := range 256 {
		if mdSpecial(byte(c)) && !inRanges(byte(c)) {
			t.Errorf("mdSpecial %q is in none of nearSpecial's ranges", byte(c))
		}
		for _, around := range []byte{'a', ' ', 0, '"', '#', '~', 0x7f, 0x80, 0xff} {
			for at := range 8 {
				var w, want uint64
				for k := range 8 {
					b := around
					if k == at {
						b = byte(c)
					}
					w |= uint64(b) << (8 * k)
					if b < 0x80 && inRanges(b) {
						want |= 0x80 << (8 * k)
					}
				}
				if got := nearSpecial(w); got != want {
					t.Errorf("nearSpecial(%#016x) = %#016x, want %#016x", w, got, want)
				}
			}
		}
	}
}

// collapseField gives collapse's string, and escapes it as escapeText
// does, on random short and long strings of words, white space of every
// kind, mdSpecial bytes and bytes beyond ASCII; plainField answers by its
// definition, and its bytes are those it should be.
func TestCollapseField(t *testing.T) {
	for c := range 128 {
		word := c > ' ' && c < 0x7f && !mdSpecial(byte(c))
		bit := wordLo>>c&1 != 0
		if c >= 64 {
			bit = wordHi>>(c-64)&1 != 0
		}
		if bit != word {
			t.Errorf("byte %#x: plain word byte %v, want %v", c, bit, word)
		}
	}
	pieces := []string{"a", "Kerry", "US Secretary of State", " ", " ", "  ", "\t", "\n", "\u00a0", "é", "0", "-", "+", ".",
		"&", "&amp;", "*", "_", "[", "<", "#", "|", "~", "`", "\\", "$", "%", "{", "\x7f", "\x00", "\xff"}
	r := rand.New(rand.NewPCG(17, 18))
	for range 50000 {
		s := randomText(r, pieces, 8)
		f := collapseField(s)
		if want := collapse(s); f.s != want {
			t.Fatalf("collapseField(%q).s = %q, want %q", s, f.s, want)
		}
		if got, want := string(f.appendEscaped([]byte("x"))), string(appendEscaped([]byte("x"), collapse(s), false)); got != want {
			t.Fatalf("collapseField(%q).appendEscaped = %q, want %q", s, got, want)
		}
		want := len(s) <= 24 && collapse(s) == s
		for i := 0; i < len(s); i++ {
			if s[i] < ' ' || s[i] >= 0x7f || mdSpecial(s[i]) {
				want = false
			}
		}
		if got := plainField(s); got != want {
			t.Fatalf("plainField(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCollapseText holds collapseSpace to its definition, headlineOf to the
// words of strings.Fields (fieldsHeadline), collapseText and
// appendText to collapse and appendEscaped, and plainCollapsed to its
// definition, on random text of up to some 150 bytes (words of eight bytes
// and the overlapping last one).
func TestCollapseText(t *testing.T) {
	pieces := []string{"a", "Kerry", "said on Friday", " ", " ", "  ", "\t", "\n", "\u00a0", "é", "0", "-", "+", ".",
		"&", "&amp;", "*", "_", "[", "<", "#", "|", "~", "`", "\\", "$", "%", "{", "\x7f", "\x00", "\x1f", "\xff"}
	r := rand.New(rand.NewPCG(19, 20))
	for range 100000 {
		s := randomText(r, pieces, 40)
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := headlineOf(s), fieldsHeadline(s); got != want {
			t.Fatalf("headlineOf(%q) = %q, want %q", s, got, want)
		}
		text, plain := collapseText(s)
		if want := collapse(s); text != want {
			t.Fatalf("collapseText(%q) = %q, want %q", s, text, want)
		}
		for _, lineStart := range []bool{false, true} {
			got := string(appendText([]byte("x"), text, plain, lineStart))
			if want := string(appendEscaped([]byte("x"), collapse(s), lineStart)); got != want {
				t.Fatalf("appendText(%q, %v) = %q, want %q", s, lineStart, got, want)
			}
		}
		want := collapse(s) == s
		for i := 0; i < len(s); i++ {
			if s[i] < ' ' || s[i] > 0x7f || mdSpecial(s[i]) || len(s) < 8 && s[i] == 0x7f {
				want = false
			}
		}
		if got := plainCollapsed(s); got != want {
			t.Fatalf("plainCollapsed(%q) = %v, want %v", s, got, want)
		}
	}
}

// fieldsHeadline is headlineOf as it was made from strings.Fields.
func fieldsHeadline(text string) string {
	words := strings.Fields(text)
	if len(words) <= headlineWords {
		return strings.Join(words, " ")
	}
	h := strings.Join(words[:headlineWords], " ")
	return strings.TrimRight(h, ",;:–—-") + " …"
}
