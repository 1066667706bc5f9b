package dates

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// asciiLower, which works eight bytes at a time, agrees with lower-casing
// byte by byte: every byte value, at every offset and text length.
func TestASCIILower(t *testing.T) {
	want := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	for _, s := range []string{"", "a", "Z", "already lower case, 123", "Mixed Case Text É Ä", string(all), string(all[128:]) + string(all[:128])} {
		for i := 0; i <= len(s); i++ {
			for _, in := range []string{s[i:], s[:i]} {
				if got := asciiLower(in); got != want(in) {
					t.Fatalf("asciiLower(%q) = %q, want %q", in, got, want(in))
				}
			}
		}
	}
}

// asciiNorm agrees with norm on ASCII text and declines the rest.
func TestASCIINorm(t *testing.T) {
	texts := []string{"", " ", "Friday", " prayer at the mosque", "\t Night \n\v\f\r Lights,", "  the 13th ", "MOSQUE-goers", "a  b", "\x7f\x00 x"}
	// and every short mix of a few bytes that norm treats specially
	const alphabet = " \tAz-.\n1"
	for n := 0; n < 5; n++ {
		var gen func(prefix string)
		gen = func(prefix string) {
			if len(prefix) == n {
				texts = append(texts, prefix)
				return
			}
			for i := 0; i < len(alphabet); i++ {
				gen(prefix + alphabet[i:i+1])
			}
		}
		gen("")
	}
	for _, s := range texts {
		got, ok := asciiNorm(nil, s)
		if !ok || string(got) != norm(s) {
			t.Errorf("asciiNorm(%q) = %q %v, norm says %q", s, got, ok, norm(s))
		}
	}
	for _, s := range []string{"Friday’s", "é", "a\u00a0b"} {
		if got, ok := asciiNorm([]byte("x"), s); ok || string(got) != "x" {
			t.Errorf("asciiNorm(%q) = %q %v, want it declined", s, got, ok)
		}
	}
}

// norm, which takes shortcuts for ASCII, agrees with its definition:
// lower-cased, spaces collapsed, curly apostrophes straightened.
func FuzzNorm(f *testing.F) {
	for _, s := range []string{"", "march", "March", "  Last \t YEAR ", "a\vb\fc\rd\ne", "Friday’s", "É\u00a0B", "\x85x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(s), " ")), "’", "'")
		if got := norm(s); got != want {
			t.Errorf("norm(%q) = %q, want %q", s, got, want)
		}
	})
}

// The mentions of a text hold no part of the lower-cased text that
// TagDoc keeps in its work: they are the same after other texts are
// tagged in that room.
func TestMentionsOutliveLowRoom(t *testing.T) {
	tg := New()
	texts := readTexts(t, seedText, corpusText, negativeText)
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	for i, text := range texts {
		got := tg.Tag(text, anchor)
		want := cloneMentions(got)
		for _, other := range texts[i+1:] {
			tg.Tag(strings.ToUpper(other), anchor)
			tg.Tag(other, anchor)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("the mentions of text %d changed when others were tagged", i)
		}
	}
}

// cloneMentions returns a copy of ms whose strings share no memory with
// theirs.
func cloneMentions(ms []Mention) []Mention {
	out := slices.Clone(ms)
	for i := range out {
		m := &out[i]
		m.Text, m.Rule, m.Value.Value = strings.Clone(m.Text), strings.Clone(m.Rule), strings.Clone(m.Value.Value)
		m.Value.Type, m.Value.Mod = Type(strings.Clone(string(m.Value.Type))), Mod(strings.Clone(string(m.Value.Mod)))
	}
	return out
}
