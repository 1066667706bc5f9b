package jsonline

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/swar"
)

func TestFlat(t *testing.T) {
	ms, ok := Flat([]byte(` {"id": 12, "text": "a\nb \"c\" \u00e9", "x": null, "y": -0.5e+2} `), nil)
	if !ok || len(ms) != 4 {
		t.Fatalf("got %v %+v", ok, ms)
	}
	want := []Member{
		{Key: "id", Raw: []byte("12")},
		{Key: "text", Raw: []byte(`"a\nb \"c\" \u00e9"`), Str: "a\nb \"c\" é", IsString: true},
		{Key: "x", Raw: []byte("null")},
		{Key: "y", Raw: []byte("-0.5e+2")},
	}
	for i, m := range ms {
		w := want[i]
		if m.Key != w.Key || string(m.Raw) != string(w.Raw) || m.Str != w.Str || m.IsString != w.IsString {
			t.Errorf("member %d: got %+v, want %+v", i, m, w)
		}
	}
}

// TestFlatDeclines lists lines Flat leaves to encoding/json: not flat,
// not plain, or not JSON.
func TestFlatDeclines(t *testing.T) {
	for _, line := range []string{
		``, `[]`, `{"a":[1]}`, `{"a":{"b":1}}`, `{"a":"\ud800"}`, "{\"a\":\"\xff\"}", `{"a":1,}`,
		`{"a" 1}`, `{"a":01}`, `{"a":1.}`, `{"a":-}`, `{"a":tru}`, `{"a":"x\q"}`, `{"a":1} x`, `{a:1}`,
	} {
		if _, ok := Flat([]byte(line), nil); ok {
			t.Errorf("%q: decoded; want it left to encoding/json", line)
		}
	}
}

// AppendString writes what encoding/json writes without HTML escaping.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "plain", `"quoted" \ back`, "tab\tnl\ncr\r\b\f\x00\x1f", "<&>", "\u2028\u2029", "bad \xff\xfe utf-8", "é “curly”", "x\n", "abc\"", "1234567\x01", "12345678 long\\", "ends é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got := string(AppendString(nil, s)) + "\n"; got != want.String() {
			t.Errorf("AppendString(%q) = %s, encoding/json: %s", s, got, want.String())
		}
		// The same into buffers whose spare capacity holds bytes that
		// need escaping, read past the length by AppendStringBody.
		for _, dirt := range []byte{'"', '\\', 0, 0xff} {
			for room := range 10 {
				buf := bytes.Repeat([]byte{dirt}, 1+len(s)+2+room)[:1]
				if got := string(AppendString(buf, s)[1:]) + "\n"; got != want.String() {
					t.Errorf("AppendString(%q) with %d bytes %#x spare = %s, encoding/json: %s", s, room, dirt, got, want.String())
				}
			}
		}
	})
}

// A news article as a corpus line: paragraphs joined by escaped newlines,
// quotes escaped, the odd non-ASCII letter.
func newsLine() []byte {
	para := `The talks in Geneva, which began on Friday, were \"constructive,\" a spokesman said. ` +
		`Kerry and Lavrov met for more than 12 hours; the café near the lake stayed open. `
	var text bytes.Buffer
	for range 12 {
		text.WriteString(para + para + `\n\n`)
	}
	return []byte(`{"id": "geneva-2016-08-26", "published": "2016-08-26", "text": "` + text.String() + `"}`)
}

func BenchmarkFlat(b *testing.B) {
	line := newsLine()
	b.SetBytes(int64(len(line)))
	var ms []Member
	for b.Loop() {
		var ok bool
		if ms, ok = Flat(line, ms[:0]); !ok {
			b.Fatal("not flat")
		}
	}
}

// TestFlatRuns puts an escape, a letter beyond ASCII or the closing quote
// at every offset of a long run, so that each falls at every place of the
// bytes validText tests at once; Flat must read what encoding/json
// reads.
func TestFlatRuns(t *testing.T) {
	const run = "Kerry and Lavrov met for more than 12 hours in Geneva on Friday, " +
		"and agreed on a ceasefire in Syria that begins at sundown on Monday, a spokesman said."
	for i := 0; i <= len(run); i++ {
		for _, mid := range []string{``, `\"`, `\n`, `\\`, `é`, `\u00e9`, "“"} {
			line := `{"text":"` + run[:i] + mid + run[i:] + `"}`
			var want struct{ Text string }
			if err := json.Unmarshal([]byte(line), &want); err != nil {
				t.Fatal(err)
			}
			ms, ok := Flat([]byte(line), nil)
			if !ok || len(ms) != 1 || ms[0].Str != want.Text {
				t.Errorf("%s: got %v %+v, want %q", line, ok, ms, want.Text)
			}
		}
	}
}

// BenchmarkAppendString encodes a news text: mostly plain ASCII, with
// quotes, newlines and the odd letter beyond ASCII.
func BenchmarkAppendString(b *testing.B) {
	ms, ok := Flat(newsLine(), nil)
	if !ok {
		b.Fatal("newsLine is not flat")
	}
	text := ms[2].Str
	b.SetBytes(int64(len(text)))
	var buf []byte
	for b.Loop() {
		buf = AppendString(buf[:0], text)
	}
}

// BenchmarkAppendStringPlain encodes a sentence with nothing to escape,
// as most event texts are.
func BenchmarkAppendStringPlain(b *testing.B) {
	const text = "The talks in Geneva, which began on Friday, were constructive, a spokesman said on Saturday, " +
		"and Kerry and Lavrov met for more than 12 hours."
	b.SetBytes(int64(len(text)))
	var buf []byte
	for b.Loop() {
		buf = AppendString(buf[:0], text)
	}
}

// special marks exactly the bytes that AppendString cannot copy, whatever
// bytes surround them.
func TestSpecial(t *testing.T) {
	isSpecial := func(c byte) bool { return c < 0x20 || c == '"' || c == '\\' || c >= 0x80 }
	for c := range 256 {
		for _, around := range []byte{'a', '"', 0xA2, 0xDC, 0x9F, 0x00, 0xFF} {
			for at := range 8 {
				var w uint64
				var special1 uint64
				for k := range 8 {
					b := around
					if k == at {
						b = byte(c)
					}
					w |= uint64(b) << (8 * k)
					if isSpecial(b) {
						special1 |= 0x80 << (8 * k)
					}
				}
				if got := special(w); got != special1 {
					t.Errorf("special(%#016x) = %#016x, want %#016x", w, got, special1)
				}
			}
		}
	}
}

// firstSpecial marks the same first byte as special, whatever bytes
// surround it, and plainLen stops there.
func TestFirstSpecial(t *testing.T) {
	lowest := func(m uint64) uint64 { return m & -m }
	for c := range 256 {
		for _, around := range []byte{'a', '"', '\\', 0xA2, 0xDC, 0x9F, 0x00, 0x1F, 0x20, 0x21, 0x5B, 0x5D, 0x7F, 0xFF} {
			for at := range 8 {
				var s [8]byte
				for k := range s {
					s[k] = around
				}
				s[at] = byte(c)
				for n := range 9 {
					// bytes from n on repeat c, so that marks after the
					// first one are tested too
					w := s
					for k := n; k < 8; k++ {
						w[k] = byte(c)
					}
					x := swar.Load(string(w[:]))
					if got, want := lowest(firstSpecial(x)), lowest(special(x)); got != want {
						t.Errorf("firstSpecial(%#016x) = %#016x, want lowest mark %#016x", x, got, want)
					}
					for _, tail := range []string{"", "abc", "\\"} {
						str := string(w[:]) + tail
						if got, want := plainLen(str), plainLenSimple(str); got != want {
							t.Errorf("plainLen(%q) = %d, want %d", str, got, want)
						}
					}
				}
			}
		}
	}
}

// plain agrees with plainLenSimple for strings of every length up to 72
// (two blocks of 32 bytes and more) with a byte that needs escaping, or
// one that does not, at every place.
func TestPlain(t *testing.T) {
	const run = "Kerry and Lavrov met for more than 12 hours in Geneva, a spokesman said."
	for n := 0; n <= len(run); n++ {
		for at := 0; at <= n; at++ {
			for _, c := range []byte{'a', ' ', '"', '\\', 0, 0x1f, 0x7f, 0x80, 0xc3, 0xff, '!', '#', '[', ']'} {
				b := []byte(run[:n])
				if at < n {
					b[at] = c
				}
				s := string(b)
				if got, want := plain(s), plainLenSimple(s) == len(s); got != want {
					t.Errorf("plain(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// plainLenSimple is plainLen a byte at a time.
func plainLenSimple(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c >= 0x80 {
			return i
		}
	}
	return len(s)
}

// validText agrees with the simple test (no control byte, valid UTF-8)
// with a bad or good byte sequence at every place of the bytes it
// tests at once.
func TestValidText(t *testing.T) {
	// more than twice the 64 bytes of the widest test
	const run = "Kerry and Lavrov met for more than 12 hours in Geneva on Friday, " +
		"and agreed on a ceasefire in Syria that begins at sundown on Monday, a spokesman said."
	simple := func(s []byte) bool {
		return utf8.Valid(s) && !bytes.ContainsFunc(s, func(r rune) bool { return r < 0x20 })
	}
	for i := 0; i <= len(run); i++ {
		for _, mid := range []string{"", "\x00", "\x01", "\x1f", " ", "\x7f", "\xff", "\x80", "\xc3", "é", "\xe9", "“", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\U0001F600", "é\x1f", "\x1fé"} {
			s := []byte(run[:i] + mid + run[i:])
			if got, want := validText(s), simple(s); got != want {
				t.Errorf("validText(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// FuzzFlat: whatever line Flat decodes is UTF-8, and encoding/json decodes
// it to the same members and strings. Flat may decline a line (its caller
// then uses encoding/json), but never read one differently.
func FuzzFlat(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"x \"q\" y\n\nz","published":"2016-08-26"}`,
		`{"text":"\\","id":"\"","n":12,"b":true}`,
		`{"a":"one \u00e9 two","b":"three\tfour","c":"é “curly” \/"}`,
		"{\"a\":\"raw \x01 control\",\"b\":\"x\"}",
		`{"a":"unterminated`,
		`{"a":"ends in a backslash\`,
		`{"a":"\u12"}`,
		`{"a":"\ud800 \u00e9 \uFFFD \\\"","b":"\"x\\"}`,
		"{\"a\":\"é bad \xff\\n\xc3\\n\xa9 “\"}",
		string(newsLine()),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		ms, ok := Flat(line, nil)
		if !ok {
			return
		}
		if !utf8.Valid(line) {
			t.Fatalf("Flat accepted %q, which is not UTF-8", line)
		}
		var want map[string]json.RawMessage
		if err := json.Unmarshal(line, &want); err != nil {
			t.Fatalf("Flat decoded %q, which encoding/json rejects: %v", line, err)
		}
		last := map[string]Member{} // as encoding/json, the last of members with the same key
		for _, m := range ms {
			last[m.Key] = m
		}
		for _, m := range last {
			raw, found := want[m.Key]
			if !found {
				t.Fatalf("%q: Flat read a member %q that encoding/json did not", line, m.Key)
			}
			if !m.IsString {
				continue
			}
			var s string
			if err := json.Unmarshal(raw, &s); err != nil || s != m.Str {
				t.Errorf("%q: member %q: Flat %q, encoding/json %q (%v)", line, m.Key, m.Str, s, err)
			}
		}
	})
}

// Decode shares the names of its fields with the keys that spell them
// without escapes, and copies no other key than those it does not know.
func TestDecodeAllocs(t *testing.T) {
	line := []byte(`{"id":"a","te\u0078t":"last month","published":"2016-08-26","extra":"x"}`)
	var id []byte
	var text, published string
	fields := []Field{{Name: "id", Raw: &id}, {Name: "text", Str: &text}, {Name: "published", Str: &published}}
	if !Decode(line, fields) || string(id) != `"a"` || text != "last month" || published != "2016-08-26" {
		t.Fatalf("Decode: %s %q %q", id, text, published)
	}
	// the escaped key and the unknown one, the id, the text and the date
	// (a string of one byte is not allocated): 7 when every key is copied
	if n := testing.AllocsPerRun(10, func() { Decode(line, fields) }); n > 5 {
		t.Errorf("Decode made %v allocations, want at most 5", n)
	}
}
